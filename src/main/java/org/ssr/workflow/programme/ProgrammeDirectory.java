package org.ssr.workflow.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one place that finds a programme by its {@link ProgrammeCode}, for every feature (set-up, finance, risks,
 * monitoring): the code is the business key of the ssr-programme instance (set by {@link ProgrammeSetupListener},
 * unique over running and finished programmes). Reads with whatever authentication the caller runs under: callers
 * that must read as the application wrap their call in {@code AsApplication}.
 *
 * <p>A Spring bean for controllers and services; delegates and listeners use {@link #of} on their engine.
 */
@Component
public class ProgrammeDirectory {

  private final RuntimeService runtime;
  private final HistoryService history;

  @Autowired
  public ProgrammeDirectory(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  public static ProgrammeDirectory of(ProcessEngineServices engine) {
    return new ProgrammeDirectory(engine.getRuntimeService(), engine.getHistoryService());
  }

  /** The running programme with this code. */
  public Optional<ProcessInstance> running(ProgrammeCode code) {
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(code.value())
        .listPage(0, 1).stream().findFirst();
  }

  /** The programme with this code, running or finished (the newest should an old cancelled one have had it too). */
  public Optional<HistoricProcessInstance> newest(ProgrammeCode code) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(code.value())
        .orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst();
  }

  /** Whether any programme, running or finished, already has this code. */
  public boolean inUse(ProgrammeCode code) {
    // both: with history below "activity" a running programme has no historic instance
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(code.value()).count() > 0
        || history.createHistoricProcessInstanceQuery().processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(code.value()).count() > 0;
  }

  /**
   * The variables of the programme with this code: the live ones of a running programme, else the last values the
   * history kept of a finished one (process-level values win over local ones of the same name).
   */
  public Optional<Map<String, Object>> variables(ProgrammeCode code) {
    Optional<ProcessInstance> running = running(code);
    if (running.isPresent()) {
      return Optional.of(runtime.getVariables(running.get().getId()));
    }
    return newest(code).map(finished -> historicVariables(finished.getId()));
  }

  /** The language of a programme instance (docs/languages.md): a supported code, English when it has none. */
  public String language(String processInstanceId) {
    return ProgrammeLanguage.ofInstance(runtime, history, processInstanceId);
  }

  private Map<String, Object> historicVariables(String processInstanceId) {
    Map<String, Object> vars = new HashMap<>();
    List<HistoricVariableInstance> all = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).list();
    for (HistoricVariableInstance v : all) {
      if (processInstanceId.equals(v.getActivityInstanceId()) || !vars.containsKey(v.getName())) {
        vars.put(v.getName(), v.getValue());
      }
    }
    return vars;
  }
}
