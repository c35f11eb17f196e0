package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.springframework.stereotype.Component;

/** Writes the proposed baseline beside the one in force: the document of the amendment's oversight review. */
@Component(ImplementationProcess.Beans.PROPOSE_AMENDMENT)
public class ProposeAmendmentDelegate implements JavaDelegate {

  private final ImplementationWorkbooks workbooks;

  public ProposeAmendmentDelegate(ImplementationWorkbooks workbooks) {
    this.workbooks = workbooks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int inForce = BASELINE_VERSION.from(execution).required();
    ImplementationWorkbooks.Programme programme = ImplementationData.programme(execution);
    byte[] workbook = workbooks.amendment(programme, inForce, ImplementationData.baseline(execution),
        TransformationStrategyService.stored(PROPOSED_ACTIONS.from(execution).get()),
        AMENDMENT_REASON.from(execution).get(), ImplementationData.language(execution));
    AMENDMENT_DOCUMENT.on(execution).set(Variables.fileValue("amendment-" + programme.code() + "-baseline-v"
        + (inForce + 1) + ".xlsx").file(workbook).mimeType(ImplementationWorkbooks.CONTENT_TYPE).create());
  }
}
