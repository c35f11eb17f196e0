package org.ssr.workflow.risk;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.risk.RiskHandlingProcess.Elements;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * Complete listener of every task that acts on a risk: records who decided what and why, and where the risk
 * stands afterwards (status and owner shown in the register). The decisions on a high or critical risk and the outcome
 * of a mediation or of the resumption are also published as a {@link DecisionMade} ({@value #KIND}) for the
 * programme's decision record, in the completion's transaction.
 */
@Component("riskDecisionListener")
public class RiskDecisionListener implements TaskListener {

  /** The kind of decision in the programme's decision record. */
  public static final String KIND = "RISK";

  private final RiskLadder ladder;
  private final ApplicationEventPublisher events;

  public RiskDecisionListener(RiskLadder ladder, ApplicationEventPublisher events) {
    this.ladder = ladder;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getTaskDefinitionKey();
    String decision = switch (step) {
      case Elements.DECIDE_HIGH_RISK -> Variables.RISK_DECISION.from(task).get();
      case Elements.URGENT_REVIEW -> Variables.RISK_URGENT_DECISION.from(task).get();
      case Elements.ASSESS -> Boolean.TRUE.equals(Variables.RISK_RESOLVED.from(task).get()) ? "close"
          : "likelihood " + Variables.RISK_LIKELIHOOD.from(task).get() + ", impact "
              + Variables.RISK_IMPACT.from(task).get();
      default -> null;
    };
    ladder.checkDecision(step, step.equals(Elements.URGENT_REVIEW) ? Variables.RISK_URGENT_DECISION.name()
        : Variables.RISK_DECISION.name(), decision, () -> RiskInputRejectedException.languageOf(task));
    if (RiskHandlingProcess.DECISION_OPEN_AMENDMENT.equals(decision)) {
      RequestAmendmentForRiskDelegate.implementationOf(task);
    }
    String text = switch (step) {
      case Elements.WRITE_MITIGATION_PLAN -> Variables.RISK_MITIGATION_PLAN.from(task).get();
      case Elements.MEDIATE -> Variables.RISK_MEDIATION_REPORT.from(task).get();
      case Elements.RESUME_TRACK_TASK -> Variables.RISK_RESUME_NOTE.from(task).get();
      case Elements.ASSESS -> Variables.RISK_ASSESSMENT_NOTE.from(task).get();
      default -> Variables.RISK_DECISION_REASON.from(task).get();
    };
    String by = RiskState.actingUser(task.getProcessEngineServices(), task.getAssignee());
    // the level from the process: the task holds the form's word for it (« élevé ») in a programme not in English
    RiskLevel level = Variables.RISK_LEVEL.from(task.getExecution()).get();
    RiskState.appendLog(task, ladder.decided(level, task.getName(), decision, text,
        by, RiskState.now()));
    RiskLadder.Position position = ladder.afterDecision(step, decision);
    RiskState.setPosition(task, position.status(), position.owner());
    String recorded = RECORDED_OUTCOMES.getOrDefault(step, decision);
    if (DECIDING_PARTY.containsKey(step)) {
      events.publishEvent(new DecisionMade(Variables.PROGRAMME_CODE.from(task).required(),
          task.getProcessInstanceId(), KIND, subject(task), DECIDING_PARTY.get(step), by, recorded, text,
          RiskState.now()));
    }
  }

  /** The steps whose outcome is a decision of the record, and the group that takes it. */
  static final Map<String, String> DECIDING_PARTY = Map.of(
      Elements.DECIDE_HIGH_RISK, RiskLadder.PROGRAMME_MANAGERS,
      Elements.URGENT_REVIEW, RiskLadder.PROGRAMME_MANAGERS,
      Elements.MEDIATE, RiskLadder.FACILITATORS,
      Elements.RESUME_TRACK_TASK, RiskLadder.PROGRAMME_MANAGERS);

  /** The outcome of the steps whose form has no decision field. */
  static final Map<String, String> RECORDED_OUTCOMES = Map.of(
      Elements.MEDIATE, "mediated",
      Elements.RESUME_TRACK_TASK, "resumeTransformation");

  /** "R-2026-001 Armed clashes in the north: Decide on the high risk". */
  private static String subject(DelegateTask task) {
    return Variables.RISK_ID.from(task).get() + " " + Variables.RISK_TITLE.from(task).get() + ": " + task.getName();
  }
}
