package org.ssr.workflow.oversight;

import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.util.List;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.Segment;

/**
 * Checks the caller's variables, fills in the default deadline and escalation delay, and sets the review's schedule
 * (reviewDueDate, reviewEscalationDate) and an empty reviewDecisions array. For the NSP, tells the reviewers which
 * segments the set-up left out of the national dialog and why (reviewContext).
 */
@Component(OversightReviewProcess.Beans.PREPARE_REVIEW)
public class PrepareOversightReviewDelegate implements JavaDelegate {

  private final OversightReviewPlanner planner;

  public PrepareOversightReviewDelegate(OversightReviewPlanner planner) {
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OversightReviewPlanner.ReviewPlan plan = planner.plan(
        REVIEW_KIND.from(execution).get(),
        REVIEW_SUBJECT.from(execution).get(),
        REVIEW_VERSION.from(execution).get(),
        REVIEW_GROUPS.from(execution).get(),
        REVIEW_DEADLINE.from(execution).get(),
        REVIEW_ESCALATION_DELAY.from(execution).get(),
        ClockUtil.getCurrentTime().toInstant());

    REVIEW_GROUPS.on(execution).set(plan.groups());
    REVIEW_DEADLINE.on(execution).set(plan.deadline());
    REVIEW_ESCALATION_DELAY.on(execution).set(plan.escalationDelay());
    REVIEW_KIND_NAME.on(execution).set(plan.kind().displayName());
    REVIEW_DUE_DATE.on(execution).set(Date.from(plan.dueAt()));
    REVIEW_ESCALATION_DATE.on(execution).set(Date.from(plan.escalationAt()));
    // reviewChaseLog is written only when there is a chase to record
    REVIEW_DECISIONS.on(execution).set(List.of());
    // the NSP "summarizes the national consensus": its reviewers see whom the dialog was allowed not to hear, and why
    if (plan.kind() == ReviewKind.NSP && execution.getSuperExecution() != null) {
      String note = Segment.removalNote(
          ProgrammeProcess.Variables.REQUIRED_SEGMENTS.from(execution.getSuperExecution()).get(),
          ProgrammeProcess.Variables.SEGMENTS_JUSTIFICATION.from(execution.getSuperExecution()).get());
      if (note != null) {
        REVIEW_CONTEXT.on(execution).set(note);
      }
    }
  }
}
