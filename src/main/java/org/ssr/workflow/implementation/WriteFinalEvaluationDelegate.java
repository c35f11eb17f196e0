package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Writes the final evaluation (workbook) the oversight bodies review before the programme closes. */
@Component(ImplementationProcess.Beans.WRITE_FINAL_EVALUATION)
public class WriteFinalEvaluationDelegate implements JavaDelegate {

  private final ImplementationWorkbooks workbooks;

  public WriteFinalEvaluationDelegate(ImplementationWorkbooks workbooks) {
    this.workbooks = workbooks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int version = FINAL_EVALUATION_VERSION.from(execution).orElse(0) + 1;
    ImplementationWorkbooks.Programme programme = ImplementationData.programme(execution);
    byte[] workbook = workbooks.finalEvaluation(programme, EVALUATION_CHANGES.from(execution).get(),
        EVALUATION_LESSONS.from(execution).get(), EVALUATION_REMAINING.from(execution).get(),
        BASELINE_HISTORY.from(execution).get(), ImplementationData.baseline(execution),
        ImplementationData.reports(execution), ImplementationData.language(execution));
    FINAL_EVALUATION.on(execution).set(Variables.fileValue("final-evaluation-" + programme.code() + "-v" + version
        + ".xlsx").file(workbook).mimeType(ImplementationWorkbooks.CONTENT_TYPE).create());
    FINAL_EVALUATION_VERSION.on(execution).set(version);
  }
}
