package org.ssr.workflow.local;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * The typed catalogue of {@code bpmn/local-security-report.bpmn}: one instance per report a local platform files
 * (Tasklist start form or {@code POST /api/programmes/{code}/local-reports}). The report is recorded, its concerns go
 * to the civil-society monitor for one decision (which become step-12 risks), and each follow-up becomes the agency's
 * task with a deadline and the chase ladder; the platform reads each answer in Tasklist.
 */
public final class LocalReportProcess {

  public static final String KEY = "local-security-report";
  public static final String RESOURCE = "bpmn/local-security-report.bpmn";
  public static final String FORM = "local-security-report";

  private LocalReportProcess() {}

  public static final class Elements {
    public static final String START = "StartEvent_LocalReportSubmitted";
    public static final String RECORD_REPORT = "ServiceTask_RecordLocalReport";
    public static final String ANY_CONCERNS = "Gateway_AnyConcerns";
    public static final String DECIDE_ON_CONCERNS = "UserTask_DecideOnConcerns";
    public static final String REPORT_CONCERNS_AS_RISKS = "ServiceTask_ReportConcernsAsRisks";
    public static final String FOLLOW_UP = "SubProcess_FollowUp";
    public static final String PREPARE_FOLLOW_UP = "ServiceTask_PrepareFollowUp";
    public static final String ANSWER_FOLLOW_UP = "UserTask_AnswerFollowUp";
    public static final String DEADLINE_PASSED = "Boundary_FollowUpDeadlinePassed";
    public static final String STILL_OVERDUE = "Boundary_FollowUpStillOverdue";
    public static final String CHASE_FOLLOW_UP = "UserTask_ChaseFollowUp";
    public static final String ESCALATE_FOLLOW_UP = "UserTask_EscalateFollowUp";
    public static final String RECORD_ANSWER = "ServiceTask_RecordFollowUpAnswer";
    public static final String READ_ANSWER = "UserTask_ReadFollowUpAnswer";
    public static final String END = "EndEvent_ReportHandled";

    private Elements() {}
  }

  public static final class Beans {
    public static final String RECORD_REPORT = "recordLocalReportDelegate";
    public static final String REPORT_CONCERNS_AS_RISKS = "reportConcernsAsRisksDelegate";
    public static final String PREPARE_FOLLOW_UP = "prepareFollowUpDelegate";
    public static final String RECORD_ANSWER = "recordFollowUpAnswerDelegate";
    public static final String COUNT_CHASE = "countFollowUpChaseListener";

    private Beans() {}
  }

  public static final class Variables {
    // the report (start form and REST body use these names)
    public static final Variable<String> PROGRAMME_CODE = ProgrammeProcess.Variables.PROGRAMME_CODE;
    public static final Variable<String> REGION = ProgrammeProcess.Variables.REGION;
    public static final Variable<Date> MEETING_DATE = Variable.date("meetingDate");
    public static final Variable<Integer> PARTICIPANTS_COMMUNITY = Variable.integer("participantsCommunity");
    public static final Variable<Integer> PARTICIPANTS_SECURITY_FORCE = Variable.integer("participantsSecurityForce");
    public static final Variable<Integer> PARTICIPANTS_LOCAL_GOVERNMENT =
        Variable.integer("participantsLocalGovernment");
    public static final Variable<Integer> PARTICIPANTS_CIVIL_SOCIETY = Variable.integer("participantsCivilSociety");
    /** Dynamic list: category, severity, force, description. */
    public static final Variable<List<Map<String, Object>>> ISSUES = Variable.records("issues").storedAsSpinJson();
    /** Textarea, one concern per line (REST: a list). */
    public static final Variable<List<String>> HUMAN_RIGHTS_CONCERNS = Variable.strings("humanRightsConcerns");
    /** Agreements reached locally: the same field as a dialog session's agreements. */
    public static final Variable<String> AGREEMENTS = ProgrammeProcess.Variables.AGREEMENTS;
    /** Dynamic list: agency (institution id), request. */
    public static final Variable<List<Map<String, Object>>> FOLLOW_UPS =
        Variable.records("followUps").storedAsSpinJson();

