package org.ssr.workflow.programme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * The typed catalogue of {@code bpmn/ssr-programme.bpmn}: process key, element ids, messages, errors, bean and form
 * names, and the process variables with their types. Code and tests use these constants instead of string literals.
 */
public final class ProgrammeProcess {

  public static final String KEY = "ssr-programme";
  public static final String RESOURCE = "bpmn/ssr-programme.bpmn";

  private ProgrammeProcess() {}

  /** Element ids of the model. */
  public static final class Elements {
    public static final String START = "StartEvent_ProgrammeSetUp";
    // step 1
    public static final String RECORD_DIALOG_SESSION = "UserTask_RecordDialogSession";
    public static final String CHECK_INCLUSIVENESS = "ServiceTask_CheckInclusiveness";
    public static final String DIALOG_NEXT_STEP = "Gateway_DialogNextStep";
    public static final String FACILITATE_DIALOG_SESSION = "UserTask_FacilitateDialogSession";
    public static final String DECLARE_CONSENSUS = "UserTask_DeclareConsensus";
    public static final String CONSENSUS_DECLARED = "Gateway_ConsensusDeclared";
    // step 2
    public static final String REGIONAL_CONSULTATION = "UserTask_RegionalConsultation";
    public static final String CONSOLIDATE_NEEDS_ASSESSMENT = "UserTask_ConsolidateNeedsAssessment";
    // scoping
    public static final String SCOPE_PROGRAMME = "UserTask_ScopeProgramme";
    public static final String RECORD_SCOPE = "ServiceTask_RecordScope";
    public static final String TRACKS_SPLIT = "Gateway_TracksSplit";
    public static final String TRACKS_JOIN = "Gateway_TracksJoin";
    /** The flow that starts track B, the transformation track (steps 4-10). */
    public static final String FLOW_TRACK_B = "Flow_TrackB";
    // track A
    public static final String CONTAIN_SHORT_TERM_THREATS = "UserTask_ContainShortTermThreats";
    // track B
    public static final String ESTABLISH_STRUCTURES = "UserTask_EstablishStructures";
    public static final String STRATEGIC_ANALYSIS = "UserTask_StrategicAnalysis";
    public static final String DRAFT_NSP = "UserTask_DraftNationalSecurityPolicy";
    public static final String WAIT_FOR_OVERSIGHT = "IntermediateCatchEvent_OversightInPlace";
    public static final String REVIEW_NSP = "CallActivity_ReviewNationalSecurityPolicy";
    public static final String REVISE_NSP = "UserTask_ReviseNationalSecurityPolicy";
    public static final String AGENCY_FRAMEWORKS = "SubProcess_AgencyPolicyFrameworks";
    public static final String PREPARE_AGENCY_FRAMEWORK = "ServiceTask_PrepareAgencyFramework";
    public static final String DRAFT_AGENCY_FRAMEWORK = "UserTask_DraftAgencyPolicyFramework";
    public static final String REVIEW_AGENCY_FRAMEWORK = "CallActivity_ReviewAgencyPolicyFramework";
    public static final String REVISE_AGENCY_FRAMEWORK = "UserTask_ReviseAgencyPolicyFramework";
    public static final String GAP_ANALYSIS = "UserTask_GapAnalysis";
    public static final String DRAFT_TRANSFORMATION_STRATEGY = "UserTask_DraftTransformationStrategy";
    public static final String RECORD_TRANSFORMATION_ACTIONS = "ServiceTask_RecordTransformationActions";
    public static final String FINANCIAL_FEASIBILITY_PLAN = "SubProcess_FinancialFeasibilityPlan";
    public static final String RECORD_DONOR_PLEDGES = "UserTask_RecordDonorPledges";
    public static final String PREPARE_FINANCIAL_PLAN_TEMPLATE = "ServiceTask_PrepareFinancialPlanTemplate";
    public static final String UPLOAD_FINANCIAL_PLAN = "UserTask_UploadFinancialPlan";
    public static final String IMPORT_FINANCIAL_PLAN = "ServiceTask_ImportFinancialPlan";
    public static final String FINANCIAL_PLAN_INVALID = "Boundary_FinancialPlanInvalid";
    public static final String REVIEW_FINANCIAL_PLAN_TOTALS = "UserTask_ReviewFinancialPlanTotals";
    public static final String REVIEW_FINANCIAL_PLAN = "CallActivity_ReviewFinancialPlan";
    // track C
    public static final String DEVELOP_GOVERNANCE_STRUCTURES = "UserTask_DevelopGovernanceStructures";
    public static final String REVIEW_GOVERNANCE_STRUCTURES = "CallActivity_ReviewGovernanceStructures";
    public static final String REVISE_GOVERNANCE_STRUCTURES = "UserTask_ReviseGovernanceStructures";
    public static final String OVERSIGHT_IN_PLACE = "IntermediateThrowEvent_OversightInPlace";
    // end
    public static final String WRITE_PROGRAMME_SUMMARY = "ServiceTask_WriteProgrammeSummary";
    public static final String END_READY = "EndEvent_ProgrammeReadyForImplementation";
    // step 12 and short-term threats
    public static final String RISK_MANAGEMENT = "SubProcess_RiskManagement";
    public static final String RISK_REPORTED = "StartEvent_RiskReported";
    public static final String HANDLE_RISK = "CallActivity_HandleRisk";
    public static final String RISK_HANDLED = "EndEvent_RiskHandled";
    public static final String PROGRAMME_ENDED_BY_CRITICAL_RISK = "SubProcess_ProgrammeEndedByCriticalRisk";
    public static final String RECORD_PROGRAMME_END = "ServiceTask_RecordProgrammeEnd";
    public static final String END_PROGRAMME_ENDED = "EndEvent_ProgrammeEnded";
    public static final String SHORT_TERM_THREAT_REPORTED = "SubProcess_ShortTermThreatReported";
    public static final String CONTAIN_REPORTED_THREAT = "UserTask_ContainReportedThreat";
    public static final String TRANSFORMATION_TRACK_ON_HOLD = "SubProcess_TransformationTrackOnHold";
    public static final String SUSPEND_TRANSFORMATION_TRACK = "ServiceTask_SuspendTransformationTrack";
    /** Where a held transformation track waits, visible in Cockpit. */
    public static final String TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED =
        "IntermediateCatchEvent_TransformationTrackResumed";
    public static final String ACTIVATE_TRANSFORMATION_TRACK = "ServiceTask_ActivateTransformationTrack";
    public static final String TRANSFORMATION_TRACK_CONTINUES = "EndEvent_TransformationTrackContinues";

