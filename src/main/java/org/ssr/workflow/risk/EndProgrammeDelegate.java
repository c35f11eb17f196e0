package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * ServiceTask_EndProgramme: the programme managers decided to end the programme. Hands riskOutcome END_PROGRAMME
 * and the recorded reason back to ssr-programme, which ends the programme (CONVENTIONS "Step 12 risks").
 */
@Component("endProgrammeDelegate")
public class EndProgrammeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String reason = RiskVariables.string(execution, Variables.RISK_DECISION_REASON);
    String riskTitle = RiskVariables.string(execution, Variables.RISK_TITLE);
    execution.setVariable(Variables.RISK_OUTCOME, RiskHandlingProcess.OUTCOME_END_PROGRAMME);
    execution.setVariable(Variables.PROGRAMME_END_REASON,
        "Critical risk " + RiskVariables.string(execution, Variables.RISK_ID) + " (" + riskTitle + "): " + reason);
    RiskVariables.setPosition(execution, RiskStatus.PROGRAMME_ENDED, RiskLadder.PROGRAMME_MANAGERS);
  }
}
