package org.ssr.workflow.oversight;

import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On completion of a chase or escalation task: refuses an empty note and appends what the programme managers did to
 * reviewChaseLog, so it stays visible beside the review (a task-local chaseNote would only survive in history).
 */
@Component(OversightReviewProcess.Beans.RECORD_CHASE)
public class RecordReviewChaseListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String kind = OversightReviewProcess.Elements.ESCALATE_OVERDUE_REVIEW.equals(task.getTaskDefinitionKey())
        ? ReviewChaseRecord.ESCALATION
        : ReviewChaseRecord.CHASE;
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String userId = authentication != null && authentication.getUserId() != null
        ? authentication.getUserId()
        : task.getAssignee();
    ReviewChaseRecord chase = ReviewChaseRecord.of(REVIEW_GROUP.from(task).get(), kind, userId,
        CHASE_NOTE.from(task).get(), ClockUtil.getCurrentTime().toInstant(),
        InvalidReviewDecisionException.languageOf(task));
    REVIEW_CHASE_LOG.on(task).set(DecisionLog.with(REVIEW_CHASE_LOG.from(task).get(), chase));
  }
}
