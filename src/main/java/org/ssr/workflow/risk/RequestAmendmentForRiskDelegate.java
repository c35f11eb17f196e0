package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.ProgrammeChanges;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * IntermediateThrowEvent_AmendmentRequested: the urgent review of a critical risk decided to re-plan. Sends
 * AmendmentRequested to the programme's implementation with the risk and the decision's reasons, on behalf of the
 * programme managers; the implementation records the opening in the decision record.
 */
@Component("requestAmendmentForRiskDelegate")
public class RequestAmendmentForRiskDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String reason = "Critical risk " + Variables.RISK_ID.from(execution).get() + " ("
        + Variables.RISK_TITLE.from(execution).get() + "): " + Variables.RISK_DECISION_REASON.from(execution).orElse("");
    String by = RiskState.actingUser(execution.getProcessEngineServices(), null);
    ProgrammeChanges.request(execution.getProcessEngineServices().getRuntimeService(),
        RiskHandlingProcess.MESSAGE_AMENDMENT_REQUESTED, implementationOf(execution), reason, by,
        RiskLadder.PROGRAMME_MANAGERS);
  }

  /**
   * The implementation of the risk's programme, which takes amendments; refused (the task stays open) when the
   * programme is not in implementation, so the programme managers choose another decision.
   */
  static String implementationOf(VariableScope scope) {
    String code = Variables.PROGRAMME_CODE.from(scope).get();
    org.camunda.bpm.engine.ProcessEngineServices engine = scope instanceof DelegateTask task
        ? task.getProcessEngineServices() : ((DelegateExecution) scope).getProcessEngineServices();
    return ProgrammeChanges.takerOf(engine.getRuntimeService(), RiskHandlingProcess.MESSAGE_AMENDMENT_REQUESTED,
        code == null ? "" : code).orElseThrow(() -> {
          String language = RiskInputRejectedException.languageOf(scope);
          return RiskInputRejectedException.in(language, "notInImplementation",
              RiskInputRejectedException.field(language, Variables.RISK_URGENT_DECISION.name()), String.valueOf(code));
        });
  }
}
