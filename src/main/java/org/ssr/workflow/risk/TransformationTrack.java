package org.ssr.workflow.risk;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * Holds and resumes the programme's transformation track (steps 4-10) as docs/risk.md describes:
 * the ssr-programme variable transformationOnHold and the messages TransformationTrackHeld (its event subprocess
 * suspends the track's open work) and TransformationTrackResumed. The track resumes only when no other critical risk
 * of the same programme still holds it.
 */
final class TransformationTrack {

  /** The programme's own flag (the gateways before steps 7-10 read it). */
  private static final Variable<Boolean> ON_HOLD = ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD;

  private final RuntimeService runtime;
  private final ProgrammeDirectory programmes;

  TransformationTrack(ProcessEngineServices engine) {
    this.runtime = engine.getRuntimeService();
    this.programmes = ProgrammeDirectory.of(engine);
  }

  /** @return the programme instance that was put on hold, empty when the risk runs without a programme */
  Optional<String> hold(String riskInstanceId, String programmeCode) {
    Optional<String> programme = programmeOf(riskInstanceId, programmeCode);
    programme.ifPresent(id -> {
      boolean alreadyHeld = Boolean.TRUE.equals(
          ON_HOLD.read(runtime.getVariable(id, ON_HOLD.name())));
      runtime.setVariable(id, ON_HOLD.name(), ON_HOLD.stored(true));
      if (!alreadyHeld) {
        // the programme's event subprocess suspends the track's open work; correlateAll: a programme started on a
        // model version without it still holds at the gateways before steps 7-10
        runtime.createMessageCorrelation(RiskHandlingProcess.MESSAGE_TRANSFORMATION_TRACK_HELD)
            .processInstanceId(id)
            .correlateAll();
      }
    });
    return programme;
  }

  /** @return true when the track was released, false when another risk still holds it (or there is no programme) */
  boolean resume(String riskInstanceId, String programmeCode) {
    Optional<String> programme = programmeOf(riskInstanceId, programmeCode);
    if (programme.isEmpty() || otherRiskStillHolds(riskInstanceId, programmeCode)) {
      return false;
    }
    runtime.setVariable(programme.get(), ON_HOLD.name(), ON_HOLD.stored(false));
    // the programme may be between two steps and not waiting yet: correlateAll does not fail then
    runtime.createMessageCorrelation(RiskHandlingProcess.MESSAGE_TRANSFORMATION_TRACK_RESUMED)
        .processInstanceId(programme.get())
        .correlateAll();
    return true;
  }

  private boolean otherRiskStillHolds(String riskInstanceId, String programmeCode) {
    if (programmeCode == null) {
      return false;
    }
    return runtime.createProcessInstanceQuery()
        .processDefinitionKey(RiskHandlingProcess.KEY)
        .variableValueEquals(Variables.PROGRAMME_CODE.name(), programmeCode)
        .variableValueEquals(Variables.RISK_STATUS.name(), RiskStatus.TRACK_ON_HOLD.name())
        .list().stream()
        .anyMatch(instance -> !instance.getId().equals(riskInstanceId));
  }

  /** The calling programme instance, or (risk started on its own) the running programme with that code. */
  private Optional<String> programmeOf(String riskInstanceId, String programmeCode) {
    ProcessInstance caller = runtime.createProcessInstanceQuery().subProcessInstanceId(riskInstanceId).singleResult();
    if (caller != null) {
      return Optional.of(caller.getId());
    }
    return ProgrammeCode.parse(programmeCode).flatMap(programmes::running).map(ProcessInstance::getId);
  }
}
