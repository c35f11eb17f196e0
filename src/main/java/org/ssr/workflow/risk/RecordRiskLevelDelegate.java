package org.ssr.workflow.risk;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/** ServiceTask_RecordRiskLevel: takes the level from the risk-rating result and records the change. */
@Component("recordRiskLevelDelegate")
public class RecordRiskLevelDelegate implements JavaDelegate {

  private final RiskProperties properties;
  private final RiskLadder ladder;

  public RecordRiskLevelDelegate(RiskProperties properties, RiskLadder ladder) {
    this.properties = properties;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> rating = (Map<String, Object>) execution.getVariable(Variables.RISK_RATING);
    RiskLevel level = RiskLevel.fromId((String) rating.get("level"));
    RiskLevel previous = RiskVariables.level(execution);
    RiskVariables.setLevel(execution, level, properties);
    execution.setVariable(Variables.RISK_OWNER, rating.get("actingGroup"));
    String by = RiskVariables.actingUser(execution.getProcessEngineServices(), null);
    RiskVariables.appendLog(execution, ladder.rated(previous, level,
        RiskVariables.integer(execution, Variables.RISK_LIKELIHOOD),
        RiskVariables.integer(execution, Variables.RISK_IMPACT),
        RiskVariables.string(execution, Variables.RISK_CATEGORY), by, RiskVariables.now()));
  }
}
