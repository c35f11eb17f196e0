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

/**
 * The one place that knows how a programme code maps to ssr-programme instances: the code is the instance's business
 * key (set by {@link ProgrammeSetupListener}, unique over running and finished programmes). Codes are trimmed; a blank
 * code finds nothing. Reads with whatever authentication the caller runs under: callers that must read as the
 * application wrap their call in {@code AsApplication}.
 *
 * <p>Plain class, built from the engine's services, so delegates and listeners can use it without Spring.
 */
public final class ProgrammeInstances {

  private final RuntimeService runtime;
  private final HistoryService history;

  public ProgrammeInstances(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  public static ProgrammeInstances of(ProcessEngineServices engine) {
    return new ProgrammeInstances(engine.getRuntimeService(), engine.getHistoryService());
  }

  /** The running programme with this code. */
  public Optional<ProcessInstance> running(String code) {
    String key = key(code);
    if (key == null) {
      return Optional.empty();
    }
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(key)
        .listPage(0, 1).stream().findFirst();
  }

  /** The programme with this code, running or finished (the newest should an old cancelled one have had it too). */
  public Optional<HistoricProcessInstance> newest(String code) {
    String key = key(code);
    if (key == null) {
      return Optional.empty();
    }
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(key)
        .orderByProcessInstanceStartTime().desc()
        .listPage(0, 1).stream().findFirst();
  }

  /** Whether any programme, running or finished, already has this code. */
  public boolean inUse(String code) {
    String key = key(code);
    if (key == null) {
      return false;
    }
    // both: with history below "activity" a running programme has no historic instance
    return runtime.createProcessInstanceQuery().processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(key).count() > 0
        || history.createHistoricProcessInstanceQuery().processDefinitionKey(ProgrammeProcess.KEY)
        .processInstanceBusinessKey(key).count() > 0;
  }

  /**
   * The variables of the programme with this code: the live ones of a running programme, else the last values the
   * history kept of a finished one (process-level values win over local ones of the same name).
   */
  public Optional<Map<String, Object>> variables(String code) {
    Optional<ProcessInstance> running = running(code);
    if (running.isPresent()) {
      return Optional.of(runtime.getVariables(running.get().getId()));
    }
    return newest(code).map(finished -> historicVariables(finished.getId()));
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

  private static String key(String code) {
    return code == null || code.isBlank() ? null : code.trim();
  }
}
