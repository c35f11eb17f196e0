package org.ssr.workflow.monitoring;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;
import org.ssr.workflow.engine.AsApplication;

/**
 * The monitoring use cases for the current user (the engine's current authentication, set by the /api filter):
 * only programmes the user may see ({@link ProgrammeAccess}), each with its status read from the engine.
 */
@Service
public class ProgrammeMonitor {

  private final IdentityService identity;
  private final ProgrammeAccess access;
  private final ProgrammeStatusService status;

  public ProgrammeMonitor(IdentityService identity, ProgrammeAccess access, ProgrammeStatusService status) {
    this.identity = identity;
    this.access = access;
    this.status = status;
  }

  /** The user's programmes, newest first; empty for a user who takes part in none. */
  public List<ProgrammeStatus> programmes() {
    Authentication user = identity.getCurrentAuthentication();
    return AsApplication.call(identity, () -> {
      ProgrammeAccess.View view = access.of(user);
      return status.programmes().stream().filter(view::sees).map(status::status).toList();
    });
  }

  /** The programme with this code, empty when it does not exist or the user takes no part in it. */
  public Optional<ProgrammeDetails> programme(String code) {
    Authentication user = identity.getCurrentAuthentication();
    return AsApplication.call(identity, () -> status.programme(code).filter(access.of(user)::sees).map(status::details));
  }

  /** The programme a Cockpit process-instance page shows (the programme itself, or a review or risk it called). */
  public Optional<ProgrammeDetails> programmeOfInstance(String processInstanceId) {
    Authentication user = identity.getCurrentAuthentication();
    return AsApplication.call(identity, () -> status.programmeOfInstance(processInstanceId).filter(access.of(user)::sees)
        .map(status::details));
  }

}
