package org.ssr.workflow.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * Catalogue of the risk-handling process (bpmn/risk-handling.bpmn): key, element ids, messages and variables,
 * used by delegates and tests instead of string literals.
 */
public final class RiskHandlingProcess {

  public static final String KEY = "risk-handling";
  public static final String RESOURCE = "bpmn/risk-handling.bpmn";
  public static final String DECISION_KEY = "risk-rating";
  public static final String DECISION_RESOURCE = "bpmn/risk-rating.dmn";

  public static final String MESSAGE_TRANSFORMATION_TRACK_RESUMED = "TransformationTrackResumed";
  public static final String MESSAGE_TRANSFORMATION_TRACK_HELD = "TransformationTrackHeld";
  public static final String ESCALATION_RISK_CRITICAL = "RISK_CRITICAL";
  /** Re-plan: sent to the programme's implementation (an amendment of the strategy), see ProgrammeChanges. */
  public static final String MESSAGE_AMENDMENT_REQUESTED = ProgrammeProcess.Messages.AMENDMENT_REQUESTED;
  /** The urgent review's decision that opens an amendment (programme in implementation only). */
  public static final String DECISION_OPEN_AMENDMENT = "openAmendment";

  /** Value of {@link Variables#RISK_OUTCOME} that makes ssr-programme end the programme. */
  public static final String OUTCOME_END_PROGRAMME = "END_PROGRAMME";
  public static final String OUTCOME_RESOLVED = "RESOLVED";
  public static final String OUTCOME_ACCEPTED = "ACCEPTED";

  public static final class Elements {
    public static final String START = "StartEvent_RiskToHandle";
    public static final String PREPARE = "ServiceTask_PrepareRisk";
    public static final String ASSESS = "UserTask_AssessRisk";
    public static final String GATEWAY_RESOLVED = "Gateway_RiskResolved";
    public static final String RATE = "BusinessRuleTask_RateRisk";
    public static final String RECORD_LEVEL = "ServiceTask_RecordRiskLevel";
    public static final String GATEWAY_LEVEL = "Gateway_RiskLevel";
    public static final String WRITE_MITIGATION_PLAN = "UserTask_WriteMitigationPlan";
    public static final String MITIGATION_PLAN_OVERDUE = "Boundary_MitigationPlanOverdue";
    public static final String ESCALATE_TO_HIGH = "ServiceTask_EscalateToHigh";
    public static final String DECIDE_HIGH_RISK = "UserTask_DecideOnHighRisk";
    public static final String HIGH_RISK_DECISION_OVERDUE = "Boundary_HighRiskDecisionOverdue";
    public static final String ESCALATE_TO_CRITICAL = "ServiceTask_EscalateToCritical";
    public static final String GATEWAY_HIGH_RISK_DECISION = "Gateway_HighRiskDecision";
    public static final String ACCEPT_RISK = "ServiceTask_AcceptRisk";
    public static final String MEDIATE = "UserTask_MediateRisk";
    public static final String RISK_CRITICAL = "IntermediateThrowEvent_RiskCritical";
    public static final String URGENT_REVIEW = "UserTask_UrgentRiskReview";
    public static final String URGENT_REVIEW_CHASE = "Boundary_UrgentReviewChase";
    public static final String CHASE_URGENT_REVIEW = "ServiceTask_ChaseUrgentReview";
    public static final String GATEWAY_URGENT_DECISION = "Gateway_UrgentReviewDecision";
    public static final String HOLD_TRACK = "ServiceTask_HoldTransformationTrack";
    public static final String RESUME_TRACK_TASK = "UserTask_ResumeTransformationTrack";
    public static final String RESUME_TRACK = "ServiceTask_ResumeTransformationTrack";
    public static final String END_PROGRAMME = "ServiceTask_EndProgramme";
    public static final String REQUEST_AMENDMENT = "IntermediateThrowEvent_AmendmentRequested";
    public static final String REVIEW_DATE = "TimerEvent_ReviewDate";
    public static final String CLOSE_RISK = "ServiceTask_CloseRisk";
    public static final String END_CLOSED = "EndEvent_RiskClosed";
    public static final String END_ACCEPTED = "EndEvent_RiskAccepted";
    public static final String END_PROGRAMME_ENDED = "EndEvent_ProgrammeEnded";
    public static final String END_CHASED = "EndEvent_UrgentReviewChased";

    private Elements() {}
  }

