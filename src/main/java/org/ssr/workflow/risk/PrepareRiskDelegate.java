package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * ServiceTask_PrepareRisk: passes the configured deadlines (ssr.risk.*) in as variables unless the caller set its
 * own, gives the risk an id if it has none, and opens its log.
 */
@Component("prepareRiskDelegate")
public class PrepareRiskDelegate implements JavaDelegate {

  private final RiskProperties properties;
  private final RiskLadder ladder;

  public PrepareRiskDelegate(RiskProperties properties, RiskLadder ladder) {
    this.properties = properties;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    setDefault(execution, Variables.REVIEW_PERIOD, properties.reviewPeriod());
    setDefault(execution, Variables.MITIGATION_DEADLINE, properties.mitigationDeadline());
    setDefault(execution, Variables.DECISION_DEADLINE, properties.decisionDeadline());
    setDefault(execution, Variables.CRITICAL_DEADLINE, properties.criticalDeadline());
    setDefault(execution, Variables.CHASE_INTERVAL, properties.chaseInterval());
    setDefault(execution, Variables.RISK_ID, RiskIds.next(RiskVariables.now()));
    String reporter = RiskVariables.orDefault(execution, Variables.RISK_REPORTED_BY, "unknown");
    execution.setVariable(Variables.RISK_REPORTED_BY, reporter);
    // a risk starts a fresh log even when the calling programme passed an older risk's variables in
    execution.setVariable(Variables.RISK_LOG, null);
    execution.removeVariable(Variables.RISK_LEVEL);
    execution.setVariable(Variables.RISK_CHASE_COUNT, 0);
    RiskVariables.appendLog(execution, ladder.reported(reporter, RiskVariables.now()));
    RiskVariables.setPosition(execution, RiskStatus.REPORTED, RiskLadder.COORDINATION_UNIT);
  }

  private static void setDefault(DelegateExecution execution, String name, String value) {
    Object current = execution.getVariable(name);
    if (current == null || current.toString().isBlank()) {
      execution.setVariable(name, value);
    }
  }
}
