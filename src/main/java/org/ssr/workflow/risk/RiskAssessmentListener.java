package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * Complete listener of UserTask_AssessRisk: stores likelihood and impact as Integers for the DMN (forms submit
 * numbers as Long or Double) and refuses values outside 1-5 before anything is rated.
 */
@Component("riskAssessmentListener")
public class RiskAssessmentListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getVariable(Variables.RISK_RESOLVED))) {
      return;
    }
    task.setVariable(Variables.RISK_LIKELIHOOD, oneToFive(task, Variables.RISK_LIKELIHOOD));
    task.setVariable(Variables.RISK_IMPACT, oneToFive(task, Variables.RISK_IMPACT));
  }

  private static int oneToFive(DelegateTask task, String name) {
    Integer value;
    try {
      value = RiskVariables.integer(task, name);
    } catch (IllegalArgumentException notWhole) {
      throw new RiskInputRejectedException(notWhole.getMessage(), notWhole);
    }
    if (value == null || value < 1 || value > 5) {
      throw new RiskInputRejectedException(name + " must be a whole number from 1 to 5, was " + value);
    }
    return value;
  }
}
