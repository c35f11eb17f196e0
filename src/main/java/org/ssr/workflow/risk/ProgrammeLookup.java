package org.ssr.workflow.risk;

import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ssr.workflow.risk.ProgrammeNotRunningException.Reason;

/** Finds the running ssr-programme instance of a programme code, or says clearly why there is none. */
final class ProgrammeLookup {

  private final RuntimeService runtime;
  private final HistoryService history;

  ProgrammeLookup(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** @return the process instance id of the running programme */
  String runningProgramme(String programmeCode) {
    if (programmeCode == null || programmeCode.isBlank()) {
      throw new ProgrammeNotRunningException(programmeCode, Reason.UNKNOWN,
          "Please give the code of the programme the risk concerns.");
    }
    String code = programmeCode.trim();
    List<ProcessInstance> running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(RiskHandlingProcess.PROGRAMME_PROCESS_KEY)
        .processInstanceBusinessKey(code)
        .list();
    if (!running.isEmpty()) {
      return running.get(0).getId();
    }
    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RiskHandlingProcess.PROGRAMME_PROCESS_KEY)
        .processInstanceBusinessKey(code)
        .finished()
        .list().stream()
        .filter(instance -> instance.getEndTime() != null)
        .max(Comparator.comparing(HistoricProcessInstance::getEndTime))
        .orElse(null);
    if (ended != null) {
      String on = new SimpleDateFormat("yyyy-MM-dd").format(ended.getEndTime());
      throw new ProgrammeNotRunningException(code, Reason.ENDED,
          "Programme " + code + " ended on " + on + ": risks can only be reported to a running programme.");
    }
    throw new ProgrammeNotRunningException(code, Reason.UNKNOWN,
        "There is no programme with the code " + code + ". Please check the code (for example in Tasklist or Cockpit)"
            + " and report the risk again.");
  }

  static String normalise(String programmeCode) {
    return Objects.requireNonNullElse(programmeCode, "").trim();
  }
}
