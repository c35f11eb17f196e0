package org.ssr.workflow.finance;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * Step 10 of ssr-programme as the finance beans see it: element ids, error code, variables (names and types). The
 * programme model references exactly these; tests use them instead of string literals.
 */
public final class FinancialPlanProcess {

  public static final String PROGRAMME_PROCESS_KEY = "ssr-programme";

  public static final String SUBPROCESS = "SubProcess_FinancialFeasibilityPlan";
  public static final String TASK_RECORD_DONOR_PLEDGES = "UserTask_RecordDonorPledges";
  public static final String TASK_PREPARE_TEMPLATE = "ServiceTask_PrepareFinancialPlanTemplate";
  public static final String TASK_UPLOAD = "UserTask_UploadFinancialPlan";
  public static final String TASK_IMPORT = "ServiceTask_ImportFinancialPlan";
  public static final String TASK_REVIEW_TOTALS = "UserTask_ReviewFinancialPlanTotals";

  /** BpmnError thrown by importFinancialPlanDelegate when the upload is refused; back to the upload task. */
  public static final String ERROR_INVALID = "FINANCIAL_PLAN_INVALID";

  public static final String FORM_DONOR_PLEDGES = "donor-pledges";
  public static final String FORM_TOTALS = "financial-plan-totals";
  public static final String FORM_UPLOAD = "embedded:deployment:financial-plan-upload.html";

  /**
   * The variables of step 10. The programme's own ones the finance beans read (code, name, term, institutions,
   * donors, actions, plan version, review outcome) are {@link ProgrammeProcess.Variables}, referenced, not repeated.
   */
  public static final class Variables {
    /** Multi-instance element variable of UserTask_RecordDonorPledges (a donor name). */
    public static final Variable<String> DONOR = Variable.text("donor");
    /**
     * Json array submitted by the donor-pledges form: {amount, year, action, institution, priorityIds, conditions,
     * agenda}.
     */
    public static final Variable<List<Map<String, Object>>> PLEDGES = Variable.records("pledges").storedAsSpinJson();
    /**
     * Json array of {label, value}, task-local on UserTask_RecordDonorPledges: the strategy's actions the form's
     * "Action" select offers (its valuesKey; named unlike any field key, so Tasklist never types a submitted value
     * by it).
     */
    public static final Variable<List<Map<String, Object>>> ACTION_OPTIONS =
        Variable.records("pledgeActionOptions").storedAsSpinJson();
    /** Json array of {label, value}, task-local: the programme's institutions the form's "Institution" select offers. */
    public static final Variable<List<Map<String, Object>>> INSTITUTION_OPTIONS =
        Variable.records("pledgeInstitutionOptions").storedAsSpinJson();
    /** Json array of {label, value}, task-local: the NSP's priorities the form's "Priorities" taglist offers. */
    public static final Variable<List<Map<String, Object>>> PRIORITY_OPTIONS =
        Variable.records("pledgePriorityOptions").storedAsSpinJson();
    /** File (.xlsx): the template offered by the upload form. */
    public static final Variable<FileValue> TEMPLATE = Variable.file("financialPlanTemplate");
    /** File: what the coordinator uploaded. */
    public static final Variable<FileValue> FILE = Variable.file("financialPlanFile");
    /** Json array of strings: the problems of the last refused upload; removed by a good one. */
    public static final Variable<List<String>> ERRORS = Variable.strings("financialPlanErrors").storedAsSpinJson();
    /**
     * The language Tasklist showed the uploader (a language tag, e.g. "fr"), submitted by the upload form with the
     * file: the problems of a refused upload are written in it (missing: the programme's language).
     */
    public static final Variable<String> UPLOADER_LANGUAGE = Variable.text("financialPlanUploaderLanguage");
    /** The version stored by the last good upload. */
    public static final Variable<Integer> VERSION = ProgrammeProcess.Variables.FINANCIAL_PLAN_VERSION;
    /** Json: totals of that version (see PlanTotals). */
    public static final Variable<PlanTotals> TOTALS =
        Variable.document("financialPlanTotals", PlanTotals.class).storedAsSpinJson();
    /** File (.xlsx): summary workbook of that version, the review document of the oversight review. */
    public static final Variable<FileValue> SUMMARY = Variable.file("financialPlanSummary");
    /** The review outcome the approval listener reads ("approved" marks the version). */
    public static final Variable<String> REVIEW_OUTCOME = ProgrammeProcess.Variables.REVIEW_OUTCOME;
    /** Optional: the programme's first and last year; otherwise the span of the actions' years is used. */
    public static final Variable<Integer> PROGRAMME_START_YEAR = Variable.integer("programmeStartYear");
    public static final Variable<Integer> PROGRAMME_END_YEAR = Variable.integer("programmeEndYear");

    private Variables() {}
  }

  private FinancialPlanProcess() {}
}
