package org.ssr.workflow.risk;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.ProgrammeNotRunningException.Reason;
import org.ssr.workflow.risk.RiskReportProcess.Variables;

/**
 * ServiceTask_ReportRiskToProgramme: correlates RiskReported to the programme, for every category (short-term
 * threats included: they are rated and escalated like any risk). The risk's variables go to the triggered scope
 * (the event subprocess), so two risks reported one after the other never overwrite each other in the programme's
 * own scope.
 */
@Component("reportRiskToProgrammeDelegate")
public class ReportRiskToProgrammeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    correlate(execution, RiskReportProcess.MESSAGE_RISK_REPORTED, "risk");
  }

  /**
   * Sends the report as {@code message}; the risk id is made once, so every message of one report carries it.
   * {@code what} names the report in a refusal: {@code risk} or {@code threat} (keys {@code refused.notAccepting.*}).
   */
  static void correlate(DelegateExecution execution, String message, String what) {
    String code = Variables.PROGRAMME_CODE.from(execution).get();
    String category = Variables.RISK_CATEGORY.from(execution).get();
    RiskCategory known = RiskCategory.fromId(category)
        .orElseThrow(() -> RiskInputRejectedException.of(execution, "category", String.valueOf(category),
            String.valueOf(RiskCategory.ids())));
    String riskId = Variables.RISK_ID.from(execution).orElse(RiskIds.next(RiskState.now()));
    Variables.RISK_ID.on(execution).set(riskId);
    VariableMap payload = org.camunda.bpm.engine.variable.Variables.createVariables();
    Variables.RISK_ID.putIn(payload, riskId);
    Variables.RISK_TITLE.putIn(payload, Variables.RISK_TITLE.from(execution).orElse(""));
    Variables.RISK_DESCRIPTION.putIn(payload, Variables.RISK_DESCRIPTION.from(execution).orElse(""));
    Variables.RISK_CATEGORY.putIn(payload, known.id());
    Variables.RISK_REPORTED_BY.putIn(payload, Variables.RISK_REPORTED_BY.from(execution).orElse("unknown"));
    try {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(message)
          .processInstanceId(Variables.PROGRAMME_INSTANCE_ID.from(execution).required())
          .setVariablesToTriggeredScope(payload)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw ProgrammeNotRunningException.of(execution, code, Reason.NOT_ACCEPTING, "notAccepting." + what, code,
          message);
    }
  }
}