    /** The hold check before step 7, 8, 9 or 10. */
    public static String holdBeforeStep(int step) {
      return "Gateway_HoldBeforeStep" + step;
    }

    /** Where the transformation track waits for TransformationTrackResumed before step 7, 8, 9 or 10. */
    public static String resumedBeforeStep(int step) {
      return "IntermediateCatchEvent_ResumedBeforeStep" + step;
    }

    /** The scoping gateway of step 3 to 10. */
    public static String stepApplies(int step) {
      return "Gateway_Step" + step + "Applies";
    }

    /** The flow that bypasses a step scoping declared not applicable. */
    public static String stepSkippedFlow(int step) {
      return "Flow_Step" + step + "Applies_No";
    }

    private Elements() {}
  }

  public static final class Messages {
    public static final String RISK_REPORTED = "RiskReported";
    public static final String SHORT_TERM_THREAT_REPORTED = "ShortTermThreatReported";
    public static final String TRANSFORMATION_TRACK_RESUMED = "TransformationTrackResumed";
    public static final String TRANSFORMATION_TRACK_HELD = "TransformationTrackHeld";

    private Messages() {}
  }

  public static final class Errors {
    public static final String PROGRAMME_ENDED_BY_CRITICAL_RISK = "PROGRAMME_ENDED_BY_CRITICAL_RISK";
    public static final String FINANCIAL_PLAN_INVALID = "FINANCIAL_PLAN_INVALID";

