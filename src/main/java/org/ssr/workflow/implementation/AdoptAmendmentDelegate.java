package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.springframework.stereotype.Component;

/**
 * Oversight approved the amendment: the proposed actions become the baseline in force under the next version; the
 * previous baselines stay in {@code baselineHistory}, readable as they were.
 */
@Component(ImplementationProcess.Beans.ADOPT_AMENDMENT)
public class AdoptAmendmentDelegate implements JavaDelegate {

  private final ImplementationService service;

  public AdoptAmendmentDelegate(ImplementationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<TransformationAction> proposed = TransformationStrategyService.stored(PROPOSED_ACTIONS.from(execution).get());
    int version = BASELINE_VERSION.from(execution).required() + 1;
    ImplementationData.append(execution, BASELINE_HISTORY, List.of(service.baseline(version,
        ImplementationData.now(), AMENDMENT_REASON.from(execution).get(), proposed)));
    BASELINE_ACTIONS.on(execution).set(proposed.stream().map(TransformationAction::toMap).toList());
    BASELINE_VERSION.on(execution).set(version);
    PROPOSED_ACTIONS.on(execution).remove();
  }
}
