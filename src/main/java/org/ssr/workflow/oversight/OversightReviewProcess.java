package org.ssr.workflow.oversight;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * The typed catalogue of {@code bpmn/oversight-review.bpmn}: process key, element ids and the variables of the
 * call-activity contract. Code and tests use these constants instead of string literals.
 *
 * <p>Contract (see docs/oversight-review.md): the caller passes {@link Variables#PROGRAMME_CODE} … {@link
 * Variables#REVIEW_INSTITUTION} in and maps {@link Variables#REVIEW_OUTCOME} and {@link Variables#REVIEW_DECISIONS}
 * out; it appends the decisions to its own decision log with {@link AppendReviewDecisionsListener}.
 */
public final class OversightReviewProcess {

  public static final String KEY = "oversight-review";
  public static final String RESOURCE = "bpmn/oversight-review.bpmn";
  public static final String DECISION_FORM_RESOURCE = "forms/review-decision.html";
  public static final String CHASE_FORM_RESOURCE = "forms/review-chase.form";
  public static final String CHASE_FORM_ID = "review-chase";

  /** The group that chases overdue reviews and receives the escalations. */
  public static final String PROGRAMME_MANAGERS = "programmeManagers";

  private OversightReviewProcess() {}

  /** Element ids of the model. */
  public static final class Elements {
    public static final String PROCESS = KEY;
    public static final String LANE_OVERSIGHT_BODIES = "Lane_OversightBodies";
    public static final String LANE_PROGRAMME_MANAGERS = "Lane_ProgrammeManagers";
    public static final String START = "StartEvent_ReviewRequested";
    public static final String PREPARE_REVIEW = "ServiceTask_PrepareReview";
    public static final String REVIEW_BY_BODY = "SubProcess_ReviewByOversightBody";
    public static final String BODY_REVIEW_STARTED = "StartEvent_BodyReviewStarted";
    public static final String REVIEW_TASK = "UserTask_ReviewDocument";
    public static final String BODY_DECIDED = "EndEvent_BodyDecided";
    public static final String DEADLINE_TIMER = "Boundary_ReviewDeadlinePassed";
    public static final String ESCALATION_TIMER = "Boundary_ReviewStillOverdue";
    public static final String CHASE_OVERDUE_REVIEW = "UserTask_ChaseOverdueReview";
    public static final String CHASE_RECORDED = "EndEvent_ChaseRecorded";
    public static final String ESCALATE_OVERDUE_REVIEW = "UserTask_EscalateOverdueReview";
    public static final String ESCALATION_RECORDED = "EndEvent_EscalationRecorded";
    public static final String DETERMINE_OUTCOME = "ServiceTask_DetermineReviewOutcome";
    public static final String OUTCOME_GATEWAY = "Gateway_ReviewOutcome";
    public static final String APPROVED = "EndEvent_ReviewApproved";
    public static final String RETURNED = "EndEvent_ReviewReturned";
    public static final String REJECTED = "EndEvent_ReviewRejected";

    private Elements() {}
  }

  /** Spring bean names referenced by the model ({@code ${beanName}}). */
  public static final class Beans {
    public static final String PREPARE_REVIEW = "prepareOversightReviewDelegate";
    public static final String BODY_NAMES = "oversightBodyNames";
    public static final String RECORD_DECISION = "recordReviewDecisionListener";
    public static final String RECORD_CHASE = "recordReviewChaseListener";
    public static final String DETERMINE_OUTCOME = "determineReviewOutcomeDelegate";
    /** Referenced by model versions deployed before the decision record was the single source; does nothing now. */
    public static final String APPEND_TO_DECISION_LOG = "appendReviewDecisionsToDecisionLog";

    private Beans() {}
  }

  /**
   * Variables of the call-activity contract and the ones the model keeps for itself. The programme's variables that
   * travel in and out under the same name are the programme's own declarations ({@link ProgrammeProcess.Variables}).
   */
  public static final class Variables {
    // in (from the caller)
    public static final Variable<String> PROGRAMME_CODE = ProgrammeProcess.Variables.PROGRAMME_CODE;
    public static final Variable<String> PROGRAMME_TERM = ProgrammeProcess.Variables.PROGRAMME_TERM;
    /** NSP | AGENCY_FRAMEWORK | FINANCIAL_PLAN | GOVERNANCE_STRUCTURES, see {@link ReviewKind}. */
    public static final Variable<String> REVIEW_KIND = Variable.text("reviewKind");
    public static final Variable<String> REVIEW_SUBJECT = Variable.text("reviewSubject");
    public static final Variable<Integer> REVIEW_VERSION = Variable.integer("reviewVersion");
    /** The reviewers download it in forms/review-decision.html. */
    public static final Variable<FileValue> REVIEW_DOCUMENT = Variable.file("reviewDocument");
    /** Group ids of the reviewing oversight bodies: one review task each. */
    public static final Variable<List<String>> REVIEW_GROUPS = Variable.strings("reviewGroups");
    /** ISO-8601 duration from the start of the review; defaults to ssr.review.default-deadline (P21D). */
    public static final Variable<String> REVIEW_DEADLINE = ProgrammeProcess.Variables.REVIEW_DEADLINE;
    /** ISO-8601 duration after the deadline until the escalation; defaults to ssr.review.escalation-delay (P7D). */
    public static final Variable<String> REVIEW_ESCALATION_DELAY = Variable.text("reviewEscalationDelay");
    /** Optional: the institution whose framework is reviewed (step 7). */
    public static final Variable<String> REVIEW_INSTITUTION = Variable.text("reviewInstitution");

    // out (to the caller)
    /** "approved" | "returned" | "rejected", see {@link ReviewOutcome}. */
    public static final Variable<String> REVIEW_OUTCOME = ProgrammeProcess.Variables.REVIEW_OUTCOME;
    /** Json array of {@link ReviewDecisionRecord}: kind, subject, version, group, userId, decision, reasons, decidedAt. */
    public static final Variable<List<Map<String, Object>>> REVIEW_DECISIONS =
        ProgrammeProcess.Variables.REVIEW_DECISIONS;

    // set by the model itself
    /**
     * Json array of {@link ReviewChaseRecord}: what programmeManagers did about overdue reviews. Absent until the
     * first chase.
     */
    public static final Variable<List<Map<String, Object>>> REVIEW_CHASE_LOG =
        Variable.records("reviewChaseLog").storedAsSpinJson();
    public static final Variable<String> REVIEW_KIND_NAME = Variable.text("reviewKindName");
    public static final Variable<Date> REVIEW_DUE_DATE = Variable.date("reviewDueDate");
    public static final Variable<Date> REVIEW_ESCALATION_DATE = Variable.date("reviewEscalationDate");
    /** Multi-instance element variable: the group id of the body reviewing in this instance. */
    public static final Variable<String> REVIEW_GROUP = Variable.text("reviewGroup");
    /** Local to each body's review: the plain-language name of the body. */
    public static final Variable<String> REVIEW_BODY_NAME = Variable.text("reviewBodyName");
    /**
     * What the reviewers must know of the national dialog beside the document (NSP only): the segments the set-up left
     * out of the dialog and its written justification. Absent when nothing was left out.
     */
    public static final Variable<String> REVIEW_CONTEXT = Variable.text("reviewContext");

    // submitted by the review form (local to each body's review)
    /** "approved" | "returned" | "rejected", see {@link ReviewDecision}. */
    public static final Variable<String> DECISION = Variable.text("decision");
    public static final Variable<String> REASONS = Variable.text("reasons");
    // submitted by the chase/escalation form (local to each task)
    public static final Variable<String> CHASE_NOTE = Variable.text("chaseNote");

    private Variables() {}
  }

  /**
   * The variables each task's form must supply because a listener or a later step reads them (checked by
   * FormsDeployedTest against the form files).
   */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(
      Elements.REVIEW_TASK, Set.of(Variables.DECISION.name(), Variables.REASONS.name()),
      Elements.CHASE_OVERDUE_REVIEW, Set.of(Variables.CHASE_NOTE.name()),
      Elements.ESCALATE_OVERDUE_REVIEW, Set.of(Variables.CHASE_NOTE.name()));
}
