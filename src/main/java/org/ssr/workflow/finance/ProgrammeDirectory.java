package org.ssr.workflow.finance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.AsApplication;

/**
 * Finds a programme (the ssr-programme instance whose business key is the code, running or finished) and turns its
 * variables into a {@link PlanContext}. Reads as the application: the caller's role was already checked by the
 * finance endpoint, and a donor or oversight body must see the plan of a programme whose instance it may not read.
 */
@Component
public class ProgrammeDirectory {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;

  public ProgrammeDirectory(RuntimeService runtime, HistoryService history, IdentityService identity) {
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
  }

  public Optional<PlanContext> find(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return AsApplication.call(identity, () -> variables(code.trim()))
        .map(vars -> ProgrammeVariables.toContext(code.trim(), vars));
  }

  private Optional<Map<String, Object>> variables(String code) {
    List<ProcessInstance> running = runtime.createProcessInstanceQuery()
        .processDefinitionKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .processInstanceBusinessKey(code)
        .list();
    if (!running.isEmpty()) {
      return Optional.of(runtime.getVariables(running.get(0).getId()));
    }
    List<HistoricProcessInstance> finished = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .processInstanceBusinessKey(code)
        .orderByProcessInstanceStartTime().desc()
        .listPage(0, 1);
    if (finished.isEmpty()) {
      return Optional.empty();
    }
    String id = finished.get(0).getId();
    Map<String, Object> vars = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceId(id).list()) {
      // process-level variables win over local ones of the same name
      if (id.equals(v.getActivityInstanceId()) || !vars.containsKey(v.getName())) {
        vars.put(v.getName(), v.getValue());
      }
    }
    return Optional.of(vars);
  }

}
