package org.ssr.workflow.oversight;

import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completion of a body's review task: refuses a missing decision or missing reasons (the check a REST user cannot
 * bypass) and appends the decision (who, which body, when, what, why) to reviewDecisions.
 */
@Component(OversightReviewProcess.Beans.RECORD_DECISION)
public class RecordReviewDecisionListener implements TaskListener {

  private final ReviewDecisionService decisions;

  public RecordReviewDecisionListener(ReviewDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    Object version = task.getVariable(REVIEW_VERSION.name());
    ReviewDecisionRecord decision = decisions.decide(
        new ReviewDecisionService.Subject(
            (String) task.getVariable(REVIEW_KIND.name()),
            (String) task.getVariable(REVIEW_SUBJECT.name()),
            version instanceof Number number ? number.intValue() : null),
        (String) task.getVariable(REVIEW_GROUP.name()),
        whoDecided(task),
        // whatever type a REST client sent (e.g. a number): refused by the rules below, not by a cast
        Objects.toString(task.getVariable(DECISION.name()), null),
        Objects.toString(task.getVariable(REASONS.name()), null),
        ClockUtil.getCurrentTime().toInstant());
    String log = ReviewVariables.jsonText(task.getVariable(REVIEW_DECISIONS.name()));
    task.setVariable(REVIEW_DECISIONS.name(), ReviewVariables.json(DecisionLog.add(log, decision)));
  }

  /** The user who submits (Tasklist and REST authenticate), else the task's assignee. */
  private static String whoDecided(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
