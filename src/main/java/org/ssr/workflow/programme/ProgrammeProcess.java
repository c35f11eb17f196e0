package org.ssr.workflow.programme;

import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.engine.Variable;

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
    /** Where the NSP draft and each revision meet before the dialog's parties validate it. */
    public static final String NSP_VALIDATION_MERGE = "Gateway_NspValidationMerge";
    /** The civil-society monitor validates that the NSP reflects the dialog's agreements (issue 15). */
    public static final String VALIDATE_NSP = "UserTask_ValidateNationalSecurityPolicy";
    public static final String NSP_VALIDATED = "Gateway_NspValidated";
    public static final String FLOW_NSP_VALIDATION_RETURNED = "Flow_NspValidation_Returned";
    public static final String WAIT_FOR_OVERSIGHT = "IntermediateCatchEvent_OversightInPlace";
    public static final String REVIEW_NSP = "CallActivity_ReviewNationalSecurityPolicy";
    public static final String REVISE_NSP = "UserTask_ReviseNationalSecurityPolicy";
    public static final String AGENCY_FRAMEWORKS = "SubProcess_AgencyPolicyFrameworks";
    public static final String PREPARE_AGENCY_FRAMEWORK = "ServiceTask_PrepareAgencyFramework";
    public static final String DRAFT_AGENCY_FRAMEWORK = "UserTask_DraftAgencyPolicyFramework";
    /** The civil-society monitor validates that an institution's framework reflects the dialog's agreements. */
    public static final String VALIDATE_AGENCY_FRAMEWORK = "UserTask_ValidateAgencyPolicyFramework";
    public static final String AGENCY_FRAMEWORK_VALIDATED = "Gateway_AgencyFrameworkValidated";
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
    /** After each upload of the governance charter: the charter as data, deciding who reviews what. */
    public static final String RECORD_OVERSIGHT_CHARTER = "UserTask_RecordOversightCharter";
    /** After step 11: the charter opened again on request (event subprocess, same form and listener). */
    public static final String OVERSIGHT_CHARTER_AMENDMENT = "SubProcess_OversightCharterAmendment";
    public static final String OVERSIGHT_CHARTER_AMENDMENT_REQUESTED = "StartEvent_OversightCharterAmendmentRequested";
    public static final String OPEN_OVERSIGHT_CHARTER_AMENDMENT = "ServiceTask_OpenOversightCharterAmendment";
    public static final String AMEND_OVERSIGHT_CHARTER = "UserTask_AmendOversightCharter";
    public static final String OVERSIGHT_CHARTER_AMENDED = "EndEvent_OversightCharterAmended";
    public static final String REVIEW_GOVERNANCE_STRUCTURES = "CallActivity_ReviewGovernanceStructures";
    public static final String REVISE_GOVERNANCE_STRUCTURES = "UserTask_ReviseGovernanceStructures";
    public static final String OVERSIGHT_IN_PLACE = "IntermediateThrowEvent_OversightInPlace";
    // end
    public static final String WRITE_PROGRAMME_SUMMARY = "ServiceTask_WriteProgrammeSummary";
    /** Milestone: plan approved, every track done; implementation begins. */
    public static final String END_READY = "IntermediateThrowEvent_ReadyForImplementation";
    /** The implementation phase (call activity programme-implementation), until closure. */
    public static final String PROGRAMME_IMPLEMENTATION = "CallActivity_ProgrammeImplementation";
    public static final String END_CLOSED = "EndEvent_ProgrammeClosed";
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
    /**
     * Opens an amendment of the strategy in the programme's implementation (its event subprocess SubProcess_Amendment),
     * with {@link Variables#CHANGE_REASON}, {@link Variables#CHANGE_REQUESTED_BY} and
     * {@link Variables#CHANGE_REQUESTING_PARTY}: sent by the request process, a critical-risk decision and the annual
     * report. Declared here because risk and implementation both send it and neither knows the other.
     */
    public static final String AMENDMENT_REQUESTED = "AmendmentRequested";
    /** Opens the oversight charter again after step 11 (SubProcess_OversightCharterAmendment), same variables. */
    public static final String OVERSIGHT_CHARTER_AMENDMENT_REQUESTED = "OversightCharterAmendmentRequested";

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
    /** Threats, priorities and gaps as data, and the choices the next forms offer of them (issue 15). */
    public static final String PROGRAMME_CONTENT = "programmeContentListener";
    public static final String PROGRAMME_SUMMARY = "programmeSummaryDelegate";
    public static final String SUSPEND_TRANSFORMATION_TRACK = "suspendTransformationTrackDelegate";
    public static final String ACTIVATE_TRANSFORMATION_TRACK = "activateTransformationTrackDelegate";
    /** Step 4: offers the members and keeps the structures as records. */
    public static final String COORDINATION_STRUCTURES = "coordinationStructuresListener";
    /** Step 11: offers the charter's choices and keeps each recorded charter as a version. */
    public static final String OVERSIGHT_CHARTER = "oversightCharterListener";
    /** Records the opening of an oversight charter amendment in the decision record. */
    public static final String OPEN_OVERSIGHT_CHARTER_AMENDMENT = "openOversightCharterAmendmentDelegate";
    /** Steps 6 and 7: shows the agreements ledger and records the dialog's parties' validation. */
    public static final String FRAMEWORK_VALIDATION = "frameworkValidationListener";
    /** Who reviews each document: {@code ${programmeReviewers.nsp(execution)}} in the review call activities. */
    public static final String PROGRAMME_REVIEWERS = "programmeReviewers";
    /** Create and complete listener of the dialog session tasks and the regional consultation: the ledger. */
    public static final String AGREEMENT_LEDGER = "agreementLedgerListener";
    /** Create and complete listener of UserTask_DeclareConsensus: the segments' consent or dissent. */
    public static final String CONSENSUS_DECLARATION = "consensusDeclarationListener";
    // owned by other features (docs/oversight-review.md, docs/spreadsheets.md)
    public static final String DONOR_PLEDGES = "donorPledgesListener";
    public static final String PREPARE_FINANCIAL_PLAN_TEMPLATE = "prepareFinancialPlanTemplateDelegate";
    public static final String IMPORT_FINANCIAL_PLAN = "importFinancialPlanDelegate";
    /** Marks the plan version the oversight bodies approved. */
    public static final String FINANCIAL_PLAN_APPROVED = "financialPlanApprovedListener";
    /**
     * The form of a user task in its programme's language: {@code camunda:formRef="${forms.ref('dialog-session',
     * execution)}"} in every model ({@link ProgrammeForms}, docs/languages.md).
     */
    public static final String FORMS = "forms";
    /**
     * The subject of an oversight review in the programme's language: {@code camunda:in
     * sourceExpression="${reviewSubjects.nsp(execution, nspTitle)}" target="reviewSubject"} ({@link ReviewSubjects}).
     */
    public static final String REVIEW_SUBJECTS = "reviewSubjects";

    private Beans() {}
  }

  /** Form ids (Camunda Forms) and embedded form files of the model. */
  public static final class Forms {
    public static final List<String> CAMUNDA_FORMS = List.of(
        "programme-setup", "dialog-session", "mediated-session", "consensus-declaration", "regional-consultation",
        "needs-consolidation", "programme-scoping", "short-term-threats", "establish-structures",
        "strategic-analysis", "gap-analysis", "transformation-strategy", "rapid-containment",
        "oversight-charter", "framework-validation");
    /** The NSP, agency framework and governance charter uploads: one form, told which by {@link #DOCUMENT_KIND}. */
    public static final List<String> EMBEDDED_FORMS = List.of("document-upload.html");
    /** Input parameter of each upload task: nsp, agencyFramework or governanceCharter (KINDS in the form). */
    public static final String DOCUMENT_KIND = "documentKind";

    private Forms() {}
  }

  /** The process variables with the type the engine hands out once the programme has set them. */
  public static final class Variables {
    private static final JavaType OVERSIGHT_BODIES_TYPE = Json.mapper().getTypeFactory()
        .constructMapType(LinkedHashMap.class, Json.mapper().constructType(String.class),
            Json.mapper().getTypeFactory().constructCollectionType(List.class, String.class));

    // start form (programme set-up)
    public static final Variable<String> PROGRAMME_CODE = Variable.text("programmeCode");
    public static final Variable<String> PROGRAMME_NAME = Variable.text("programmeName");
    public static final Variable<String> COUNTRY = Variable.text("country");
    public static final Variable<String> PROGRAMME_TERM = Variable.text("programmeTerm");
    /** Institution ids; the start form submits Json, the set-up listener stores a Java list. */
    public static final Variable<List<String>> INSTITUTIONS = Variable.strings("institutions");
    /** Institution id to oversight body group ids. */
    public static final Variable<Map<String, List<String>>> OVERSIGHT_BODIES =
        Variable.document("oversightBodies", OVERSIGHT_BODIES_TYPE);
    /** Start form field, one oversight body group per entry, for an institution (oversightDefence, ...). */
    public static Variable<List<String>> oversightBodiesOf(Institution institution) {
      return Variable.strings(institution.oversightFormField());
    }

    /** Start form textarea, one region per line (read as a list); stored as {@link #REGIONS}. */
    public static final Variable<List<String>> REGIONS_TEXT = Variable.strings("regionsText");
    public static final Variable<List<String>> REGIONS = Variable.strings("regions");
    public static final Variable<List<String>> REQUIRED_SEGMENTS = Variable.strings("requiredSegments");
    /** Start form textarea, one donor per line (read as a list); stored as {@link #DONORS}. */
    public static final Variable<List<String>> DONORS_TEXT = Variable.strings("donorsText");
    public static final Variable<List<String>> DONORS = Variable.strings("donors");
    /** The national share of the plan's funding the programme aims for, in percent (set-up; donor alignment). */
    public static final Variable<BigDecimal> NATIONAL_SHARE_TARGET = Variable.decimal("nationalShareTarget");
    /**
     * The programme's language (set-up; docs/languages.md): a code of {@link org.ssr.workflow.engine.Languages}
     * ("en", "fr", "pt"). What the programme produces speaks it: its Camunda Forms, workbooks, reports, generated texts
     * and e-mails to its bodies. Missing (programmes set up before it existed) reads as English.
     */
    public static final Variable<String> PROGRAMME_LANGUAGE = Variable.text("programmeLanguage");
    public static final Variable<Boolean> TRANSFORMATION_ON_HOLD = Variable.flag("transformationOnHold");
    /** Set while the transformation track's open work is suspended (SubProcess_TransformationTrackOnHold). */
    public static final Variable<Boolean> TRANSFORMATION_TRACK_SUSPENDED =
        Variable.flag("transformationTrackSuspended");
    /** The kind of reform context (set-up): drives the default segments and the steps scoping suggests. */
    public static final Variable<ReformContext> REFORM_CONTEXT = Variable.choice("reformContext", ReformContext.class);
    /**
     * Why the required segments leave out women's groups or youth (set-up); required then, shown to oversight in the
     * programme's status and the NSP review task's context.
     */
    public static final Variable<String> SEGMENTS_JUSTIFICATION = Variable.text("segmentsJustification");
    /** What the scoping form shows: the steps the reform context suggests, and why. */
    public static final Variable<String> SCOPING_SUGGESTION = Variable.text("scopingSuggestion");
    public static final Variable<String> REVIEW_DEADLINE = Variable.text("reviewDeadline");
    /**
     * <b>Retired.</b> The Json array of decisions that programmes started before the decision record was the single
     * source carried (oversight reviews and validations were appended to it). No code writes it; {@link
     * DecisionLogCarryOver} reads it once at start-up, carries what the record lacks into the record and removes it
     * (docs/operations.md "Decision record"). Decisions are read from the decision package's record only.
     */
    public static final Variable<List<Map<String, Object>>> DECISION_LOG =
        Variable.records("decisionLog").storedAsSpinJson();

    // step 1
    public static final Variable<List<String>> SEGMENTS_PRESENT =
        Variable.strings("segmentsPresent").storedAsSpinJson();
    /** What the session forms show: the required segments not heard yet. */
    public static final Variable<String> MISSING_SEGMENTS_TEXT = Variable.text("missingSegmentsText");
    public static final Variable<Boolean> ALL_SEGMENTS_HEARD = Variable.flag("allSegmentsHeard");
    public static final Variable<Boolean> REQUEST_MEDIATION = Variable.flag("requestMediation");
    public static final Variable<Boolean> MEDIATION_REQUESTED = Variable.flag("mediationRequested");
    /** consensus | anotherSession | mediation */
    public static final Variable<String> CONSENSUS_DECISION = Variable.text("consensusDecision");
    /**
     * Every dialog session recorded (Java list of maps): its size is the dialog round, the segments present in its
     * sessions are the segments heard.
     */
    public static final Variable<List<Map<String, Object>>> DIALOG_SESSIONS = Variable.records("dialogSessions");
    // the fields of one session form, kept in the session's record and cleared for the next session
    public static final Variable<String> SESSION_KIND = Variable.text("sessionKind");
    public static final Variable<String> SESSION_DATE = Variable.text("sessionDate");
    public static final Variable<String> SESSION_PLACE = Variable.text("sessionPlace");
    public static final Variable<String> SESSION_FACILITATOR = Variable.text("sessionFacilitator");
    public static final Variable<String> PARTICIPANTS = Variable.text("participants");
    public static final Variable<String> AGREEMENTS = Variable.text("agreements");
    public static final Variable<String> DISAGREEMENTS = Variable.text("disagreements");
    /**
     * The agreements ledger (issue 15): one record per item agreed or disputed in the dialog and the regional
     * consultations, carried forward across sessions. Keys: {@code id} (AG-1, AG-2, ... never reused), {@code text},
     * {@code status} (agreed | disputed | revised | withdrawn), {@code agreedBy} and {@code objectedBy} (segment or
     * party ids), {@code session} (the dialog round or region that last changed it), {@code history} (earlier texts
     * and statuses); also {@code recordedBy}, {@code recordedAt} and {@code reason} (of the last change, required to
     * withdraw). An item is revised or withdrawn, never removed. Written by step 1 and 2 ({@link
     * AgreementLedgerService}); read by the NSP's priorities and the traceability view.
     */
    public static final Variable<List<Map<String, Object>>> AGREEMENT_LEDGER =
        Variable.records("agreementLedger").storedAsSpinJson();
    /** The session forms' dynamic list of new ledger items: {text, status, agreedBy, objectedBy}; removed once read. */
    public static final Variable<List<Map<String, Object>>> NEW_AGREEMENTS =
        Variable.records("newAgreements").storedAsSpinJson();
    /**
     * The session forms' dynamic list of changes to earlier items: {item, change (revise | agree | dispute | withdraw),
     * text, agreedBy, objectedBy, reason}; removed once read.
     */
    public static final Variable<List<Map<String, Object>>> AGREEMENT_CHANGES =
        Variable.records("agreementChanges").storedAsSpinJson();
    /** Task-local: the ledger's open items as the changes' select options ({label, value}). */
    public static final Variable<List<Map<String, Object>>> AGREEMENT_OPTIONS =
        Variable.records("agreementOptions").storedAsSpinJson();
    /** Task-local: the ledger as the session forms show it. */
    public static final Variable<String> AGREEMENT_LEDGER_TEXT = Variable.text("agreementLedgerText");
    /** The consensus form's dynamic list: {segment, position (consent | dissent), reason, session}; removed once read. */
    public static final Variable<List<Map<String, Object>>> SEGMENT_CONSENTS =
        Variable.records("segmentConsents").storedAsSpinJson();
    /** Task-local: the required segments as the consensus form's select options ({label, value}). */
    public static final Variable<List<Map<String, Object>>> SEGMENT_OPTIONS =
        Variable.records("segmentOptions").storedAsSpinJson();
    /** Task-local: the dialog sessions held, as the consensus form's select options ({label, value}). */
    public static final Variable<List<Map<String, Object>>> DIALOG_SESSION_OPTIONS =
        Variable.records("dialogSessionOptions").storedAsSpinJson();
    /** Task-local: which segments have consented, dissented or are still missing, as the consensus form shows it. */
    public static final Variable<String> CONSENT_STATUS_TEXT = Variable.text("consentStatusText");
    public static final List<Variable<String>> SESSION_FIELDS = List.of(
        SESSION_KIND, SESSION_DATE, SESSION_PLACE, SESSION_FACILITATOR, PARTICIPANTS, AGREEMENTS, DISAGREEMENTS);

    // step 2
    /** The region of one consultation (the multi-instance element variable). */
    public static final Variable<String> REGION = Variable.text("region");
    // the consultation form's fields, task-local so regions do not overwrite each other
    public static final Variable<String> REGIONAL_PRIORITIES = Variable.text("regionalPriorities");
    public static final Variable<String> REGIONAL_CONCERNS = Variable.text("regionalConcerns");
    public static final Variable<String> REGIONAL_PARTICIPANTS = Variable.text("regionalParticipants");
    public static final Variable<List<String>> REGIONAL_SEGMENTS_CONSULTED =
        Variable.strings("regionalSegmentsConsulted");
    public static final List<Variable<?>> REGIONAL_FIELDS = List.of(
        REGIONAL_PRIORITIES, REGIONAL_CONCERNS, REGIONAL_PARTICIPANTS, REGIONAL_SEGMENTS_CONSULTED);
    /** One record per consultation: the region and the form's fields (the segments joined by commas). */
    public static final Variable<List<Map<String, Object>>> REGIONAL_INPUTS = Variable.records("regionalInputs");
    /** What the consolidation form shows of {@link #REGIONAL_INPUTS}. */
    public static final Variable<String> REGIONAL_INPUTS_SUMMARY = Variable.text("regionalInputsSummary");

    // scoping
    /**
     * The steps scoping declared not applicable: records {step, title, applies, justification}. The steps that apply
     * are the {@link #applyStep(int)} flags the gateways read.
     */
    public static final Variable<List<Map<String, Object>>> SKIPPED_STEPS = Variable.records("skippedSteps");

    /** applyStep3 ... applyStep10 (Boolean). */
    public static Variable<Boolean> applyStep(int step) {
      return Variable.flag("applyStep" + step);
    }

    /** justificationStep3 ... justificationStep10 (String). */
    public static Variable<String> justificationStep(int step) {
      return Variable.text("justificationStep" + step);
    }

    // step 4
    /**
     * The coordination structures (form dynamic list, Json): records {@code name}, {@code members} (ids of the
     * programme's institutions, oversight bodies and segments), {@code mandate}; kept as submitted once validated.
     */
    public static final Variable<List<Map<String, Object>>> COORDINATION_STRUCTURES =
        Variable.records("coordinationStructures").storedAsSpinJson();
    /** What the structures form offers as members: {label, value} choices, prepared when the task is created. */
    public static final Variable<List<Map<String, Object>>> STRUCTURE_MEMBER_OPTIONS =
        Variable.records("structureMemberOptions").storedAsSpinJson();

    // step 11: the oversight charter
    /** Charter form: the bodies that review the National Security Policy (checklist, Json). */
    public static final Variable<List<String>> CHARTER_NSP_REVIEWERS =
        Variable.strings("charterNspReviewers").storedAsSpinJson();
    /** Charter form: the bodies that review the financial feasibility plan (checklist, Json). */
    public static final Variable<List<String>> CHARTER_PLAN_REVIEWERS =
        Variable.strings("charterPlanReviewers").storedAsSpinJson();
    /** Charter form: one record {@code {institution, reviewers}} per institution (dynamic list, Json). */
    public static final Variable<List<Map<String, Object>>> CHARTER_FRAMEWORK_REVIEWERS =
        Variable.records("charterFrameworkReviewers").storedAsSpinJson();
    /** What the charter form offers as institutions: the programme's, as {label, value} choices. */
    public static final Variable<List<Map<String, Object>>> CHARTER_INSTITUTION_OPTIONS =
        Variable.records("charterInstitutionOptions").storedAsSpinJson();
    /**
     * Every charter recorded, oldest first: records {@code version}, {@code recordedAt}, {@code recordedBy},
     * {@code governanceCharterVersion}, {@code nsp}, {@code financialPlan} (group ids) and {@code agencyFrameworks}
     * (institution id to group ids). The last one decides who reviews a document when its review starts.
     */
    public static final Variable<List<Map<String, Object>>> OVERSIGHT_CHARTERS =
        Variable.records("oversightCharters").storedAsSpinJson();

    // steps 6 and 7: validation by the dialog's parties
    /** confirmed | returned (the gateways after the validation tasks read it). */
    public static final Variable<String> VALIDATION_DECISION = Variable.text("validationDecision");
    /** Required when returning. */
    public static final Variable<String> VALIDATION_REASONS = Variable.text("validationReasons");
    /** Task-local: the agreements ledger as text, what the validation form shows. */
    public static final Variable<String> VALIDATION_LEDGER_TEXT = Variable.text("validationLedgerText");
    /** Task-local: the document to validate (title and version) as text. */
    public static final Variable<String> VALIDATION_DOCUMENT_TEXT = Variable.text("validationDocumentText");
    /** Task-local: where Tasklist downloads the document to validate (the webapps' engine API). */
    public static final Variable<String> VALIDATION_DOCUMENT_LINK = Variable.text("validationDocumentLink");

    // documents and reviews
    public static final Variable<String> NSP_TITLE = Variable.text("nspTitle");
    public static final Variable<FileValue> NSP_DOCUMENT = Variable.file("nspDocument");
    public static final Variable<Integer> NSP_VERSION = Variable.integer("nspVersion");
    public static final Variable<Boolean> OVERSIGHT_IN_PLACE = Variable.flag("oversightInPlace");

    // a change requested while the programme runs (an amendment of the strategy or of the oversight charter)
    /** Why the change is asked for; travels with the request's message into the triggered subprocess. */
    public static final Variable<String> CHANGE_REASON = Variable.text("changeReason");
    /** The user who asked for it. */
    public static final Variable<String> CHANGE_REQUESTED_BY = Variable.text("changeRequestedBy");
    /** On whose behalf: a group id (coordinationUnit, parliamentOversight, programmeManagers, ...). */
    public static final Variable<String> CHANGE_REQUESTING_PARTY = Variable.text("changeRequestingParty");
    public static final Variable<String> GOVERNANCE_CHARTER_TITLE = Variable.text("governanceCharterTitle");
    public static final Variable<FileValue> GOVERNANCE_CHARTER = Variable.file("governanceCharter");
    public static final Variable<Integer> GOVERNANCE_CHARTER_VERSION = Variable.integer("governanceCharterVersion");
    public static final Variable<String> REVIEW_OUTCOME = Variable.text("reviewOutcome");
    public static final Variable<List<Map<String, Object>>> REVIEW_DECISIONS =
        Variable.records("reviewDecisions").storedAsSpinJson();

    // step 7 (local to each institution's sub-flow)
    public static final Variable<String> INSTITUTION = Variable.text("institution");
    public static final Variable<String> INSTITUTION_NAME = Variable.text("institutionName");
    public static final Variable<String> AGENCY_GROUP = Variable.text("agencyGroup");
    public static final Variable<String> AGENCY_FRAMEWORK_TITLE = Variable.text("agencyFrameworkTitle");
    public static final Variable<String> AGENCY_FRAMEWORK_SUMMARY = Variable.text("agencyFrameworkSummary");
    public static final Variable<FileValue> AGENCY_FRAMEWORK_DOCUMENT = Variable.file("agencyFrameworkDocument");
    public static final Variable<Integer> AGENCY_FRAMEWORK_VERSION = Variable.integer("agencyFrameworkVersion");
    /** Declared (empty) on each institution's sub-flow, so parallel institutions never share them. */
    public static final List<Variable<?>> AGENCY_FRAMEWORK_LOCALS = List.of(
        AGENCY_FRAMEWORK_TITLE, AGENCY_FRAMEWORK_SUMMARY, AGENCY_FRAMEWORK_DOCUMENT, REVIEW_OUTCOME, REVIEW_DECISIONS,
        VALIDATION_DECISION, VALIDATION_REASONS);

    // step 9 and 10
    /** What the strategy form's dynamic list submits (Json). */
    // issue 15: the negotiated content as data (ProgrammeContent)
    /** Step 5: Json [{id T-n, text}], the threats of the national threat assessment. */
    public static final Variable<List<Map<String, Object>>> THREATS = Variable.records("threats").storedAsSpinJson();
    /** Step 6: Json [{id P-n, text, agreementIds, threatIds}], the NSP's priorities of action. */
    public static final Variable<List<Map<String, Object>>> PRIORITIES =
        Variable.records("priorities").storedAsSpinJson();
    /** Step 8: Json [{id G-n, institution, text, priorityIds}], the gaps of the gap analysis. */
    public static final Variable<List<Map<String, Object>>> GAPS = Variable.records("gaps").storedAsSpinJson();
    /**
     * Task-local Json [{label, value}] on the gap analysis and the strategy: the NSP's priorities their taglists offer
     * (a valuesKey, named unlike any field key so Tasklist never types a submitted value by it).
     */
    public static final Variable<List<Map<String, Object>>> PRIORITY_OPTIONS =
        Variable.records("priorityOptions").storedAsSpinJson();
    /** Task-local Json [{label, value}] on the strategy: the gaps its actions may close. */
    public static final Variable<List<Map<String, Object>>> GAP_OPTIONS =
        Variable.records("gapOptions").storedAsSpinJson();
    /** Task-local Json [{label, value}] on the gap analysis: the institutions in scope. */
    public static final Variable<List<Map<String, Object>>> INSTITUTION_OPTIONS =
        Variable.records("institutionOptions").storedAsSpinJson();
    public static final Variable<List<Map<String, Object>>> STRATEGY_ACTIONS =
        Variable.records("strategyActions").storedAsSpinJson();
    /** The checked actions: Java list of maps {id, title, institution, startYear, endYear}. */
    public static final Variable<List<Map<String, Object>>> TRANSFORMATION_ACTIONS =
        Variable.records("transformationActions");
    public static final Variable<Integer> FINANCIAL_PLAN_VERSION = Variable.integer("financialPlanVersion");
    /**
     * The execution rate of the reporting year's budget (implementation): Json array written by finance when the
     * coordination unit imports the budget execution workbook, read by implementation for the annual report; one
     * entry {institution, planned, committed, spent, executionRate} per institution and a last one with institution
     * "Total". Declared here because finance and implementation do not know each other.
     */
    public static final Variable<List<Map<String, Object>>> BUDGET_EXECUTION_RATES =
        Variable.records("budgetExecutionRates").storedAsSpinJson();

    // step 12
    public static final Variable<String> RISK_OUTCOME = Variable.text("riskOutcome");
    public static final Variable<String> PROGRAMME_END_REASON = Variable.text("programmeEndReason");

    // summary
    public static final Variable<String> PROGRAMME_STATUS = Variable.text("programmeStatus");
    public static final Variable<String> PROGRAMME_SUMMARY = Variable.text("programmeSummary");
    public static final Variable<Object> PROGRAMME_SUMMARY_DETAILS =
        Variable.document("programmeSummaryDetails", Object.class).storedAsSpinJson();

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
        "oversightBorder", "oversightMilitias", "oversightLocalDefenceGroups", "oversightPrivateSecurity",
        "regionsText", "requiredSegments", "donorsText", "reformContext", "segmentsJustification",
        "nationalShareTarget", "programmeLanguage"));
    forms.put(Elements.RECORD_DIALOG_SESSION, Set.of("sessionDate", "sessionPlace", "sessionFacilitator",
        "participants", "segmentsPresent", "agreements", "disagreements", "requestMediation", "newAgreements",
        "agreementChanges"));
    forms.put(Elements.FACILITATE_DIALOG_SESSION, Set.of("sessionKind", "sessionDate", "sessionPlace", "participants",
        "segmentsPresent", "agreements", "disagreements", "requestMediation", "newAgreements", "agreementChanges"));
    forms.put(Elements.DECLARE_CONSENSUS, Set.of("consensusDecision", "segmentConsents"));
    Set<String> regional = new java.util.HashSet<>(
        Variables.REGIONAL_FIELDS.stream().map(Variable::name).collect(java.util.stream.Collectors.toSet()));
    regional.addAll(Set.of("newAgreements", "agreementChanges"));
    forms.put(Elements.REGIONAL_CONSULTATION, Set.copyOf(regional));
    forms.put(Elements.CONSOLIDATE_NEEDS_ASSESSMENT, Set.of("consolidatedNeeds"));
    forms.put(Elements.SCOPE_PROGRAMME, IntStream.rangeClosed(3, 10)
        .boxed().flatMap(step -> java.util.stream.Stream.of("applyStep" + step, "justificationStep" + step))
        .collect(java.util.stream.Collectors.toSet()));
    forms.put(Elements.CONTAIN_SHORT_TERM_THREATS, Set.of("threatsIdentified", "containmentActions"));
    forms.put(Elements.CONTAIN_REPORTED_THREAT, Set.of("containmentActions"));
    forms.put(Elements.ESTABLISH_STRUCTURES, Set.of("coordinationStructures"));
    forms.put(Elements.STRATEGIC_ANALYSIS, Set.of("nationalVision", "threatAssessment", "threats"));
    forms.put(Elements.DRAFT_NSP, Set.of("nspTitle", "nspDocument"));
    forms.put(Elements.REVISE_NSP, Set.of("nspTitle", "nspDocument"));
    forms.put(Elements.DRAFT_AGENCY_FRAMEWORK, Set.of("agencyFrameworkTitle", "agencyFrameworkDocument"));
    forms.put(Elements.REVISE_AGENCY_FRAMEWORK, Set.of("agencyFrameworkTitle", "agencyFrameworkDocument"));
    forms.put(Elements.DEVELOP_GOVERNANCE_STRUCTURES, Set.of("governanceCharterTitle", "governanceCharter"));
    forms.put(Elements.REVISE_GOVERNANCE_STRUCTURES, Set.of("governanceCharterTitle", "governanceCharter"));
    forms.put(Elements.RECORD_OVERSIGHT_CHARTER,
        Set.of("charterNspReviewers", "charterFrameworkReviewers", "charterPlanReviewers"));
    forms.put(Elements.AMEND_OVERSIGHT_CHARTER,
        Set.of("charterNspReviewers", "charterFrameworkReviewers", "charterPlanReviewers"));
    forms.put(Elements.VALIDATE_NSP, Set.of("validationDecision", "validationReasons"));
    forms.put(Elements.VALIDATE_AGENCY_FRAMEWORK, Set.of("validationDecision", "validationReasons"));
    forms.put(Elements.GAP_ANALYSIS, Set.of("changesNeeded", "gaps"));
    forms.put(Elements.DRAFT_TRANSFORMATION_STRATEGY, Set.of("strategyActions"));
    // step 10: forms of the finance feature
    forms.put(Elements.RECORD_DONOR_PLEDGES, Set.of("pledges"));
    forms.put(Elements.UPLOAD_FINANCIAL_PLAN, Set.of("financialPlanFile"));
    forms.put(Elements.REVIEW_FINANCIAL_PLAN_TOTALS, Set.of("financialPlanTotalsConfirmed"));
    return Map.copyOf(forms);
  }
}
