package org.ssr.workflow.finance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Optional execution listener for the programme model, after the oversight review of the plan: when reviewOutcome
 * is "approved" it marks financialPlanVersion as the version approved by oversight.
 */
@Component("financialPlanApprovedListener")
public class FinancialPlanApprovedListener implements ExecutionListener {

  private final FinancialPlanService service;

  public FinancialPlanApprovedListener(FinancialPlanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Integer version = FinancialPlanProcess.Variables.VERSION.from(execution).get();
    if ("approved".equals(FinancialPlanProcess.Variables.REVIEW_OUTCOME.from(execution).get()) && version != null) {
      service.approve(ProcessPlanContext.programmeCode(execution), version, "oversight review");
    }
  }
}
