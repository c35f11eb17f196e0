package org.ssr.workflow.oversight;

import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Checks the caller's variables, fills in the default deadline and escalation delay, and sets the review's schedule
 * (reviewDueDate, reviewEscalationDate) and empty reviewDecisions and reviewChaseLog arrays.
 */
@Component(OversightReviewProcess.Beans.PREPARE_REVIEW)
public class PrepareOversightReviewDelegate implements JavaDelegate {

  private final OversightReviewPlanner planner;

  public PrepareOversightReviewDelegate(OversightReviewPlanner planner) {
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object version = execution.getVariable(REVIEW_VERSION.name());
    OversightReviewPlanner.ReviewPlan plan = planner.plan(
        (String) execution.getVariable(REVIEW_KIND.name()),
        (String) execution.getVariable(REVIEW_SUBJECT.name()),
        version instanceof Number number ? number.intValue() : null,
        ReviewVariables.list(execution.getVariable(REVIEW_GROUPS.name())),
        (String) execution.getVariable(REVIEW_DEADLINE.name()),
        (String) execution.getVariable(REVIEW_ESCALATION_DELAY.name()),
        ClockUtil.getCurrentTime().toInstant());

    execution.setVariable(REVIEW_GROUPS.name(), new ArrayList<>(plan.groups()));
    execution.setVariable(REVIEW_DEADLINE.name(), plan.deadline());
    execution.setVariable(REVIEW_ESCALATION_DELAY.name(), plan.escalationDelay());
    execution.setVariable(REVIEW_KIND_NAME.name(), plan.kind().displayName());
    execution.setVariable(REVIEW_DUE_DATE.name(), Date.from(plan.dueAt()));
    execution.setVariable(REVIEW_ESCALATION_DATE.name(), Date.from(plan.escalationAt()));
    execution.setVariable(REVIEW_DECISIONS.name(), ReviewVariables.json(DecisionLog.empty()));
    execution.setVariable(REVIEW_CHASE_LOG.name(), ReviewVariables.json(DecisionLog.empty()));
  }
}