    private Errors() {}
  }

  /** Spring bean names the model references with {@code ${beanName}}. */
  public static final class Beans {
    public static final String PROGRAMME_SETUP = "programmeSetupListener";
    public static final String INCLUSIVENESS_CHECK = "inclusivenessCheckDelegate";
    public static final String REGIONAL_INPUT = "regionalInputListener";
    public static final String SCOPING = "scopingDelegate";
    public static final String DOCUMENT_VERSION = "documentVersionListener";
    public static final String AGENCY_FRAMEWORK_SETUP = "agencyFrameworkSetupDelegate";
    public static final String TRANSFORMATION_STRATEGY = "transformationStrategyDelegate";
    public static final String PROGRAMME_SUMMARY = "programmeSummaryDelegate";
    public static final String SUSPEND_TRANSFORMATION_TRACK = "suspendTransformationTrackDelegate";
    public static final String ACTIVATE_TRANSFORMATION_TRACK = "activateTransformationTrackDelegate";
    // owned by other features (docs/oversight-review.md, docs/spreadsheets.md)
    public static final String APPEND_REVIEW_DECISIONS = "appendReviewDecisionsToDecisionLog";
    public static final String DONOR_PLEDGES = "donorPledgesListener";
    public static final String PREPARE_FINANCIAL_PLAN_TEMPLATE = "prepareFinancialPlanTemplateDelegate";
    public static final String IMPORT_FINANCIAL_PLAN = "importFinancialPlanDelegate";
    /** Marks the plan version the oversight bodies approved. */
    public static final String FINANCIAL_PLAN_APPROVED = "financialPlanApprovedListener";

    private Beans() {}
  }

  /** Form ids (Camunda Forms) and embedded form files of the model. */
  public static final class Forms {
    public static final List<String> CAMUNDA_FORMS = List.of(
        "programme-setup", "dialog-session", "mediated-session", "consensus-declaration", "regional-consultation",
        "needs-consolidation", "programme-scoping", "short-term-threats", "establish-structures",
        "strategic-analysis", "gap-analysis", "transformation-strategy", "rapid-containment");
    /** The NSP, agency framework and governance charter uploads: one form, told which by {@link #DOCUMENT_KIND}. */
    public static final List<String> EMBEDDED_FORMS = List.of("document-upload.html");
    /** Input parameter of each upload task: nsp, agencyFramework or governanceCharter (KINDS in the form). */
    public static final String DOCUMENT_KIND = "documentKind";

    private Forms() {}
  }