    // set when the report is recorded
    public static final Variable<String> REPORT_ID = Variable.text("localReportId");
    public static final Variable<String> FILED_BY = Variable.text("localReportFiledBy");
    /** The region's local platform group: candidate of the answers' reading tasks. */
    public static final Variable<String> PLATFORM_GROUP = Variable.text("platformGroup");
    public static final Variable<Boolean> HAS_CONCERNS = Variable.flag("hasConcerns");
    /**
     * [{label, value}] for the monitor's checklist; value = concern number. Spin Json: Tasklist types the checklist's
     * submitted value after its valuesKey variable, and only Json deserializes without a Java class.
     */
    public static final Variable<List<Map<String, Object>>> CONCERN_OPTIONS =
        Variable.records("concernOptions").storedAsSpinJson();
    public static final Variable<String> REPORT_SUMMARY = Variable.text("localReportSummary");
    public static final Variable<List<String>> FOLLOW_UP_IDS = Variable.strings("followUpIds");

    // the monitor's one decision on the concerns
    public static final Variable<List<String>> CONCERNS_TO_RISK = Variable.strings("concernsToRisk");
    public static final Variable<String> CONCERN_DECISION_NOTE = Variable.text("concernDecisionNote");
    public static final Variable<List<String>> CONCERN_RISK_IDS = Variable.strings("concernRiskIds");

    // one follow-up (local to its branch)
    public static final Variable<String> FOLLOW_UP_ID = Variable.text("followUpId");
    public static final Variable<String> FOLLOW_UP_AGENCY = Variable.text("followUpAgency");
    public static final Variable<String> FOLLOW_UP_AGENCY_NAME = Variable.text("followUpAgencyName");
    public static final Variable<String> FOLLOW_UP_REQUEST = Variable.text("followUpRequest");
    public static final Variable<Date> FOLLOW_UP_DEADLINE = Variable.date("followUpDeadline");
    public static final Variable<Date> FOLLOW_UP_ESCALATION_DATE = Variable.date("followUpEscalationDate");
    public static final Variable<String> FOLLOW_UP_DUE_TEXT = Variable.text("followUpDueText");
    public static final Variable<String> FOLLOW_UP_ANSWER = Variable.text("followUpAnswer");
    public static final Variable<String> FOLLOW_UP_ANSWERED_BY = Variable.text("followUpAnsweredBy");
    public static final Variable<String> CHASE_NOTE = Variable.text("followUpChaseNote");
    public static final Variable<String> PLATFORM_COMMENT = Variable.text("platformComment");

    private Variables() {}
  }

  /** The start form's fields, also the REST body's. */
  public static final Set<String> REPORT_FIELDS = Set.of(Variables.PROGRAMME_CODE.name(), Variables.REGION.name(),
      Variables.MEETING_DATE.name(), Variables.PARTICIPANTS_COMMUNITY.name(),
      Variables.PARTICIPANTS_SECURITY_FORCE.name(), Variables.PARTICIPANTS_LOCAL_GOVERNMENT.name(),
      Variables.PARTICIPANTS_CIVIL_SOCIETY.name(), Variables.ISSUES.name(), Variables.HUMAN_RIGHTS_CONCERNS.name(),
      Variables.AGREEMENTS.name(), Variables.FOLLOW_UPS.name());

  /** Element id -> the variables its Camunda Form supplies (FormsDeployedTest). */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(
      Elements.START, REPORT_FIELDS,
      Elements.DECIDE_ON_CONCERNS, Set.of(Variables.CONCERNS_TO_RISK.name(), Variables.CONCERN_DECISION_NOTE.name()),
      Elements.ANSWER_FOLLOW_UP, Set.of(Variables.FOLLOW_UP_ANSWER.name()),
      Elements.CHASE_FOLLOW_UP, Set.of(Variables.CHASE_NOTE.name()),
      Elements.ESCALATE_FOLLOW_UP, Set.of(Variables.CHASE_NOTE.name()),
      Elements.READ_ANSWER, Set.of(Variables.PLATFORM_COMMENT.name()));
}
