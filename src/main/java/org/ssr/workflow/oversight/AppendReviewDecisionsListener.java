package org.ssr.workflow.oversight;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Does nothing, on purpose. Model versions deployed before the decision record became the only place decisions are
 * kept end every review call activity with {@code delegateExpression="${appendReviewDecisionsToDecisionLog}"}, which
 * appended the review's decisions to the caller's {@code decisionLog} variable. Programmes still running on those
 * versions need the bean to exist; the decisions themselves are already in the record ({@link
 * RecordReviewDecisionListener} publishes each one as it is taken), so nothing is copied any more. Current models do
 * not reference it; it can go once no programme runs on such a version (docs/operations.md "Decision record").
 */
@Component(OversightReviewProcess.Beans.APPEND_TO_DECISION_LOG)
public class AppendReviewDecisionsListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    // see the class comment: the decision record already holds every decision of the review
  }
}
