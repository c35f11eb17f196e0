package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.programme.ProgrammeChanges;

/**
 * ServiceTask_OpenAmendment, first step of every amendment: records who opened it, on whose behalf and why in the
 * programme's decision record ({@value ImplementationProcess#DECISION_KIND_AMENDMENT}, outcome {@code opened}, or
 * {@code joined} when another amendment is already under way and takes the request), and starts the amendment form
 * with the reason given.
 */
@Component(ImplementationProcess.Beans.OPEN_AMENDMENT)
public class OpenAmendmentDelegate implements JavaDelegate {

  static final String OPENED = "opened";
  static final String JOINED = "joined the amendment under way";

  private final ApplicationEventPublisher events;

  public OpenAmendmentDelegate(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProgrammeChanges.Request request = ProgrammeChanges.Request.of(execution);
    boolean underWay = Amendments.underWay(execution.getProcessEngineServices(), execution.getProcessInstanceId());
    AMENDMENT_ALREADY_UNDER_WAY.on(execution).setLocal(underWay);
    if (!underWay) {
      // the amendment form opens with the reason; what the coordination unit writes there stays in this amendment
      AMENDMENT_REASON.on(execution).setLocal(request.reason());
    }
    int next = BASELINE_VERSION.from(execution).orElse(1) + 1;
    events.publishEvent(new DecisionMade(PROGRAMME_CODE.from(execution).required(), execution.getProcessInstanceId(),
        ImplementationProcess.DECISION_KIND_AMENDMENT,
        "Amendment of the transformation strategy (baseline " + next + ")", request.party(), request.requestedBy(),
        underWay ? JOINED : OPENED, request.reason(), ImplementationData.now()));
  }
}
