package org.ssr.workflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionMade;

/**
 * ServiceTask_OpenOversightCharterAmendment: the oversight charter is opened again after step 11. Who asked, on whose
 * behalf and why go to the programme's decision record ({@value #KIND}); the charter version the coordination unit
 * then records is kept in {@code oversightCharters}.
 */
@Component(ProgrammeProcess.Beans.OPEN_OVERSIGHT_CHARTER_AMENDMENT)
public class OpenOversightCharterAmendmentDelegate implements JavaDelegate {

  public static final String KIND = "OVERSIGHT_CHARTER";
  static final String OPENED = "amendment opened";

  private final ApplicationEventPublisher events;

  public OpenOversightCharterAmendmentDelegate(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProgrammeChanges.Request request = ProgrammeChanges.Request.of(execution);
    Object inForce = OversightCharter.current(ProgrammeProcess.Variables.OVERSIGHT_CHARTERS.from(execution).get())
        .map(charter -> charter.get(OversightCharter.VERSION)).orElse("none");
    events.publishEvent(new DecisionMade(ProgrammeProcess.Variables.PROGRAMME_CODE.from(execution).required(),
        execution.getProcessInstanceId(), KIND, "Oversight charter (in force: version " + inForce + ")",
        request.party(), request.requestedBy(), OPENED, request.reason(), ClockUtil.getCurrentTime().toInstant()));
  }
}
