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
 * Records the scope decided on the scoping form: every step's {@code applyStepN} flag for the gateways, and the steps
 * that do not apply with their justification ({@code skippedSteps}) for the summary and the monitoring. Runs
 * synchronously right after the form: a skipped step without justification throws, the completion of the form is
 * rolled back and the user sees which steps need one.
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
      // a step the form (or a REST client) left out applies
      applies.put(step.number(), applyStep(step.number()).from(execution).orElse(true));
      justifications.put(step.number(), justificationStep(step.number()).from(execution).get());
    }
    List<ScopedStep> scope = scoping.decide(applies, justifications, ProgrammeLanguage.of(execution));

    List<Map<String, Object>> skipped = new ArrayList<>();
    for (ScopedStep step : scope) {
      applyStep(step.step()).on(execution).set(step.applies());
      if (!step.applies()) {
        skipped.add(record(step));
      }
    }
    SKIPPED_STEPS.on(execution).set(skipped);
  }

  static Map<String, Object> record(ScopedStep step) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("step", step.step());
    record.put("title", step.title());
    record.put("applies", step.applies());
    record.put("justification", step.justification());
    return record;
  }
}
