package org.ssr.workflow.oversight;

import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sets reviewOutcome from the recorded decisions of all reviewing bodies ({@link ReviewOutcome}: precedence). */
@Component(OversightReviewProcess.Beans.DETERMINE_OUTCOME)
public class DetermineReviewOutcomeDelegate implements JavaDelegate {

  private final ReviewDecisionService decisions;

  public DetermineReviewOutcomeDelegate(ReviewDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ReviewDecisionRecord> recorded = DecisionLog.read(REVIEW_DECISIONS.from(execution).get());
    REVIEW_OUTCOME.on(execution).set(decisions.outcome(REVIEW_GROUPS.from(execution).get(), recorded).value());
  }
}
