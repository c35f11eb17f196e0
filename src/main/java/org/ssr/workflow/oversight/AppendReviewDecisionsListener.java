package org.ssr.workflow.oversight;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.DECISION_LOG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * For callers of oversight-review: an {@code end} execution listener on the call activity
 * ({@code delegateExpression="${appendReviewDecisionsToDecisionLog}"}) that appends the mapped-out reviewDecisions to
 * the caller's decisionLog Json array. That array is a working copy that the models pass on, not the record: each
 * body's decision is already in the programme's decision record ({@link RecordReviewDecisionListener} publishes it).
 */
@Component(OversightReviewProcess.Beans.APPEND_TO_DECISION_LOG)
public class AppendReviewDecisionsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    List<Map<String, Object>> log = new ArrayList<>(DECISION_LOG.from(execution).get());
    log.addAll(OversightReviewProcess.Variables.REVIEW_DECISIONS.from(execution).get());
    DECISION_LOG.on(execution).set(log);
  }
}
