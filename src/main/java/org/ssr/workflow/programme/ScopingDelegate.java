package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the scope decided on the scoping form. Runs synchronously right after the form: a skipped step without
 * justification throws, the completion of the form is rolled back and the user sees which steps need one.
 */
@Component(ProgrammeProcess.Beans.SCOPING)
public class ScopingDelegate implements JavaDelegate {

  private final ScopingService scoping;

  public ScopingDelegate(ScopingService scoping) {
    this.scoping = scoping;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<Integer, Boolean> applies = new HashMap<>();
    Map<Integer, String> justifications = new HashMap<>();
    for (ProgrammeStep step : ProgrammeStep.optionalSteps()) {
      Object raw = applyStep(step.number()).from(execution).get();
      applies.put(step.number(), raw == null || VariableValues.isTrue(raw));
      justifications.put(step.number(), VariableValues.text(justificationStep(step.number()).from(execution).get()));
    }
    List<ScopedStep> scope = scoping.decide(applies, justifications);

    List<Map<String, Object>> scopeRecords = new ArrayList<>();
    List<Map<String, Object>> skipped = new ArrayList<>();
    StringBuilder summary = new StringBuilder();
    for (ScopedStep step : scope) {
      execution.setVariable(applyStep(step.step()).name(), step.applies());
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("step", step.step());
      record.put("title", step.title());
      record.put("applies", step.applies());
      record.put("justification", step.justification());
      scopeRecords.add(record);
      if (!step.applies()) {
        skipped.add(record);
        summary.append("Step ").append(step.step()).append(" (").append(step.title()).append("): ")
            .append(step.justification()).append('\n');
      }
    }
    execution.setVariable(STEP_SCOPE.name(), VariableValues.javaObject(scopeRecords));
    execution.setVariable(SKIPPED_STEPS.name(), VariableValues.javaObject(skipped));
    execution.setVariable(SKIPPED_STEPS_SUMMARY.name(),
        skipped.isEmpty() ? "Every step applies." : summary.toString().trim());
  }
}
