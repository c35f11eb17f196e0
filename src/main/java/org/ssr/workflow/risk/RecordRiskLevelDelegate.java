package org.ssr.workflow.risk;

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
    RiskHandlingProcess.RiskRating rating = Variables.RISK_RATING.from(execution).required();
    RiskLevel level = RiskLevel.fromId(rating.level());
    RiskLevel previous = Variables.RISK_LEVEL.from(execution).get();
    RiskState.setLevel(execution, level, properties);
    Variables.RISK_OWNER.on(execution).set(rating.actingGroup());
    String by = RiskState.actingUser(execution.getProcessEngineServices(), null);
    RiskState.appendLog(execution, ladder.rated(previous, level,
        Variables.RISK_LIKELIHOOD.from(execution).get(),
        Variables.RISK_IMPACT.from(execution).get(),
        Variables.RISK_CATEGORY.from(execution).get(), by, RiskState.now()));
  }
}
