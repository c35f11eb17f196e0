package org.ssr.workflow.finance;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_ImportFinancialPlan: validates the uploaded file and stores it as a new plan version. A refused upload
 * is a business outcome: variable financialPlanErrors + BpmnError FINANCIAL_PLAN_INVALID (back to the upload task);
 * a good upload removes financialPlanErrors.
 * Database or I/O failures are thrown and become incidents.
 */
@Component("importFinancialPlanDelegate")
public class ImportFinancialPlanDelegate implements JavaDelegate {

  private final FinancialPlanService service;

  public ImportFinancialPlanDelegate(FinancialPlanService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanContext context = ProcessPlanContext.of(execution);
    UploadedWorkbook upload = UploadedWorkbook.of(execution, FinancialPlanProcess.Variables.FILE,
        FinancialPlanProcess.TASK_UPLOAD);
    PlanUpload result = service.upload(context, upload.fileName(), upload.bytes(), upload.uploader(),
        FinanceLanguages.uploader(FinancialPlanProcess.Variables.UPLOADER_LANGUAGE.from(execution).get(),
            context.language()));
    if (result instanceof PlanUpload.Refused refused) {
      FinancialPlanProcess.Variables.ERRORS.on(execution).set(refused.messages());
      throw new BpmnError(FinancialPlanProcess.ERROR_INVALID,
          "The financial plan was refused: " + refused.errors().size() + " problem(s), first: "
              + refused.errors().get(0).message());
    }
    PlanUpload.Accepted accepted = (PlanUpload.Accepted) result;
    // the problems of an earlier refused upload are gone with a good one
    FinancialPlanProcess.Variables.ERRORS.on(execution).remove();
    FinancialPlanProcess.Variables.VERSION.on(execution).set(accepted.version());
    FinancialPlanProcess.Variables.TOTALS.on(execution).set(accepted.totals());
    byte[] summary = service.summary(context, accepted.version()).orElseThrow();
    FinancialPlanProcess.Variables.SUMMARY.on(execution).set(
        Variables.fileValue(FinancialPlanService.summaryFileName(context.programmeCode(), accepted.version()))
            .file(summary).mimeType(Workbooks.XLSX).create());
  }
}
