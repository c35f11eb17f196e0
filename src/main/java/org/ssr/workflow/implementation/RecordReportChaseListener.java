package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Keeps what programme managers did about a late report in {@code implementationChaseLog}. */
@Component(ImplementationProcess.Beans.RECORD_REPORT_CHASE)
public class RecordReportChaseListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("cycleYear", CYCLE_YEAR.from(task).required());
    entry.put("institution", REPORTING_INSTITUTION.from(task).required());
    entry.put("kind", ImplementationProcess.Elements.ESCALATE_LATE_REPORT.equals(task.getTaskDefinitionKey())
        ? "escalation" : "chase");
    entry.put("userId", ImplementationData.currentUser(task.getProcessEngineServices(), task.getAssignee()));
    entry.put("note", CHASE_NOTE.from(task).get());
    entry.put("recordedAt", ImplementationData.now().toString());
    ImplementationData.append(task, IMPLEMENTATION_CHASE_LOG, List.of(entry));
  }
}
