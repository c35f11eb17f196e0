package org.ssr.workflow.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
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
    FileValue file = FinancialPlanProcess.Variables.FILE.from(execution).get();
    String fileName = file == null ? null : file.getFilename();
    byte[] bytes = file == null ? null : read(file);
    PlanUpload result = service.upload(context, fileName, bytes, uploader(execution), FinanceLanguages.uploader(
        FinancialPlanProcess.Variables.UPLOADER_LANGUAGE.from(execution).get(), context.language()));
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

  private static byte[] read(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The assignee of the latest upload task (Tasklist claims before completing). Read from history rather than the
   * current authentication so it also works when the service task runs as a job.
   */
  static String uploader(DelegateExecution execution) {
    List<HistoricTaskInstance> tasks = execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(FinancialPlanProcess.TASK_UPLOAD)
        .orderByHistoricActivityInstanceStartTime().desc()
        .listPage(0, 1);
    if (!tasks.isEmpty() && tasks.get(0).getAssignee() != null) {
      return tasks.get(0).getAssignee();
    }
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : "unknown";
  }
}
