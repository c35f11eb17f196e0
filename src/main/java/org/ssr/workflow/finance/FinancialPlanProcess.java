package org.ssr.workflow.finance;

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

  /** Variables. */
  public static final class Var {
    /** String: multi-instance element variable of UserTask_RecordDonorPledges (a donor name). */
    public static final String DONOR = "donor";
    /** Json array submitted by the donor-pledges form: {amount, year, action, institution, conditions, agenda}. */
    public static final String PLEDGES = "pledges";
    /**
     * Json array of {label, value}, task-local on UserTask_RecordDonorPledges: the strategy's actions the form's
     * "Action" select offers (its valuesKey; named unlike any field key, so Tasklist never types a submitted value
     * by it).
     */
    public static final String ACTION_OPTIONS = "pledgeActionOptions";
    /** Json array of {label, value}, task-local: the programme's institutions the form's "Institution" select offers. */
    public static final String INSTITUTION_OPTIONS = "pledgeInstitutionOptions";
    /** File (.xlsx): the template offered by the upload form. */
    public static final String TEMPLATE = "financialPlanTemplate";
    /** File: what the coordinator uploaded. */
    public static final String FILE = "financialPlanFile";
    /** Json array of strings: the problems of the last refused upload (empty after a good one). */
    public static final String ERRORS = "financialPlanErrors";
    /** Integer: the version stored by the last good upload. */
    public static final String VERSION = "financialPlanVersion";
    /** Json: totals of that version (see PlanTotals). */
    public static final String TOTALS = "financialPlanTotals";
    /** File (.xlsx): summary workbook of that version, the review document of the oversight review. */
    public static final String SUMMARY = "financialPlanSummary";
    /** String: the review outcome the approval listener reads ("approved" marks the version). */
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    private Var() {}
  }

  private FinancialPlanProcess() {}
}
