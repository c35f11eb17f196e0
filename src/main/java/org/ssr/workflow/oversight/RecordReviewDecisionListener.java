package org.ssr.workflow.oversight;

import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

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
    ReviewDecisionRecord decision = decisions.decide(
        new ReviewDecisionService.Subject(
            REVIEW_KIND.from(task).get(), REVIEW_SUBJECT.from(task).get(), REVIEW_VERSION.from(task).get()),
        REVIEW_GROUP.from(task).get(),
        whoDecided(task),
        // whatever type a REST client sent (e.g. a number) is read as text and refused by the rules below
        DECISION.from(task).get(),
        REASONS.from(task).get(),
        ClockUtil.getCurrentTime().toInstant());
    REVIEW_DECISIONS.on(task).set(DecisionLog.with(REVIEW_DECISIONS.from(task).get(), decision));
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
