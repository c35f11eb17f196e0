package org.ssr.workflow.risk;

import java.text.SimpleDateFormat;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ssr.workflow.programme.ProgrammeInstances;
import org.ssr.workflow.risk.ProgrammeNotRunningException.Reason;

/** Finds the running ssr-programme instance of a programme code, or says clearly why there is none. */
final class ProgrammeLookup {

  private final ProgrammeInstances programmes;

  ProgrammeLookup(ProcessEngineServices engine) {
    this.programmes = ProgrammeInstances.of(engine);
  }

  /** @return the process instance id of the running programme */
  String runningProgramme(String programmeCode) {
    if (programmeCode == null || programmeCode.isBlank()) {
      throw new ProgrammeNotRunningException(programmeCode, Reason.UNKNOWN,
          "Please give the code of the programme the risk concerns.");
    }
    String code = programmeCode.trim();
    Optional<ProcessInstance> running = programmes.running(code);
    if (running.isPresent()) {
      return running.get().getId();
    }
    HistoricProcessInstance ended = programmes.newest(code).orElse(null);
    if (ended != null && ended.getEndTime() != null) {
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
