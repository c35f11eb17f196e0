package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_EscalateToHigh / ServiceTask_EscalateToCritical: a deadline was missed, the risk moves one level up.
 */
@Component("escalateRiskLevelDelegate")
public class EscalateRiskLevelDelegate implements JavaDelegate {

  private final RiskProperties properties;
  private final RiskLadder ladder;

  public EscalateRiskLevelDelegate(RiskProperties properties, RiskLadder ladder) {
    this.properties = properties;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RiskLevel previous = RiskHandlingProcess.Variables.RISK_LEVEL.from(execution).get();
    String missed = RiskHandlingProcess.Elements.ESCALATE_TO_HIGH.equals(execution.getCurrentActivityId())
        ? "mitigation plan" : "programme managers' decision";
    RiskEvent event = ladder.escalated(previous, missed, RiskState.now());
    RiskState.setLevel(execution, RiskLevel.fromId(event.level()), properties);
    RiskState.appendLog(execution, event);
  }
}
