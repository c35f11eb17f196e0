package org.ssr.workflow.risk;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;
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
    setDefault(execution, Variables.RISK_ID, RiskIds.next(RiskState.now()));
    String reporter = Variables.RISK_REPORTED_BY.from(execution).orElse("unknown");
    Variables.RISK_REPORTED_BY.on(execution).set(reporter);
    // the programme passes only the report in (CallActivity_HandleRisk), so the log starts here
    Variables.RISK_LOG.on(execution).set(List.of(ladder.reported(reporter, RiskState.now())));
    RiskState.setPosition(execution, RiskStatus.REPORTED, RiskLadder.COORDINATION_UNIT);
  }

  private static void setDefault(DelegateExecution execution, Variable<String> variable, String value) {
    if (!variable.from(execution).isPresent()) {
      variable.on(execution).set(value);
    }
  }
}
