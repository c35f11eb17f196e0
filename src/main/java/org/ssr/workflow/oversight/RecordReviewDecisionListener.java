package org.ssr.workflow.oversight;

import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionKinds;
import org.ssr.workflow.decision.DecisionMade;

/**
 * On completion of a body's review task: refuses a missing decision or missing reasons (the check a REST user cannot
 * bypass), appends the decision (who, which body, when, what, why) to reviewDecisions and publishes it as a
 * {@link DecisionMade} ({@value #KIND}) for the programme's decision record, in the completion's transaction.
 */
@Component(OversightReviewProcess.Beans.RECORD_DECISION)
public class RecordReviewDecisionListener implements TaskListener {

  /** The kind of decision in the programme's decision record. */
  public static final String KIND = DecisionKinds.OVERSIGHT_REVIEW;

  private final ReviewDecisionService decisions;
  private final ApplicationEventPublisher events;

  public RecordReviewDecisionListener(ReviewDecisionService decisions, ApplicationEventPublisher events) {
    this.decisions = decisions;
    this.events = events;
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
        ClockUtil.getCurrentTime().toInstant(),
        () -> InvalidReviewDecisionException.languageOf(task));
    REVIEW_DECISIONS.on(task).set(DecisionLog.with(REVIEW_DECISIONS.from(task).get(), decision));
    events.publishEvent(new DecisionMade(PROGRAMME_CODE.from(task).required(), task.getProcessInstanceId(), KIND,
        subject(decision), decision.group(), decision.userId(), decision.decision(), decision.reasons(),
        Instant.parse(decision.decidedAt())));
  }

  /** What was reviewed, as the record names it: "NSP: National Security Policy 2027, version 2". */
  static String subject(ReviewDecisionRecord decision) {
    return decision.kind() + ": " + decision.subject()
        + (decision.version() == null ? "" : ", version " + decision.version());
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
