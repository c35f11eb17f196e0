package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Elements;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * ServiceTask_CloseRisk (the coordination unit found the risk resolved) and ServiceTask_AcceptRisk (programme
 * managers accepted it): sets the outcome handed back to the programme.
 */
@Component("closeRiskDelegate")
public class CloseRiskDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = Elements.ACCEPT_RISK.equals(execution.getCurrentActivityId());
    Variables.RISK_OUTCOME.on(execution)
        .set(accepted ? RiskHandlingProcess.OUTCOME_ACCEPTED : RiskHandlingProcess.OUTCOME_RESOLVED);
    RiskState.setPosition(execution, accepted ? RiskStatus.ACCEPTED : RiskStatus.RESOLVED,
        accepted ? RiskLadder.PROGRAMME_MANAGERS : RiskLadder.COORDINATION_UNIT);
  }
}
