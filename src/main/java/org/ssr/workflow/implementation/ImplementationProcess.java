package org.ssr.workflow.implementation;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * The typed catalogue of {@code bpmn/programme-implementation.bpmn}: process key, element ids, bean and form names,
 * and the process variables with their types (docs/implementation.md). Code and tests use these constants.
 *
 * <p>Contract: ssr-programme calls it ({@code CallActivity_ProgrammeImplementation}) once the financial plan is
 * approved and all tracks are done, passing the programme's code, name, term, institutions, the step-9 actions and its
 * decision log in, and taking the decision log, the baselines and the closure back.
 */
public final class ImplementationProcess {

  public static final String KEY = "programme-implementation";
  public static final String RESOURCE = "bpmn/programme-implementation.bpmn";

  private ImplementationProcess() {}

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_ImplementationStarted";
    public static final String START_IMPLEMENTATION = "ServiceTask_StartImplementation";
    public static final String CYCLE_MERGE = "Gateway_CycleMerge";
    public static final String REPORTING_YEAR_DUE = "IntermediateCatchEvent_ReportingYearDue";
    public static final String OPEN_REPORTING_YEAR = "ServiceTask_OpenReportingYear";
    public static final String INSTITUTION_REPORTS = "SubProcess_InstitutionReports";
    public static final String REPORT_PROGRESS = "UserTask_ReportProgress";
    public static final String REPORT_DEADLINE_PASSED = "Boundary_ReportDeadlinePassed";
    public static final String REPORT_STILL_OVERDUE = "Boundary_ReportStillOverdue";
    public static final String CHASE_LATE_REPORT = "UserTask_ChaseLateReport";
    public static final String ESCALATE_LATE_REPORT = "UserTask_EscalateLateReport";
    public static final String INSTITUTION_REPORTED = "EndEvent_InstitutionReported";
    /**
     * The budget execution of the year: finance's beans (prepareBudgetExecutionTemplateDelegate,
     * importBudgetExecutionDelegate) and embedded form budget-execution-upload.html, given the reporting year as the
     * input parameter budgetExecutionYear (docs/spreadsheets.md).
     */
    public static final String PREPARE_BUDGET_EXECUTION_TEMPLATE = "ServiceTask_PrepareBudgetExecutionTemplate";
    public static final String BUDGET_EXECUTION_UPLOAD_MERGE = "Gateway_BudgetExecutionUploadMerge";
    public static final String UPLOAD_BUDGET_EXECUTION = "UserTask_UploadBudgetExecution";
    public static final String IMPORT_BUDGET_EXECUTION = "ServiceTask_ImportBudgetExecution";
    public static final String BUDGET_EXECUTION_INVALID = "Boundary_BudgetExecutionInvalid";
    public static final String CONSOLIDATE_MERGE = "Gateway_ConsolidateMerge";
    public static final String CONSOLIDATE_ANNUAL_REPORT = "UserTask_ConsolidateAnnualReport";
    public static final String WRITE_ANNUAL_REPORT = "ServiceTask_WriteAnnualReport";
    public static final String REVIEW_ANNUAL_REPORT = "CallActivity_ReviewAnnualReport";
    public static final String ANNUAL_REPORT_OUTCOME = "Gateway_AnnualReportReviewOutcome";
    public static final String NEXT_STEP = "Gateway_ImplementationNextStep";
    /** The annual report asks for an amendment: rejected by oversight, or "amend" chosen. */
    public static final String AMENDMENT_NEEDED = "Gateway_AmendmentNeeded";
    public static final String REQUEST_AMENDMENT = "IntermediateThrowEvent_AmendmentRequested";
    /** Every amendment runs here, whoever opened it (non-interrupting message event subprocess). */
    public static final String AMENDMENT = "SubProcess_Amendment";
    public static final String AMENDMENT_REQUESTED = "StartEvent_AmendmentRequested";
    public static final String OPEN_AMENDMENT = "ServiceTask_OpenAmendment";
    public static final String AMENDMENT_ALREADY_UNDER_WAY = "Gateway_AmendmentAlreadyUnderWay";
    public static final String REQUEST_JOINED = "EndEvent_AmendmentRequestJoined";
    public static final String AMENDMENT_FINISHED = "EndEvent_AmendmentFinished";
    public static final String AMENDMENT_MERGE = "Gateway_AmendmentMerge";
    public static final String AMEND_STRATEGY = "UserTask_AmendStrategy";
    public static final String PROPOSE_AMENDMENT = "ServiceTask_ProposeAmendment";
    public static final String REVIEW_AMENDMENT = "CallActivity_ReviewAmendment";
    public static final String AMENDMENT_OUTCOME = "Gateway_AmendmentReviewOutcome";
    public static final String ADOPT_AMENDMENT = "ServiceTask_AdoptAmendment";
    public static final String AMENDMENT_DONE = "Gateway_AmendmentDone";
    public static final String EVALUATION_MERGE = "Gateway_EvaluationMerge";
    public static final String FINAL_EVALUATION = "UserTask_FinalEvaluation";
    public static final String WRITE_FINAL_EVALUATION = "ServiceTask_WriteFinalEvaluation";
    public static final String REVIEW_FINAL_EVALUATION = "CallActivity_ReviewFinalEvaluation";
    public static final String EVALUATION_OUTCOME = "Gateway_FinalEvaluationReviewOutcome";
    public static final String CLOSE_IMPLEMENTATION = "ServiceTask_CloseImplementation";
    public static final String CLOSED = "EndEvent_ImplementationClosed";

