package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;

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
    input.put(REGION.name(), REGION.from(task).get());
    for (Variable<?> field : REGIONAL_FIELDS) {
      Object value = field.from(task).get();
      input.put(field.name(), value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf)
          .toList()) : value);
    }
    DelegateExecution programme = task.getExecution().getProcessInstance();
    List<Map<String, Object>> inputs = REGIONAL_INPUTS.from(programme).get();
    inputs.add(input);
    REGIONAL_INPUTS.on(programme).set(inputs);
    REGIONAL_INPUTS_SUMMARY.on(programme).set(needsAssessment.summarise(inputs));
  }
}
