package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.springframework.stereotype.Component;

/** The step-9 actions become baseline version 1; the first reporting year is scheduled. */
@Component(ImplementationProcess.Beans.START_IMPLEMENTATION)
public class StartImplementationDelegate implements JavaDelegate {

  public static final String IN_IMPLEMENTATION = "IN_IMPLEMENTATION";

  private final ImplementationService service;
  private final ImplementationProperties properties;

  public StartImplementationDelegate(ImplementationService service, ImplementationProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ImplementationData.now();
    List<TransformationAction> actions = TransformationStrategyService.stored(TRANSFORMATION_ACTIONS.from(execution).get());
    BASELINE_ACTIONS.on(execution).set(actions.stream().map(TransformationAction::toMap).toList());
    BASELINE_VERSION.on(execution).set(1);
    BASELINE_HISTORY.on(execution).set(List.of(service.baseline(1, now,
        "Transformation strategy (step 9) and the approved financial feasibility plan", actions)));
    IMPLEMENTATION_STATUS.on(execution).set(IN_IMPLEMENTATION);
    CYCLE_YEAR.on(execution).set(0);
    NEXT_CYCLE_DATE.on(execution).set(Date.from(ImplementationService.plus(now, properties.firstReportAfter())));
    IMPLEMENTATION_REPORTS.on(execution).set(List.of());
    IMPLEMENTATION_CHASE_LOG.on(execution).set(List.of());
    IMPLEMENTATION_REVIEW_GROUPS.on(execution).set(properties.reviewGroups());
    ANNUAL_REPORT_VERSION.on(execution).set(0);
    FINAL_EVALUATION_VERSION.on(execution).set(0);
  }
}
