package org.ssr.workflow.risk;

import static org.ssr.workflow.risk.RiskHandlingProcess.Variables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Where a risk stands (level, status, owner, log), written the same way by every delegate and listener of
 * risk-handling through the typed variables of {@link RiskHandlingProcess.Variables}.
 */
final class RiskState {

  private RiskState() {}

  /** Engine time, so that tests moving the engine clock see consistent log entries. */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static void appendLog(VariableScope scope, RiskEvent event) {
    List<RiskEvent> log = new ArrayList<>(RISK_LOG.from(scope).orElse(List.of()));
    log.add(event);
    RISK_LOG.on(scope).set(log);
  }

  static void setPosition(VariableScope scope, RiskStatus status, String owner) {
    RISK_STATUS.on(scope).set(status.name());
    RISK_OWNER.on(scope).set(owner);
  }

  /** Sets the new level, status and owner; a critical risk also gets its chase cycle. */
  static void setLevel(VariableScope scope, RiskLevel level, RiskProperties defaults) {
    RISK_LEVEL.on(scope).set(level);
    setPosition(scope, RiskStatus.actingOn(level), level.actingGroup());
    if (level == RiskLevel.CRITICAL) {
      String deadline = CRITICAL_DEADLINE.from(scope).orElse(defaults.criticalDeadline());
      String interval = CHASE_INTERVAL.from(scope).orElse(defaults.chaseInterval());
      CHASE_CYCLE.on(scope).set(Iso8601.cycleStartingAt(Iso8601.plus(now(), deadline), interval));
    }
  }

  /** The user acting now: the authenticated user, else the task's assignee. */
  static String actingUser(ProcessEngineServices services, String assignee) {
    var authentication = services.getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return assignee == null ? "unknown" : assignee;
  }
}