  /**
   * Process variables of risk-handling. The ones ssr-programme passes in or maps out under the same name are the
   * programme's own declarations ({@link ProgrammeProcess.Variables}), referenced, not repeated.
   */
  public static final class Variables {
    /** The programme code (= business key of the ssr-programme instance). */
    public static final Variable<String> PROGRAMME_CODE = ProgrammeProcess.Variables.PROGRAMME_CODE;
    /** Set by risk-report; they travel with the message RiskReported. */
    public static final Variable<String> RISK_ID = Variable.text("riskId");
    public static final Variable<String> RISK_TITLE = Variable.text("riskTitle");
    public static final Variable<String> RISK_DESCRIPTION = Variable.text("riskDescription");
    /** A {@link RiskCategory#id()}. */
    public static final Variable<String> RISK_CATEGORY = Variable.text("riskCategory");
    /** User id of the reporter. */
    public static final Variable<String> RISK_REPORTED_BY = Variable.text("riskReportedBy");
    /** 1-5 each, from the assessment form; stored as Integer for the decision risk-rating. */
    public static final Variable<Integer> RISK_LIKELIHOOD = Variable.integer("riskLikelihood");
    public static final Variable<Integer> RISK_IMPACT = Variable.integer("riskImpact");
    public static final Variable<String> RISK_ASSESSMENT_NOTE = Variable.text("riskAssessmentNote");
    /** Assessment form: the risk has passed and is closed. */
    public static final Variable<Boolean> RISK_RESOLVED = Variable.flag("riskResolved");
    /** Result of the decision risk-rating (single result): its level and the group that acts. */
    public static final Variable<RiskRating> RISK_RATING = Variable.document("riskRating", RiskRating.class);
    /** Stored by its {@link RiskLevel#id()}, which the gateways compare. */
    public static final Variable<RiskLevel> RISK_LEVEL = Variable.choice("riskLevel", RiskLevel.class);
    /** The group that acts now. */
    public static final Variable<String> RISK_OWNER = Variable.text("riskOwner");
    /** A {@link RiskStatus} name. */
    public static final Variable<String> RISK_STATUS = Variable.text("riskStatus");
    /** Json array of {@link RiskEvent}: level changes, decisions, chases. */
    public static final Variable<List<RiskEvent>> RISK_LOG = Variable.<List<RiskEvent>>document("riskLog",
        Json.mapper().getTypeFactory().constructCollectionType(List.class, RiskEvent.class)).storedAsSpinJson();
    /** Mitigation plan text (medium). */
    public static final Variable<String> RISK_MITIGATION_PLAN = Variable.text("riskMitigationPlan");
    /** mitigate | mediate | accept (high). */
    public static final Variable<String> RISK_DECISION = Variable.text("riskDecision");
    /** holdTransformation | continueMediation | endProgramme (critical). */
    public static final Variable<String> RISK_URGENT_DECISION = Variable.text("riskUrgentDecision");
    /** The reasons given with a decision. */
    public static final Variable<String> RISK_DECISION_REASON = Variable.text("riskDecisionReason");
    public static final Variable<String> RISK_MEDIATION_REPORT = Variable.text("riskMediationReport");
    public static final Variable<String> RISK_RESUME_NOTE = Variable.text("riskResumeNote");
    /** How often the urgent review was chased; absent until the first chase. */
    public static final Variable<Integer> RISK_CHASE_COUNT = Variable.integer("riskChaseCount");
    /** RESOLVED | ACCEPTED | END_PROGRAMME (out to ssr-programme). */
    public static final Variable<String> RISK_OUTCOME = ProgrammeProcess.Variables.RISK_OUTCOME;
    /** Why the programme was ended (out to ssr-programme). */
    public static final Variable<String> PROGRAMME_END_REASON = ProgrammeProcess.Variables.PROGRAMME_END_REASON;
    /** On the risk and on the ssr-programme instance. */
    public static final Variable<Boolean> TRANSFORMATION_ON_HOLD = ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD;

    /** ISO-8601 durations, defaults from ssr.risk.* (see {@link RiskProperties}). */
    public static final Variable<String> REVIEW_PERIOD = Variable.text("riskReviewPeriod");
    public static final Variable<String> MITIGATION_DEADLINE = Variable.text("riskMitigationDeadline");
    public static final Variable<String> DECISION_DEADLINE = Variable.text("riskDecisionDeadline");
    public static final Variable<String> CRITICAL_DEADLINE = Variable.text("riskCriticalDeadline");
    public static final Variable<String> CHASE_INTERVAL = Variable.text("riskChaseInterval");
    /** ISO-8601 repeating interval R/&lt;first chase&gt;/&lt;interval&gt;, computed when the risk becomes critical. */
    public static final Variable<String> CHASE_CYCLE = Variable.text("riskChaseCycle");

    /** What ssr-programme passes to the call activity (everything else the risk sets itself). */
    public static final List<Variable<?>> PASSED_IN = List.of(PROGRAMME_CODE, RISK_ID, RISK_TITLE, RISK_DESCRIPTION,
        RISK_CATEGORY, RISK_REPORTED_BY);

    private Variables() {}
  }

  /** The single result of the decision risk-rating. */
  public record RiskRating(String level, String actingGroup) {}

  /** Element id -> the variables its Camunda Form supplies and the process reads (checked by FormsDeployedTest). */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(
      Elements.ASSESS, names(Variables.RISK_LIKELIHOOD, Variables.RISK_IMPACT, Variables.RISK_RESOLVED,
          Variables.RISK_ASSESSMENT_NOTE),
      Elements.WRITE_MITIGATION_PLAN, names(Variables.RISK_MITIGATION_PLAN),
      Elements.DECIDE_HIGH_RISK, names(Variables.RISK_DECISION, Variables.RISK_DECISION_REASON),
      Elements.MEDIATE, names(Variables.RISK_MEDIATION_REPORT),
      Elements.URGENT_REVIEW, names(Variables.RISK_URGENT_DECISION, Variables.RISK_DECISION_REASON),
      Elements.RESUME_TRACK_TASK, names(Variables.RISK_RESUME_NOTE));

  static Set<String> names(Variable<?>... variables) {
    return Arrays.stream(variables).map(Variable::name).collect(Collectors.toUnmodifiableSet());
  }

  private RiskHandlingProcess() {}
}
