package org.ssr.workflow.finance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PrepareBudgetExecutionTemplate: the year's template (lines of the approved plan) as the File variable
 * budgetExecutionTemplate the upload form offers. The year is the element's input parameter budgetExecutionYear.
 */
@Component(BudgetExecutionProcess.BEAN_PREPARE_TEMPLATE)
public class PrepareBudgetExecutionTemplateDelegate implements JavaDelegate {

  private final BudgetExecutionService service;

  public PrepareBudgetExecutionTemplateDelegate(BudgetExecutionService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExecutionContext context = ImportBudgetExecutionDelegate.context(service, execution);
    BudgetExecutionProcess.Variables.TEMPLATE.on(execution.getProcessInstance()).set(
        Variables.fileValue(BudgetExecutionService.templateFileName(context.programmeCode(), context.year()))
            .file(service.template(context)).mimeType(Workbooks.XLSX).create());
  }
}