  /** The process variables with the type the engine hands out once the programme has set them. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static final class Variables {
    // start form (programme set-up)
    public static final ProcessVariable<String> PROGRAMME_CODE = ProcessVariable.of("programmeCode", String.class);
    public static final ProcessVariable<String> PROGRAMME_NAME = ProcessVariable.of("programmeName", String.class);
    public static final ProcessVariable<String> COUNTRY = ProcessVariable.of("country", String.class);
    public static final ProcessVariable<String> PROGRAMME_TERM = ProcessVariable.of("programmeTerm", String.class);
    /** Institution ids; the start form submits Json, the set-up listener stores a Java list. */
    public static final ProcessVariable<List> INSTITUTIONS = ProcessVariable.of("institutions", List.class);
    /** Institution id to oversight body group ids. */
    public static final ProcessVariable<Map> OVERSIGHT_BODIES = ProcessVariable.of("oversightBodies", Map.class);
    /** Start form textarea, one region per line; stored as {@link #REGIONS}. */
    public static final ProcessVariable<String> REGIONS_TEXT = ProcessVariable.of("regionsText", String.class);
    public static final ProcessVariable<List> REGIONS = ProcessVariable.of("regions", List.class);
    public static final ProcessVariable<List> REQUIRED_SEGMENTS = ProcessVariable.of("requiredSegments", List.class);
    /** Start form textarea, one donor per line; stored as {@link #DONORS}. */
    public static final ProcessVariable<String> DONORS_TEXT = ProcessVariable.of("donorsText", String.class);
    public static final ProcessVariable<List> DONORS = ProcessVariable.of("donors", List.class);
    public static final ProcessVariable<Boolean> TRANSFORMATION_ON_HOLD =
        ProcessVariable.of("transformationOnHold", Boolean.class);
    /** Set while the transformation track's open work is suspended (SubProcess_TransformationTrackOnHold). */
    public static final ProcessVariable<Boolean> TRANSFORMATION_TRACK_SUSPENDED =
        ProcessVariable.of("transformationTrackSuspended", Boolean.class);
    public static final ProcessVariable<String> REVIEW_DEADLINE = ProcessVariable.of("reviewDeadline", String.class);
    public static final ProcessVariable<List> NSP_REVIEW_GROUPS = ProcessVariable.of("nspReviewGroups", List.class);
    public static final ProcessVariable<List> GOVERNANCE_REVIEW_GROUPS =
        ProcessVariable.of("governanceReviewGroups", List.class);
    public static final ProcessVariable<List> FINANCIAL_PLAN_REVIEW_GROUPS =
        ProcessVariable.of("financialPlanReviewGroups", List.class);
    /** Json array of decision records (oversight reviews append to it). */
    public static final ProcessVariable<Object> DECISION_LOG = ProcessVariable.of("decisionLog", Object.class);

    // step 1
    public static final ProcessVariable<Object> SEGMENTS_PRESENT = ProcessVariable.of("segmentsPresent", Object.class);
    public static final ProcessVariable<List> SEGMENTS_HEARD = ProcessVariable.of("segmentsHeard", List.class);
    public static final ProcessVariable<List> MISSING_SEGMENTS = ProcessVariable.of("missingSegments", List.class);
    public static final ProcessVariable<String> MISSING_SEGMENTS_TEXT =
        ProcessVariable.of("missingSegmentsText", String.class);
    public static final ProcessVariable<Boolean> ALL_SEGMENTS_HEARD = ProcessVariable.of("allSegmentsHeard", Boolean.class);
    public static final ProcessVariable<Boolean> REQUEST_MEDIATION = ProcessVariable.of("requestMediation", Boolean.class);
    public static final ProcessVariable<Boolean> MEDIATION_REQUESTED =
        ProcessVariable.of("mediationRequested", Boolean.class);
    /** consensus | anotherSession | mediation */
    public static final ProcessVariable<String> CONSENSUS_DECISION = ProcessVariable.of("consensusDecision", String.class);
    public static final ProcessVariable<Integer> DIALOG_ROUND = ProcessVariable.of("dialogRound", Integer.class);
    /** Every dialog session recorded (Java list of maps). */
    public static final ProcessVariable<List> DIALOG_SESSIONS = ProcessVariable.of("dialogSessions", List.class);
    public static final List<String> SESSION_FIELDS = List.of(
        "sessionKind", "sessionDate", "sessionPlace", "sessionFacilitator", "participants", "agreements",
        "disagreements");

    // step 2
    public static final ProcessVariable<String> REGION = ProcessVariable.of("region", String.class);
    public static final List<String> REGIONAL_FIELDS = List.of(
        "regionalPriorities", "regionalConcerns", "regionalParticipants", "regionalSegmentsConsulted");
    public static final ProcessVariable<List> REGIONAL_INPUTS = ProcessVariable.of("regionalInputs", List.class);
    public static final ProcessVariable<String> REGIONAL_INPUTS_SUMMARY =
        ProcessVariable.of("regionalInputsSummary", String.class);

    // scoping
    public static final ProcessVariable<List> STEP_SCOPE = ProcessVariable.of("stepScope", List.class);
    public static final ProcessVariable<List> SKIPPED_STEPS = ProcessVariable.of("skippedSteps", List.class);
    public static final ProcessVariable<String> SKIPPED_STEPS_SUMMARY =
        ProcessVariable.of("skippedStepsSummary", String.class);

