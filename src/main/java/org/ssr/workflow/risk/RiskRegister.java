package org.ssr.workflow.risk;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * The risk register of a programme, read from the engine's history: one risk-handling instance is one risk, its
 * variables give title, level, status and owner, and its {@code riskLog} gives the level history and decisions.
 *
 * <p>Why history and not a table of our own: the engine already writes every risk's state in the same transaction
 * as the process moves, so the register can never disagree with what Tasklist and Cockpit show, and there is no
 * second write to keep in step (or to forget in a new path of the model).
 */
public class RiskRegister {

  private static final String[] NAMES = Stream.of(Variables.RISK_ID, Variables.PROGRAMME_CODE,
      Variables.RISK_TITLE, Variables.RISK_DESCRIPTION, Variables.RISK_CATEGORY, Variables.RISK_REPORTED_BY,
      Variables.RISK_LIKELIHOOD, Variables.RISK_IMPACT, Variables.RISK_LEVEL, Variables.RISK_STATUS,
      Variables.RISK_OWNER, Variables.RISK_OUTCOME, Variables.RISK_LOG).map(Variable::name).toArray(String[]::new);

  private final HistoryService history;

  public RiskRegister(HistoryService history) {
    this.history = history;
  }

  /** All risks of the programme, oldest report first. */
  public List<RiskRegisterEntry> risksOf(String programmeCode) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(RiskHandlingProcess.KEY)
        .variableValueEquals(Variables.PROGRAMME_CODE.name(), programmeCode)
        .list().stream()
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
            .thenComparing(HistoricProcessInstance::getId))
        .toList();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = variablesOf(instances);
    return instances.stream()
        .map(instance -> entry(instance, variables.getOrDefault(instance.getId(), Map.of())))
        .toList();
  }

  private Map<String, Map<String, Object>> variablesOf(List<HistoricProcessInstance> instances) {
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    List<HistoricVariableInstance> found = history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(ids)
        .variableNameIn(NAMES)
        .list();
    for (HistoricVariableInstance variable : found) {
      // process-level values only: a task-local variable of the same name must not shadow them
      if (variable.getActivityInstanceId() != null
          && !variable.getActivityInstanceId().equals(variable.getProcessInstanceId())) {
        continue;
      }
      byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
          .put(variable.getName(), variable.getValue());
    }
    return byInstance;
  }

  private static RiskRegisterEntry entry(HistoricProcessInstance instance, Map<String, Object> v) {
    List<RiskEvent> log = Variables.RISK_LOG.from(v).orElse(List.of());
    RiskStatus status = status(Variables.RISK_STATUS.from(v).get(), instance);
    String category = Variables.RISK_CATEGORY.from(v).get();
    RiskLevel level = Variables.RISK_LEVEL.from(v).get();
    return new RiskRegisterEntry(
        Variables.RISK_ID.from(v).get(),
        Variables.PROGRAMME_CODE.from(v).get(),
        Variables.RISK_TITLE.from(v).get(),
        Variables.RISK_DESCRIPTION.from(v).get(),
        category,
        category == null ? null : RiskCategory.labelOf(category),
        Variables.RISK_REPORTED_BY.from(v).get(),
        instance.getStartTime().toInstant(),
        Variables.RISK_LIKELIHOOD.from(v).get(),
        Variables.RISK_IMPACT.from(v).get(),
        level == null ? null : level.id(),
        status.name(),
        status.label(),
        Variables.RISK_OWNER.from(v).get(),
        instance.getEndTime() == null,
        Variables.RISK_OUTCOME.from(v).get(),
        instance.getEndTime() == null ? null : instance.getEndTime().toInstant(),
        instance.getId(),
        log.stream().filter(RiskEvent::isLevelChange).collect(Collectors.toList()),
        log.stream().filter(event -> RiskEvent.DECISION.equals(event.type()) || RiskEvent.CHASE.equals(event.type()))
            .collect(Collectors.toList()));
  }

  /** A risk whose instance ended while still open (the programme ended, or it was deleted in Cockpit) is closed. */
  private static RiskStatus status(String recorded, HistoricProcessInstance instance) {
    RiskStatus status = recorded == null ? RiskStatus.REPORTED : RiskStatus.valueOf(recorded);
    if (instance.getEndTime() != null && status.isOpen()) {
      return RiskStatus.CANCELLED;
    }
    return status;
  }
}
