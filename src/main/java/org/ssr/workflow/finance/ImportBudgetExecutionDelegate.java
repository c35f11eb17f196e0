package org.ssr.workflow.finance;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_ImportBudgetExecution: checks the uploaded workbook against the approved plan and stores it as the
 * next version of the year. Refused: budgetExecutionErrors + BpmnError BUDGET_EXECUTION_INVALID (back to the upload
 * task; nothing stored but the attempt). Accepted: budgetExecutionVersion, budgetExecutionVariance (File) and
 * budgetExecutionRates; budgetExecutionErrors removed. Database or I/O failures become incidents.
 */
@Component(BudgetExecutionProcess.BEAN_IMPORT)
public class ImportBudgetExecutionDelegate implements JavaDelegate {

  private final BudgetExecutionService service;

  public ImportBudgetExecutionDelegate(BudgetExecutionService service) {
    this.service = service;
  }

  /** The context of the element's year (input parameter budgetExecutionYear) and the programme's plan. */
  static ExecutionContext context(BudgetExecutionService service, DelegateExecution execution) {
    Integer year = BudgetExecutionProcess.Variables.YEAR.from(execution).get();
    if (year == null) {
      throw new IllegalStateException(execution.getCurrentActivityId()
          + " needs the input parameter budgetExecutionYear (the reporting year)");
    }
    PlanContext programme = ProcessPlanContext.of(execution);
    return service.context(programme, year);
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExecutionContext context = context(service, execution);
    DelegateExecution instance = execution.getProcessInstance();
    UploadedWorkbook upload = UploadedWorkbook.of(execution, BudgetExecutionProcess.Variables.FILE,
        BudgetExecutionProcess.TASK_UPLOAD);
    ExecutionUpload result = service.upload(context, upload.fileName(), upload.bytes(), upload.uploader(),
        FinanceLanguages.uploader(BudgetExecutionProcess.Variables.UPLOADER_LANGUAGE.from(execution).get(),
            context.language()));
    if (result instanceof ExecutionUpload.Refused refused) {
      BudgetExecutionProcess.Variables.ERRORS.on(instance).set(refused.messages());
      throw new BpmnError(BudgetExecutionProcess.ERROR_INVALID, "The budget execution was refused: "
          + refused.errors().size() + " problem(s), first: " + refused.errors().get(0).message());
    }
    ExecutionUpload.Accepted accepted = (ExecutionUpload.Accepted) result;
    BudgetExecutionProcess.Variables.ERRORS.on(instance).remove();
    BudgetExecutionProcess.Variables.VERSION.on(instance).set(accepted.version());
    BudgetExecutionProcess.Variables.RATES.on(instance).set(accepted.variance().rates());
    byte[] variance = service.varianceWorkbook(context, accepted.version()).orElseThrow();
    BudgetExecutionProcess.Variables.VARIANCE.on(instance).set(Variables.fileValue(
        BudgetExecutionService.varianceFileName(context.programmeCode(), context.year(), accepted.version()))
        .file(variance).mimeType(Workbooks.XLSX).create());
  }
}
