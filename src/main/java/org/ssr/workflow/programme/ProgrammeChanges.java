package org.ssr.workflow.programme;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The one way a change is asked of a running programme (docs/implementation.md, <em>Amendments</em>): an amendment of
 * the strategy ({@link ProgrammeProcess.Messages#AMENDMENT_REQUESTED}, taken by the programme's implementation) or of
 * the oversight charter ({@link ProgrammeProcess.Messages#OVERSIGHT_CHARTER_AMENDMENT_REQUESTED}, taken by the
 * programme). The request process, a critical-risk decision and the annual report all send it through here, with the
 * same three variables, to the instance that waits for it; neither sender needs to know the other's model.
 */
public final class ProgrammeChanges {

  private ProgrammeChanges() {}

  /** The process instance of the programme with this code that takes the message now, if any. */
  public static Optional<String> takerOf(RuntimeService runtime, String message, String programmeCode) {
    return runtime.createExecutionQuery()
        .processInstanceBusinessKey(programmeCode)
        .messageEventSubscriptionName(message)
        .listPage(0, 1).stream().findFirst().map(Execution::getProcessInstanceId);
  }

  /** Sends the request to that instance; its variables go to the subprocess it starts (never the programme's scope). */
  public static void request(RuntimeService runtime, String message, String processInstanceId, String reason,
      String requestedBy, String party) {
    VariableMap payload = Variables.createVariables();
    ProgrammeProcess.Variables.CHANGE_REASON.putIn(payload, reason);
    ProgrammeProcess.Variables.CHANGE_REQUESTED_BY.putIn(payload, requestedBy);
    ProgrammeProcess.Variables.CHANGE_REQUESTING_PARTY.putIn(payload, party);
    runtime.createMessageCorrelation(message)
        .processInstanceId(processInstanceId)
        .setVariablesToTriggeredScope(payload)
        .correlateWithResult();
  }

  /** The request's variables as the subprocess received them. */
  public record Request(String reason, String requestedBy, String party) {
    public static Request of(org.camunda.bpm.engine.delegate.VariableScope scope) {
      return new Request(ProgrammeProcess.Variables.CHANGE_REASON.from(scope).orElse(""),
          ProgrammeProcess.Variables.CHANGE_REQUESTED_BY.from(scope).orElse("unknown"),
          ProgrammeProcess.Variables.CHANGE_REQUESTING_PARTY.from(scope).orElse("unknown"));
    }
  }
}