    /** applyStep3 ... applyStep10 (Boolean). */
    public static ProcessVariable<Boolean> applyStep(int step) {
      return ProcessVariable.of("applyStep" + step, Boolean.class);
    }

    /** justificationStep3 ... justificationStep10 (String). */
    public static ProcessVariable<String> justificationStep(int step) {
      return ProcessVariable.of("justificationStep" + step, String.class);
    }

    // documents and reviews
    public static final ProcessVariable<String> NSP_TITLE = ProcessVariable.of("nspTitle", String.class);
    public static final ProcessVariable<FileValue> NSP_DOCUMENT = ProcessVariable.of("nspDocument", FileValue.class);
    public static final ProcessVariable<Integer> NSP_VERSION = ProcessVariable.of("nspVersion", Integer.class);
    public static final ProcessVariable<Boolean> OVERSIGHT_IN_PLACE = ProcessVariable.of("oversightInPlace", Boolean.class);
    public static final ProcessVariable<String> GOVERNANCE_CHARTER_TITLE =
        ProcessVariable.of("governanceCharterTitle", String.class);
    public static final ProcessVariable<FileValue> GOVERNANCE_CHARTER =
        ProcessVariable.of("governanceCharter", FileValue.class);
    public static final ProcessVariable<Integer> GOVERNANCE_CHARTER_VERSION =
        ProcessVariable.of("governanceCharterVersion", Integer.class);
    public static final ProcessVariable<String> REVIEW_OUTCOME = ProcessVariable.of("reviewOutcome", String.class);
    public static final ProcessVariable<Object> REVIEW_DECISIONS = ProcessVariable.of("reviewDecisions", Object.class);

    // step 7 (local to each institution's sub-flow)
    public static final ProcessVariable<String> INSTITUTION = ProcessVariable.of("institution", String.class);
    public static final ProcessVariable<String> INSTITUTION_NAME = ProcessVariable.of("institutionName", String.class);
    public static final ProcessVariable<String> AGENCY_GROUP = ProcessVariable.of("agencyGroup", String.class);
    public static final ProcessVariable<List> AGENCY_REVIEW_GROUPS = ProcessVariable.of("agencyReviewGroups", List.class);
    public static final ProcessVariable<String> AGENCY_FRAMEWORK_TITLE =
        ProcessVariable.of("agencyFrameworkTitle", String.class);
    public static final ProcessVariable<FileValue> AGENCY_FRAMEWORK_DOCUMENT =
        ProcessVariable.of("agencyFrameworkDocument", FileValue.class);
    public static final ProcessVariable<Integer> AGENCY_FRAMEWORK_VERSION =
        ProcessVariable.of("agencyFrameworkVersion", Integer.class);
    public static final List<String> AGENCY_FRAMEWORK_LOCALS = List.of(
        "agencyFrameworkTitle", "agencyFrameworkSummary", "agencyFrameworkDocument", "reviewOutcome",
        "reviewDecisions");

    // step 9 and 10
    /** What the strategy form's dynamic list submits (Json). */
    public static final ProcessVariable<Object> STRATEGY_ACTIONS = ProcessVariable.of("strategyActions", Object.class);
    /** The checked actions: Java list of maps {id, title, institution, startYear, endYear}. */
    public static final ProcessVariable<List> TRANSFORMATION_ACTIONS =
        ProcessVariable.of("transformationActions", List.class);
    public static final ProcessVariable<Integer> FINANCIAL_PLAN_VERSION =
        ProcessVariable.of("financialPlanVersion", Integer.class);

    // step 12
    public static final ProcessVariable<String> RISK_OUTCOME = ProcessVariable.of("riskOutcome", String.class);
    public static final ProcessVariable<String> PROGRAMME_END_REASON =
        ProcessVariable.of("programmeEndReason", String.class);

