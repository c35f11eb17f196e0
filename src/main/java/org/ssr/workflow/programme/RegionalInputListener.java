package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 2: when a regional consultation is completed, keeps its input (held in task-local variables, so regions do not
 * overwrite each other) in the programme's list of regional inputs that the consolidation form shows.
 */
@Component(ProgrammeProcess.Beans.REGIONAL_INPUT)
public class RegionalInputListener implements TaskListener {

  private final NeedsAssessmentService needsAssessment;

  public RegionalInputListener(NeedsAssessmentService needsAssessment) {
    this.needsAssessment = needsAssessment;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put(REGION.name(), VariableValues.text(task.getVariable(REGION.name())));
    for (String field : REGIONAL_FIELDS) {
      Object value = task.getVariable(field);
      input.put(field, field.equals("regionalSegmentsConsulted")
          ? String.join(", ", VariableValues.strings(value))
          : VariableValues.text(value));
    }
    List<Map<String, Object>> inputs = new ArrayList<>(VariableValues.records(REGIONAL_INPUTS.from(task).get()));
    inputs.add(input);
    task.getExecution().getProcessInstance().setVariable(REGIONAL_INPUTS.name(), VariableValues.javaObject(inputs));
    task.getExecution().getProcessInstance()
        .setVariable(REGIONAL_INPUTS_SUMMARY.name(), needsAssessment.summarise(inputs));
  }
}