    private Elements() {}
  }

  /** Spring bean names the model references with {@code ${beanName}}. */
  public static final class Beans {
    public static final String START_IMPLEMENTATION = "startImplementationDelegate";
    public static final String OPEN_REPORTING_YEAR = "openReportingYearDelegate";
    public static final String REPORT_FORMS = "implementationReportForms";
    public static final String RECORD_PROGRESS_REPORT = "recordProgressReportListener";
    public static final String RECORD_REPORT_CHASE = "recordReportChaseListener";
    public static final String WRITE_ANNUAL_REPORT = "writeAnnualReportDelegate";
    public static final String RECORD_AMENDMENT = "recordAmendmentListener";
    public static final String PROPOSE_AMENDMENT = "proposeAmendmentDelegate";
    public static final String ADOPT_AMENDMENT = "adoptAmendmentDelegate";
    /** The annual report's request for an amendment (message throw event). */
    public static final String REQUEST_AMENDMENT = "requestAmendmentDelegate";
    /** Records each opening of an amendment in the decision record. */
    public static final String OPEN_AMENDMENT = "openAmendmentDelegate";
    public static final String WRITE_FINAL_EVALUATION = "writeFinalEvaluationDelegate";
    public static final String CLOSE_IMPLEMENTATION = "closeImplementationDelegate";

    private Beans() {}
  }

  /** Camunda Forms of the model. */
  public static final class Forms {
    public static final List<String> CAMUNDA_FORMS = List.of(
        "implementation-report", "implementation-chase", "annual-report", "strategy-amendment", "final-evaluation");

    private Forms() {}
  }

  /** Opens every amendment (sent by the request process, a critical-risk decision and the annual report). */
  public static final String MESSAGE_AMENDMENT_REQUESTED = ProgrammeProcess.Messages.AMENDMENT_REQUESTED;

  /** The kind of the decision record's entry for each opening of an amendment. */
  public static final String DECISION_KIND_AMENDMENT = "AMENDMENT";

  /** What the coordination unit decides after an approved annual report. */
  public static final class NextSteps {
    public static final String CONTINUE = "continue";
    public static final String AMEND = "amend";
    public static final String CLOSE = "close";

    private NextSteps() {}
  }

  /** The process variables with their types. */
  public static final class Variables {
    // in (from ssr-programme)
    public static final Variable<String> PROGRAMME_CODE = ProgrammeProcess.Variables.PROGRAMME_CODE;
    public static final Variable<String> PROGRAMME_NAME = ProgrammeProcess.Variables.PROGRAMME_NAME;
    public static final Variable<String> PROGRAMME_TERM = ProgrammeProcess.Variables.PROGRAMME_TERM;
    public static final Variable<List<String>> INSTITUTIONS = ProgrammeProcess.Variables.INSTITUTIONS;
    /** The step-9 actions as the programme stored them (TransformationAction maps). */
    public static final Variable<List<Map<String, Object>>> TRANSFORMATION_ACTIONS =
        ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS;

    // baselines
    /** The actions in force: the step-9 actions, then each approved amendment's. */
    public static final Variable<List<Map<String, Object>>> BASELINE_ACTIONS = Variable.records("baselineActions");
    public static final Variable<Integer> BASELINE_VERSION = Variable.integer("baselineVersion");
    /** Every baseline ever in force, oldest first: {version, adoptedAt, reason, actions}; never shortened. */
    public static final Variable<List<Map<String, Object>>> BASELINE_HISTORY = Variable.records("baselineHistory");

    // the yearly cycle
    /** IN_IMPLEMENTATION or CLOSED. */
    public static final Variable<String> IMPLEMENTATION_STATUS = Variable.text("implementationStatus");
    /** 1 in the first reporting year, 2 in the second, ... (0 before the first). */
    public static final Variable<Integer> CYCLE_YEAR = Variable.integer("cycleYear");
    /** The calendar year the current reports are about. */
    public static final Variable<Integer> REPORTING_YEAR = Variable.integer("reportingYear");
    public static final Variable<Date> NEXT_CYCLE_DATE = Variable.date("nextCycleDate");
    public static final Variable<Date> REPORT_DUE_DATE = Variable.date("reportDueDate");
    public static final Variable<Date> REPORT_ESCALATION_DATE = Variable.date("reportEscalationDate");
    /** The owner institutions asked to report this year: one report task each. */
    public static final Variable<List<String>> REPORTING_INSTITUTIONS = Variable.strings("reportingInstitutions");
    /** Multi-instance element variable. */
    public static final Variable<String> REPORTING_INSTITUTION = Variable.text("reportingInstitution");
    /** Local to each institution's report: its agency group and plain-language name. */
    public static final Variable<String> REPORTING_GROUP = Variable.text("reportingGroup");
    public static final Variable<String> REPORTING_INSTITUTION_NAME = Variable.text("reportingInstitutionName");
    /** The report form's dynamic list (Json), one row per action, prefilled with the action's id and title. */
    public static final Variable<List<Map<String, Object>>> ACTION_REPORTS =
        Variable.records("actionReports").storedAsSpinJson();
    /** Every action report of every year: ActionReport maps. */
    public static final Variable<List<Map<String, Object>>> IMPLEMENTATION_REPORTS =
        Variable.records("implementationReports");
    /** What programme managers did about late reports: {cycleYear, institution, kind, userId, note, recordedAt}. */
    public static final Variable<List<Map<String, Object>>> IMPLEMENTATION_CHASE_LOG =
        Variable.records("implementationChaseLog");
    /** The chase form's note means what the oversight review's chase note means: declared there, once. */
    public static final Variable<String> CHASE_NOTE = OversightReviewProcess.Variables.CHASE_NOTE;

    // the annual report
    public static final Variable<String> ANNUAL_REPORT_SUMMARY = Variable.text("annualReportSummary");
    public static final Variable<String> ANNUAL_REPORT_DECISIONS = Variable.text("annualReportDecisions");
    /** continue | amend | close, see {@link NextSteps}. */
    public static final Variable<String> NEXT_STEP = Variable.text("implementationNextStep");
    public static final Variable<FileValue> ANNUAL_REPORT = Variable.file("annualReport");
    /** Counts every annual report written, revisions included: the version the oversight bodies review. */
    public static final Variable<Integer> ANNUAL_REPORT_VERSION = Variable.integer("annualReportVersion");
    public static final Variable<Boolean> ALL_ACTIONS_DONE = Variable.flag("allActionsDone");
    /** The year's execution rate per institution and in total, written by finance's budget execution import. */
    public static final Variable<List<Map<String, Object>>> BUDGET_EXECUTION_RATES =
        ProgrammeProcess.Variables.BUDGET_EXECUTION_RATES;
    public static final Variable<List<String>> IMPLEMENTATION_REVIEW_GROUPS =
        Variable.strings("implementationReviewGroups");
    public static final Variable<String> REVIEW_DEADLINE = ProgrammeProcess.Variables.REVIEW_DEADLINE;
    public static final Variable<String> REVIEW_OUTCOME = ProgrammeProcess.Variables.REVIEW_OUTCOME;

    // amendments
    public static final Variable<String> AMENDMENT_REASON = Variable.text("amendmentReason");
    /** The amendment form's dynamic list (Json), prefilled with the baseline in force. */
    public static final Variable<List<Map<String, Object>>> AMENDED_ACTIONS =
        Variable.records("amendedActions").storedAsSpinJson();
    public static final Variable<List<Map<String, Object>>> PROPOSED_ACTIONS = Variable.records("proposedActions");
    public static final Variable<FileValue> AMENDMENT_DOCUMENT = Variable.file("amendmentDocument");
    /** Local to one opening: another amendment was already under way and takes this request. */
    public static final Variable<Boolean> AMENDMENT_ALREADY_UNDER_WAY = Variable.flag("amendmentAlreadyUnderWay");
    public static final Variable<String> CHANGE_REASON = ProgrammeProcess.Variables.CHANGE_REASON;
    public static final Variable<String> CHANGE_REQUESTED_BY = ProgrammeProcess.Variables.CHANGE_REQUESTED_BY;
    public static final Variable<String> CHANGE_REQUESTING_PARTY = ProgrammeProcess.Variables.CHANGE_REQUESTING_PARTY;

    // closure
    public static final Variable<String> EVALUATION_CHANGES = Variable.text("evaluationChanges");
    public static final Variable<String> EVALUATION_LESSONS = Variable.text("evaluationLessons");
    public static final Variable<String> EVALUATION_REMAINING = Variable.text("evaluationRemaining");
    public static final Variable<FileValue> FINAL_EVALUATION = Variable.file("finalEvaluation");
    public static final Variable<Integer> FINAL_EVALUATION_VERSION = Variable.integer("finalEvaluationVersion");
    public static final Variable<Date> CLOSED_AT = Variable.date("implementationClosedAt");

    private Variables() {}
  }

  /** Per form-bearing element, the variables its form must supply because the process reads them. */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(
      Elements.REPORT_PROGRESS, Set.of(Variables.ACTION_REPORTS.name()),
      // the File variable finance's import reads (finance.BudgetExecutionProcess.Variables.FILE)
      Elements.UPLOAD_BUDGET_EXECUTION, Set.of("budgetExecutionFile"),
      Elements.CHASE_LATE_REPORT, Set.of(Variables.CHASE_NOTE.name()),
      Elements.ESCALATE_LATE_REPORT, Set.of(Variables.CHASE_NOTE.name()),
      Elements.CONSOLIDATE_ANNUAL_REPORT, Set.of(Variables.ANNUAL_REPORT_SUMMARY.name(),
          Variables.ANNUAL_REPORT_DECISIONS.name(), Variables.NEXT_STEP.name()),
      Elements.AMEND_STRATEGY, Set.of(Variables.AMENDMENT_REASON.name(), Variables.AMENDED_ACTIONS.name()),
      Elements.FINAL_EVALUATION, Set.of(Variables.EVALUATION_CHANGES.name(), Variables.EVALUATION_LESSONS.name(),
          Variables.EVALUATION_REMAINING.name()));
}
