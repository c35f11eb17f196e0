package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * ServiceTask_EndProgramme: the programme managers decided to end the programme. Hands riskOutcome END_PROGRAMME
 * and the recorded reason back to ssr-programme, which ends the programme (docs/risk.md).
 */
@Component("endProgrammeDelegate")
public class EndProgrammeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String reason = Variables.RISK_DECISION_REASON.from(execution).get();
    String riskTitle = Variables.RISK_TITLE.from(execution).get();
    Variables.RISK_OUTCOME.on(execution).set(RiskHandlingProcess.OUTCOME_END_PROGRAMME);
    Variables.PROGRAMME_END_REASON.on(execution).set(
        "Critical risk " + Variables.RISK_ID.from(execution).get() + " (" + riskTitle + "): " + reason);
    RiskState.setPosition(execution, RiskStatus.PROGRAMME_ENDED, RiskLadder.PROGRAMME_MANAGERS);
  }
}
