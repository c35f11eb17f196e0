package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Elements;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * Complete listener of every task that acts on a risk: records who decided what and why, and where the risk
 * stands afterwards (status and owner shown in the register).
 */
@Component("riskDecisionListener")
public class RiskDecisionListener implements TaskListener {

  private final RiskLadder ladder;

  public RiskDecisionListener(RiskLadder ladder) {
    this.ladder = ladder;
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
        : Variables.RISK_DECISION.name(), decision);
    String text = switch (step) {
      case Elements.WRITE_MITIGATION_PLAN -> Variables.RISK_MITIGATION_PLAN.from(task).get();
      case Elements.MEDIATE -> Variables.RISK_MEDIATION_REPORT.from(task).get();
      case Elements.RESUME_TRACK_TASK -> Variables.RISK_RESUME_NOTE.from(task).get();
      case Elements.ASSESS -> Variables.RISK_ASSESSMENT_NOTE.from(task).get();
      default -> Variables.RISK_DECISION_REASON.from(task).get();
    };
    String by = RiskState.actingUser(task.getProcessEngineServices(), task.getAssignee());
    RiskState.appendLog(task, ladder.decided(Variables.RISK_LEVEL.from(task).get(), task.getName(), decision, text,
        by, RiskState.now()));
    RiskLadder.Position position = ladder.afterDecision(step, decision);
    RiskState.setPosition(task, position.status(), position.owner());
  }
}
