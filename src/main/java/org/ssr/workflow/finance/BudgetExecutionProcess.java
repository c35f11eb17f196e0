package org.ssr.workflow.finance;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * The budget execution step of programme-implementation.bpmn as the finance beans see it: element ids, beans, form,
 * error code and variables. The model passes the reporting year in as the input parameter {@code budgetExecutionYear}
 * of each of these elements (finance does not know the implementation's catalogue); the execution rates go back
 * through {@link ProgrammeProcess.Variables#BUDGET_EXECUTION_RATES}.
 */
public final class BudgetExecutionProcess {

  public static final String TASK_PREPARE_TEMPLATE = "ServiceTask_PrepareBudgetExecutionTemplate";
  public static final String UPLOAD_MERGE = "Gateway_BudgetExecutionUploadMerge";
  public static final String TASK_UPLOAD = "UserTask_UploadBudgetExecution";
  public static final String TASK_IMPORT = "ServiceTask_ImportBudgetExecution";
  public static final String BOUNDARY_INVALID = "Boundary_BudgetExecutionInvalid";

  /** BpmnError thrown by importBudgetExecutionDelegate when the upload is refused; back to the upload task. */
  public static final String ERROR_INVALID = "BUDGET_EXECUTION_INVALID";

  public static final String BEAN_PREPARE_TEMPLATE = "prepareBudgetExecutionTemplateDelegate";
  public static final String BEAN_IMPORT = "importBudgetExecutionDelegate";

  public static final String FORM_UPLOAD = "embedded:deployment:budget-execution-upload.html";

  /** The variables of the budget execution step. */
  public static final class Variables {
    /** Input parameter of the step's elements: the reporting year the workbook is about (the model's reportingYear). */
    public static final Variable<Integer> YEAR = Variable.integer("budgetExecutionYear");
    /** File (.xlsx): the template of the year, made from the approved plan; offered by the upload form. */
    public static final Variable<FileValue> TEMPLATE = Variable.file("budgetExecutionTemplate");
    /** File: what the coordination unit uploaded. */
    public static final Variable<FileValue> FILE = Variable.file("budgetExecutionFile");
    /** Json array of strings: the problems of the last refused upload; removed by a good one. */
    public static final Variable<List<String>> ERRORS = Variable.strings("budgetExecutionErrors").storedAsSpinJson();
    /**
     * The language Tasklist showed the uploader (a language tag), submitted by the upload form with the file: the
     * problems of a refused upload are written in it (missing: the programme's language).
     */
    public static final Variable<String> UPLOADER_LANGUAGE = Variable.text("budgetExecutionUploaderLanguage");
    /** The version (per programme and year) stored by the last good upload. */
    public static final Variable<Integer> VERSION = Variable.integer("budgetExecutionVersion");
    /** File (.xlsx): the variance workbook of that version (planned vs committed vs spent), for the annual report. */
    public static final Variable<FileValue> VARIANCE = Variable.file("budgetExecutionVariance");
    /** Execution rate per institution and in total (Json), shared with implementation through the programme. */
    public static final Variable<List<Map<String, Object>>> RATES = ProgrammeProcess.Variables.BUDGET_EXECUTION_RATES;

    private Variables() {}
  }

  private BudgetExecutionProcess() {}
}
