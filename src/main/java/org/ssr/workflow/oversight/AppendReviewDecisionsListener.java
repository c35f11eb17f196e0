package org.ssr.workflow.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * For callers of oversight-review: an {@code end} execution listener on the call activity
 * ({@code delegateExpression="${appendReviewDecisionsToDecisionLog}"}) that appends the mapped-out reviewDecisions to
 * the caller's decisionLog Json array.
 */
@Component(OversightReviewProcess.Beans.APPEND_TO_DECISION_LOG)
public class AppendReviewDecisionsListener implements ExecutionListener {

  public static final String DECISION_LOG = "decisionLog";

  @Override
  public void notify(DelegateExecution execution) {
    String log = ReviewVariables.jsonText(execution.getVariable(DECISION_LOG));
    String decisions =
        ReviewVariables.jsonText(execution.getVariable(OversightReviewProcess.Variables.REVIEW_DECISIONS.name()));
    execution.setVariable(DECISION_LOG, ReviewVariables.json(DecisionLog.append(log, decisions)));
  }
}
