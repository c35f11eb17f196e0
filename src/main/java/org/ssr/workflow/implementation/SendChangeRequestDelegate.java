package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ChangeRequestProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.ProgrammeChanges;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * The two message throw events of the request: AmendmentRequested to the programme's implementation, or
 * OversightCharterAmendmentRequested to the programme, with the reason, the requester and on whose behalf.
 */
@Component(ChangeRequestProcess.Beans.SEND)
public class SendChangeRequestDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String message = ChangeRequestProcess.Kinds.STRATEGY.equals(CHANGE_KIND.from(execution).get())
        ? ImplementationProcess.MESSAGE_AMENDMENT_REQUESTED
        : ProgrammeProcess.Messages.OVERSIGHT_CHARTER_AMENDMENT_REQUESTED;
    ProgrammeChanges.request(execution.getProcessEngineServices().getRuntimeService(), message,
        CHANGE_TARGET_INSTANCE.from(execution).required(), CHANGE_REASON.from(execution).required(),
        CHANGE_REQUESTED_BY.from(execution).required(), CHANGE_REQUESTING_PARTY.from(execution).required());
  }
}
