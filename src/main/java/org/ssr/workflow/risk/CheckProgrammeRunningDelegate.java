package org.ssr.workflow.risk;

import java.text.SimpleDateFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.ReadableTimes;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.risk.ProgrammeNotRunningException.Reason;
import org.ssr.workflow.risk.RiskReportProcess.Variables;

/**
 * ServiceTask_CheckProgrammeRunning, synchronous right after the start form: a programme that does not exist or
 * has ended fails the start with a clear message, so nothing is started. The code is normalised here (Tasklist sends
 * what the user typed, e.g. in lower case), so the rest of the report carries the programme's own code.
 */
@Component("checkProgrammeRunningDelegate")
public class CheckProgrammeRunningDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String typed = Variables.PROGRAMME_CODE.from(execution).get();
    if (typed == null || typed.isBlank()) {
      throw ProgrammeNotRunningException.of(execution, typed, Reason.UNKNOWN, "noCode");
    }
    ProgrammeCode code = ProgrammeCode.of(typed);
    String programme = runningProgramme(execution, ProgrammeDirectory.of(execution.getProcessEngineServices()), code);
    Variables.PROGRAMME_CODE.on(execution).set(code.value());
    Variables.PROGRAMME_INSTANCE_ID.on(execution).set(programme);
    ProgrammeLanguage.keep(execution, code.value());
    if (execution.getBusinessKey() == null) {
      // Tasklist starts without a business key: the programme code is the natural one for the report
      execution.setProcessBusinessKey(code.value());
    }
  }

  /** @return the process instance id of the running programme, or a refusal that says why there is none */
  private static String runningProgramme(DelegateExecution execution, ProgrammeDirectory programmes,
      ProgrammeCode code) {
    ProcessInstance running = programmes.running(code).orElse(null);
    if (running != null) {
      return running.getId();
    }
    HistoricProcessInstance ended = programmes.newest(code).orElse(null);
    if (ended != null && ended.getEndTime() != null) {
      String on = new SimpleDateFormat("yyyy-MM-dd").format(ended.getEndTime());
      String language = RiskInputRejectedException.languageOf(execution);
      throw new ProgrammeNotRunningException(code.value(), Reason.ENDED, RiskInputRejectedException.text(language,
          "ended", code.value(), ReadableTimes.date(on, language)));
    }
    throw ProgrammeNotRunningException.of(execution, code.value(), Reason.UNKNOWN, "unknownProgramme", code.value());
  }
}
