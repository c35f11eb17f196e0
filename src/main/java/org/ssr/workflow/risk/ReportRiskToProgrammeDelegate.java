package org.ssr.workflow.risk;

import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.ProgrammeNotRunningException.Reason;
import org.ssr.workflow.risk.RiskReportProcess.Variables;

/**
 * ServiceTask_ReportRiskToProgramme: correlates RiskReported (ShortTermThreatReported for short-term threats) to
 * the programme. The risk's variables go to the triggered scope (the event subprocess), so two risks reported
 * one after the other never overwrite each other in the programme's own scope.
 */
@Component("reportRiskToProgrammeDelegate")
public class ReportRiskToProgrammeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String code = RiskVariables.string(execution, Variables.PROGRAMME_CODE);
    String category = RiskVariables.string(execution, Variables.RISK_CATEGORY);
    RiskCategory known = RiskCategory.fromId(category)
        .orElseThrow(() -> new RiskInputRejectedException("Unknown risk category '" + category + "'. Use one of "
            + RiskCategory.ids() + "."));
    String riskId = RiskVariables.orDefault(execution, Variables.RISK_ID, RiskIds.next(RiskVariables.now()));
    execution.setVariable(Variables.RISK_ID, riskId);
    VariableMap payload = org.camunda.bpm.engine.variable.Variables.fromMap(Map.of(
        Variables.RISK_ID, riskId,
        Variables.RISK_TITLE, RiskVariables.orDefault(execution, Variables.RISK_TITLE, ""),
        Variables.RISK_DESCRIPTION, RiskVariables.orDefault(execution, Variables.RISK_DESCRIPTION, ""),
        Variables.RISK_CATEGORY, known.id(),
        Variables.RISK_REPORTED_BY, RiskVariables.orDefault(execution, Variables.RISK_REPORTED_BY, "unknown")));
    try {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(known.messageName())
          .processInstanceId(RiskVariables.string(execution, Variables.PROGRAMME_INSTANCE_ID))
          .setVariablesToTriggeredScope(payload)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ProgrammeNotRunningException(code, Reason.NOT_ACCEPTING,
          "Programme " + code + " takes no " + known.label().toLowerCase() + " reports at the moment ("
              + known.messageName() + " not expected). Please tell the programme managers.");
    }
  }
}
