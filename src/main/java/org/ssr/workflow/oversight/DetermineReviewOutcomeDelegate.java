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
    List<String> groups =
        ReviewVariables.list(execution.getVariable(REVIEW_GROUPS.name())).stream().map(Object::toString).toList();
    List<ReviewDecisionRecord> recorded =
        DecisionLog.read(ReviewVariables.jsonText(execution.getVariable(REVIEW_DECISIONS.name())));
    execution.setVariable(REVIEW_OUTCOME.name(), decisions.outcome(groups, recorded).value());
  }
}
