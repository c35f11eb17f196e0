package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/** Small helpers shared by the risk process tests: complete tasks, move the engine clock, run due timers. */
final class RiskProcessTestSupport {

  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private final ProcessEngine engine;

  RiskProcessTestSupport(ProcessEngine engine) {
    this.engine = engine;
  }

  Task task(String processInstanceId, String taskDefinitionKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as("open task %s", taskDefinitionKey).isNotNull();
    return task;
  }

  void complete(String processInstanceId, String taskDefinitionKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(processInstanceId, taskDefinitionKey).getId(), variables);
  }

  void assess(String processInstanceId, int likelihood, int impact) {
    complete(processInstanceId, RiskHandlingProcess.Elements.ASSESS, Map.of(
        Variables.RISK_LIKELIHOOD.name(), (long) likelihood, // Tasklist submits numbers as Long
        Variables.RISK_IMPACT.name(), (long) impact,
        Variables.RISK_ASSESSMENT_NOTE.name(), "assessed in a test"));
  }

  /** Moves the engine clock and runs every timer that is then due; returns how many ran. */
  int passTime(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    int executed = 0;
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery().timers().executable().list()).isEmpty()) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  Object historicVariable(String processInstanceId, String name) {
    var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  List<RiskEvent> log(String processInstanceId) {
    Object json = historicVariable(processInstanceId, Variables.RISK_LOG.name());
    return RiskLog.parse(json == null ? null : json.toString());
  }
}