    // summary
    public static final ProcessVariable<String> PROGRAMME_STATUS = ProcessVariable.of("programmeStatus", String.class);
    public static final ProcessVariable<String> PROGRAMME_SUMMARY = ProcessVariable.of("programmeSummary", String.class);
    public static final ProcessVariable<Object> PROGRAMME_SUMMARY_DETAILS =
        ProcessVariable.of("programmeSummaryDetails", Object.class);

    private Variables() {}
  }
  /**
   * Per form-bearing element, the variables its form must supply because the process reads them (checked against the
   * forms by FormsDeployedTest).
   */
  public static final Map<String, Set<String>> FORM_VARIABLES = formVariables();

  private static Map<String, Set<String>> formVariables() {
    Map<String, Set<String>> forms = new HashMap<>();
    forms.put(Elements.START, Set.of("programmeCode", "programmeName", "country", "programmeTerm", "institutions",
        "oversightDefence", "oversightPolice", "oversightIntelligence", "oversightJustice", "oversightCorrections",
        "oversightBorder", "regionsText", "requiredSegments", "donorsText"));
    forms.put(Elements.RECORD_DIALOG_SESSION, Set.of("sessionDate", "sessionPlace", "sessionFacilitator",
        "participants", "segmentsPresent", "agreements", "disagreements", "requestMediation"));
    forms.put(Elements.FACILITATE_DIALOG_SESSION, Set.of("sessionKind", "sessionDate", "sessionPlace", "participants",
        "segmentsPresent", "agreements", "disagreements", "requestMediation"));
    forms.put(Elements.DECLARE_CONSENSUS, Set.of("consensusDecision"));
    forms.put(Elements.REGIONAL_CONSULTATION, Set.copyOf(Variables.REGIONAL_FIELDS));
    forms.put(Elements.CONSOLIDATE_NEEDS_ASSESSMENT, Set.of("consolidatedNeeds"));
    forms.put(Elements.SCOPE_PROGRAMME, IntStream.rangeClosed(3, 10)
        .boxed().flatMap(step -> java.util.stream.Stream.of("applyStep" + step, "justificationStep" + step))
        .collect(java.util.stream.Collectors.toSet()));
    forms.put(Elements.CONTAIN_SHORT_TERM_THREATS, Set.of("threatsIdentified", "containmentActions"));
    forms.put(Elements.CONTAIN_REPORTED_THREAT, Set.of("containmentActions"));
    forms.put(Elements.ESTABLISH_STRUCTURES, Set.of("coordinationStructures"));
    forms.put(Elements.STRATEGIC_ANALYSIS, Set.of("nationalVision", "threatAssessment"));
    forms.put(Elements.DRAFT_NSP, Set.of("nspTitle", "nspDocument"));
    forms.put(Elements.REVISE_NSP, Set.of("nspTitle", "nspDocument"));
    forms.put(Elements.DRAFT_AGENCY_FRAMEWORK, Set.of("agencyFrameworkTitle", "agencyFrameworkDocument"));
    forms.put(Elements.REVISE_AGENCY_FRAMEWORK, Set.of("agencyFrameworkTitle", "agencyFrameworkDocument"));
    forms.put(Elements.DEVELOP_GOVERNANCE_STRUCTURES, Set.of("governanceCharterTitle", "governanceCharter"));
    forms.put(Elements.REVISE_GOVERNANCE_STRUCTURES, Set.of("governanceCharterTitle", "governanceCharter"));
    forms.put(Elements.GAP_ANALYSIS, Set.of("changesNeeded"));
    forms.put(Elements.DRAFT_TRANSFORMATION_STRATEGY, Set.of("strategyActions"));
    // step 10: forms of the finance feature
    forms.put(Elements.RECORD_DONOR_PLEDGES, Set.of("pledges"));
    forms.put(Elements.UPLOAD_FINANCIAL_PLAN, Set.of("financialPlanFile"));
    forms.put(Elements.REVIEW_FINANCIAL_PLAN_TOTALS, Set.of("financialPlanTotalsConfirmed"));
    return Map.copyOf(forms);
  }
}
