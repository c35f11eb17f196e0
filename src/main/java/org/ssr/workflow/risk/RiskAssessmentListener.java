package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * Complete listener of UserTask_AssessRisk: stores likelihood and impact as Integers for the DMN (forms submit
 * numbers as Long or Double) and refuses values outside 1-5 before anything is rated.
 */
@Component("riskAssessmentListener")
public class RiskAssessmentListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (Boolean.TRUE.equals(Variables.RISK_RESOLVED.from(task).get())) {
      return;
    }
    Variables.RISK_LIKELIHOOD.on(task).set(oneToFive(task, Variables.RISK_LIKELIHOOD));
    Variables.RISK_IMPACT.on(task).set(oneToFive(task, Variables.RISK_IMPACT));
  }

  /** A value that is no whole number is refused by the kernel (400, naming the field); here the range. */
  private static int oneToFive(DelegateTask task, Variable<Integer> variable) {
    Integer value = variable.from(task).get();
    if (value == null || value < 1 || value > 5) {
      String language = RiskInputRejectedException.languageOf(task);
      throw RiskInputRejectedException.in(language, "oneToFive",
          RiskInputRejectedException.field(language, variable.name()), String.valueOf(value));
    }
    return value;
  }
}
