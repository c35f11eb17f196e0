package org.ssr.workflow.risk;

import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/** Typed access to the risk-handling variables for delegates and listeners. */
final class RiskVariables {

  private RiskVariables() {}

  /** Engine time, so that tests moving the engine clock see consistent log entries. */
  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  static RiskLevel level(VariableScope scope) {
    String id = string(scope, Variables.RISK_LEVEL);
    return id == null ? null : RiskLevel.fromId(id);
  }

  /** The log as JSON text; the variable is a Spin Json value (a JSON string is accepted too). */
  static String log(VariableScope scope) {
    Object value = scope.getVariable(Variables.RISK_LOG);
    return value == null ? null : value.toString();
  }

  static void appendLog(VariableScope scope, RiskEvent event) {
    scope.setVariable(Variables.RISK_LOG, SpinValues.jsonValue(RiskLog.append(log(scope), event)).create());
  }

  static void setPosition(VariableScope scope, RiskStatus status, String owner) {
    scope.setVariable(Variables.RISK_STATUS, status.name());
    scope.setVariable(Variables.RISK_OWNER, owner);
  }

  /** Sets the new level, status and owner; a critical risk also gets its chase cycle. */
  static void setLevel(VariableScope scope, RiskLevel level, RiskProperties defaults) {
    scope.setVariable(Variables.RISK_LEVEL, level.id());
    setPosition(scope, RiskStatus.actingOn(level), level.actingGroup());
    if (level == RiskLevel.CRITICAL) {
      String deadline = orDefault(scope, Variables.CRITICAL_DEADLINE, defaults.criticalDeadline());
      String interval = orDefault(scope, Variables.CHASE_INTERVAL, defaults.chaseInterval());
      scope.setVariable(Variables.CHASE_CYCLE, Iso8601.cycleStartingAt(Iso8601.plus(now(), deadline), interval));
    }
  }

  static String orDefault(VariableScope scope, String name, String fallback) {
    String value = string(scope, name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** Numbers arrive as Long or Double from forms, or as text from other clients. */
  static Integer integer(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Number number) {
      return number.intValue();
    }
    if (value != null && !value.toString().isBlank()) {
      try {
        return new java.math.BigDecimal(value.toString().trim()).intValueExact();
      } catch (ArithmeticException | NumberFormatException notWhole) {
        throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", notWhole);
      }
    }
    return null;
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
