package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ssr.workflow.programme.TransformationAction;
import org.springframework.stereotype.Component;

/**
 * Completing the amendment form: the amended actions are checked as step 9 checks a strategy (a refusal keeps the
 * task open with the message) and kept as the proposed baseline until oversight decides.
 */
@Component(ImplementationProcess.Beans.RECORD_AMENDMENT)
public class RecordAmendmentListener implements TaskListener {

  private final ImplementationService service;

  public RecordAmendmentListener(ImplementationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    PROPOSED_ACTIONS.on(task.getExecution().getProcessInstance()).set(service.amendedActions(
            AMENDED_ACTIONS.from(task).get(), INSTITUTIONS.from(task).get(), AMENDMENT_REASON.from(task).get(),
            ImplementationInputRejectedException.languageOf(task))
        .stream().map(TransformationAction::toMap).toList());
  }
}
