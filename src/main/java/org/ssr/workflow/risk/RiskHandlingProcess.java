package org.ssr.workflow.risk;

import java.util.Map;
import java.util.Set;

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
    public static final String REVIEW_DATE = "TimerEvent_ReviewDate";
    public static final String CLOSE_RISK = "ServiceTask_CloseRisk";
    public static final String END_CLOSED = "EndEvent_RiskClosed";
    public static final String END_ACCEPTED = "EndEvent_RiskAccepted";
    public static final String END_PROGRAMME_ENDED = "EndEvent_ProgrammeEnded";
    public static final String END_CHASED = "EndEvent_UrgentReviewChased";

    private Elements() {}
  }

  /** Process variables of risk-handling with their types. */
  public static final class Variables {
    /** String, the programme code (= business key of the ssr-programme instance). */
    public static final String PROGRAMME_CODE = "programmeCode";
    /** String ids, set by risk-report. */
    public static final String RISK_ID = "riskId";
    public static final String RISK_TITLE = "riskTitle";
    public static final String RISK_DESCRIPTION = "riskDescription";
    /** String, a {@link RiskCategory#id()}. */
    public static final String RISK_CATEGORY = "riskCategory";
    /** String, user id of the reporter. */
    public static final String RISK_REPORTED_BY = "riskReportedBy";
    /** Integer 1-5 each, from the assessment form. */
    public static final String RISK_LIKELIHOOD = "riskLikelihood";
    public static final String RISK_IMPACT = "riskImpact";
    public static final String RISK_ASSESSMENT_NOTE = "riskAssessmentNote";
    /** Boolean, assessment form: the risk has passed and is closed. */
    public static final String RISK_RESOLVED = "riskResolved";
    /** Map {level, actingGroup}: result of the decision risk-rating. */
    public static final String RISK_RATING = "riskRating";
    /** String, a {@link RiskLevel#id()}. */
    public static final String RISK_LEVEL = "riskLevel";
    /** String, the group that acts now. */
    public static final String RISK_OWNER = "riskOwner";
    /** String, a {@link RiskStatus} name. */
    public static final String RISK_STATUS = "riskStatus";
    /** Json array of {@link RiskEvent}: level changes, decisions, chases. */
    public static final String RISK_LOG = "riskLog";
    /** String, mitigation plan text (medium). */
    public static final String RISK_MITIGATION_PLAN = "riskMitigationPlan";
    /** String mitigate | mediate | accept (high). */
    public static final String RISK_DECISION = "riskDecision";
    /** String holdTransformation | continueMediation | endProgramme (critical). */
    public static final String RISK_URGENT_DECISION = "riskUrgentDecision";
    /** String, the reasons given with a decision. */
    public static final String RISK_DECISION_REASON = "riskDecisionReason";
    public static final String RISK_MEDIATION_REPORT = "riskMediationReport";
    public static final String RISK_RESUME_NOTE = "riskResumeNote";
    /** Integer, how often the urgent review was chased. */
    public static final String RISK_CHASE_COUNT = "riskChaseCount";
    /** String: RESOLVED | ACCEPTED | END_PROGRAMME (out to ssr-programme). */
    public static final String RISK_OUTCOME = "riskOutcome";
    /** String, why the programme was ended (out to ssr-programme). */
    public static final String PROGRAMME_END_REASON = "programmeEndReason";
    /** Boolean on the ssr-programme instance. */
    public static final String TRANSFORMATION_ON_HOLD = "transformationOnHold";

    /** ISO-8601 durations, defaults from ssr.risk.* (see {@link RiskProperties}). */
    public static final String REVIEW_PERIOD = "riskReviewPeriod";
    public static final String MITIGATION_DEADLINE = "riskMitigationDeadline";
    public static final String DECISION_DEADLINE = "riskDecisionDeadline";
    public static final String CRITICAL_DEADLINE = "riskCriticalDeadline";
    public static final String CHASE_INTERVAL = "riskChaseInterval";
    /** ISO-8601 repeating interval R/&lt;first chase&gt;/&lt;interval&gt;, computed when the risk becomes critical. */
    public static final String CHASE_CYCLE = "riskChaseCycle";

    private Variables() {}
  }

  /** Element id -> the variables its Camunda Form supplies and the process reads (checked by FormsDeployedTest). */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(
      Elements.ASSESS, Set.of(Variables.RISK_LIKELIHOOD, Variables.RISK_IMPACT, Variables.RISK_RESOLVED,
          Variables.RISK_ASSESSMENT_NOTE),
      Elements.WRITE_MITIGATION_PLAN, Set.of(Variables.RISK_MITIGATION_PLAN),
      Elements.DECIDE_HIGH_RISK, Set.of(Variables.RISK_DECISION, Variables.RISK_DECISION_REASON),
      Elements.MEDIATE, Set.of(Variables.RISK_MEDIATION_REPORT),
      Elements.URGENT_REVIEW, Set.of(Variables.RISK_URGENT_DECISION, Variables.RISK_DECISION_REASON),
      Elements.RESUME_TRACK_TASK, Set.of(Variables.RISK_RESUME_NOTE));

  private RiskHandlingProcess() {}
}
