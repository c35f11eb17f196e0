package org.ssr.workflow.finance;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.programme.ProgrammeInstances;

/**
 * Finds a programme (the ssr-programme instance whose business key is the code, running or finished) and turns its
 * variables into a {@link PlanContext}. Reads as the application: the caller's role was already checked by the
 * finance endpoint, and a donor or oversight body must see the plan of a programme whose instance it may not read.
 */
@Component
public class ProgrammeDirectory {

  private final ProgrammeInstances programmes;
  private final IdentityService identity;

  public ProgrammeDirectory(RuntimeService runtime, HistoryService history, IdentityService identity) {
    this.programmes = new ProgrammeInstances(runtime, history);
    this.identity = identity;
  }

  public Optional<PlanContext> find(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    return AsApplication.call(identity, () -> programmes.variables(code))
        .map(vars -> ProgrammeVariables.toContext(code.trim(), vars));
  }

}
