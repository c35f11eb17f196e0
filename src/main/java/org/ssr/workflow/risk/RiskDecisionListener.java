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
      case Elements.DECIDE_HIGH_RISK -> RiskVariables.string(task, Variables.RISK_DECISION);
      case Elements.URGENT_REVIEW -> RiskVariables.string(task, Variables.RISK_URGENT_DECISION);
      case Elements.ASSESS -> Boolean.TRUE.equals(task.getVariable(Variables.RISK_RESOLVED)) ? "close"
          : "likelihood " + task.getVariable(Variables.RISK_LIKELIHOOD) + ", impact "
              + task.getVariable(Variables.RISK_IMPACT);
      default -> null;
    };
    ladder.checkDecision(step, step.equals(Elements.URGENT_REVIEW) ? Variables.RISK_URGENT_DECISION
        : Variables.RISK_DECISION, decision);
    String text = switch (step) {
      case Elements.WRITE_MITIGATION_PLAN -> RiskVariables.string(task, Variables.RISK_MITIGATION_PLAN);
      case Elements.MEDIATE -> RiskVariables.string(task, Variables.RISK_MEDIATION_REPORT);
      case Elements.RESUME_TRACK_TASK -> RiskVariables.string(task, Variables.RISK_RESUME_NOTE);
      case Elements.ASSESS -> RiskVariables.string(task, Variables.RISK_ASSESSMENT_NOTE);
      default -> RiskVariables.string(task, Variables.RISK_DECISION_REASON);
    };
    String by = RiskVariables.actingUser(task.getProcessEngineServices(), task.getAssignee());
    RiskVariables.appendLog(task, ladder.decided(RiskVariables.level(task), task.getName(), decision, text, by,
        RiskVariables.now()));
    RiskLadder.Position position = ladder.afterDecision(step, decision);
    RiskVariables.setPosition(task, position.status(), position.owner());
  }
}
