package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskReportProcess.Variables;

/**
 * ServiceTask_CheckProgrammeRunning, synchronous right after the start form: a programme that does not exist or
 * has ended fails the start with a clear message, so nothing is started.
 */
@Component("checkProgrammeRunningDelegate")
public class CheckProgrammeRunningDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String code = ProgrammeLookup.normalise(RiskVariables.string(execution, Variables.PROGRAMME_CODE));
    String programme = new ProgrammeLookup(execution.getProcessEngineServices())
        .runningProgramme(code);
    execution.setVariable(Variables.PROGRAMME_CODE, code);
    execution.setVariable(Variables.PROGRAMME_INSTANCE_ID, programme);
    if (execution.getBusinessKey() == null) {
      // Tasklist starts without a business key: the programme code is the natural one for the report
      execution.setProcessBusinessKey(code);
    }
  }
}
