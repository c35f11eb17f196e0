package org.ssr.workflow.finance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** ServiceTask_PrepareFinancialPlanTemplate: the template (step-9 actions, pledges) as File variable for the upload form. */
@Component("prepareFinancialPlanTemplateDelegate")
public class PrepareFinancialPlanTemplateDelegate implements JavaDelegate {

  private final FinancialPlanService service;

  public PrepareFinancialPlanTemplateDelegate(FinancialPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanContext context = ProcessPlanContext.of(execution);
    byte[] template = service.template(context);
    FinancialPlanProcess.Variables.TEMPLATE.on(execution).set(
        Variables.fileValue(FinancialPlanService.templateFileName(context.programmeCode()))
            .file(template).mimeType(Workbooks.XLSX).create());
  }
}
