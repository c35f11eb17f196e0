package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.ssr.workflow.risk.RiskHandlingProcess.Elements.*;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * Every path of risk-handling.bpmn on its own (no programme): each level, each escalation by a missed deadline (engine
 * clock moved, timer jobs executed), the critical review's three outcomes, and two risks open at once.
 */
class RiskHandlingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .excludeProcessDefinitionKeys("amendment-taker")
      .assertClassCoverageAtLeast(0.95)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  ProcessEngine engine;
  private String deploymentId;
  private RiskProcessTestSupport support;

  @BeforeEach
  void setUp() {
    init(engine);
    deploymentId = SpringBootLikeDeployment.deploy(engine, RiskHandlingProcess.RESOURCE,
        RiskHandlingProcess.DECISION_RESOURCE, "forms/risk-assessment.form", "forms/risk-mitigation-plan.form",
        "forms/risk-high-decision.form", "forms/risk-mediation.form", "forms/risk-urgent-review.form",
        "forms/risk-resume-track.form");
    RiskTestBeans.register();
    ClockUtil.setCurrentTime(Date.from(RiskProcessTestSupport.START));
    support = new RiskProcessTestSupport(engine);
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @Test
  void lowRisk_isMonitored_reviewDateBringsItBack_thenClosed() {
    ProcessInstance risk = startRisk("political");
    assertThat(risk).isWaitingAt(ASSESS);
    assertThat(support.task(risk.getId(), ASSESS).getTaskDefinitionKey()).isEqualTo(ASSESS);

    support.assess(risk.getId(), 1, 2);

    assertThat(risk).isWaitingAt(REVIEW_DATE);
    assertThat(support.variable(risk, Variables.RISK_LEVEL.name())).isEqualTo("low");
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.MONITORED.name());
    assertThat(support.variable(risk, Variables.RISK_OWNER.name())).isEqualTo("coordinationUnit");
    assertThat(support.variable(risk, Variables.RISK_LIKELIHOOD.name())).isEqualTo(1);
    assertThat(support.log(risk.getId())).anySatisfy(event -> {
      assertThat(event.step()).isEqualTo("Assess likelihood and impact");
      assertThat(event.decision()).isEqualTo("likelihood 1, impact 2");
      assertThat(event.text()).isEqualTo("assessed in a test");
    });

    assertThat(support.passTime(Duration.ofDays(29))).isZero();
    assertThat(risk).isWaitingAt(REVIEW_DATE);
    assertThat(support.passTime(Duration.ofDays(1))).isEqualTo(1);
    assertThat(risk).isWaitingAt(ASSESS);

    support.complete(risk.getId(), ASSESS, Map.of(Variables.RISK_RESOLVED.name(), true));

    assertThat(risk).isEnded().hasPassed(CLOSE_RISK, END_CLOSED);
    assertThat(support.historicVariable(risk.getId(), Variables.RISK_OUTCOME.name()))
        .isEqualTo(RiskHandlingProcess.OUTCOME_RESOLVED);
    assertThat(support.historicVariable(risk.getId(), Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.RESOLVED.name());
  }

  @Test
  void mediumRisk_mitigationPlanWritten_isMonitored() {
    ProcessInstance risk = startRisk("capacity");
    support.assess(risk.getId(), 2, 3);

    assertThat(risk).isWaitingAt(WRITE_MITIGATION_PLAN);
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.MITIGATION_PLAN_DUE.name());
    assertThat(support.task(risk.getId(), WRITE_MITIGATION_PLAN)).satisfies(task -> assertThat(
        engine.getTaskService().getIdentityLinksForTask(task.getId())).anyMatch(
        link -> "coordinationUnit".equals(link.getGroupId())));

    support.complete(risk.getId(), WRITE_MITIGATION_PLAN, Map.of(Variables.RISK_MITIGATION_PLAN.name(), "Train the unit"));

    assertThat(risk).isWaitingAt(REVIEW_DATE);
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.MONITORED.name());
    assertThat(support.log(risk.getId())).anySatisfy(event -> {
      assertThat(event.type()).isEqualTo(RiskEvent.DECISION);
      assertThat(event.text()).isEqualTo("Train the unit");
    });
  }

  @Test
  void assessmentAsTextOrDecimal_fromOtherClients_isAccepted() {
    ProcessInstance risk = startRisk("political");
    support.complete(risk.getId(), ASSESS, Map.of(Variables.RISK_LIKELIHOOD.name(), "4", Variables.RISK_IMPACT.name(), 5.0d));

    assertThat(risk).isWaitingAt(URGENT_REVIEW);
    assertThat(support.variable(risk, Variables.RISK_IMPACT.name())).isEqualTo(5);
  }

  @Test
  void categoryRaisesTheLevel_humanRightsLowBecomesMedium() {
    ProcessInstance risk = startRisk("humanRights");
    support.assess(risk.getId(), 1, 2);

    assertThat(risk).isWaitingAt(WRITE_MITIGATION_PLAN);
    assertThat(support.variable(risk, Variables.RISK_LEVEL.name())).isEqualTo("medium");
  }

  @Test
  void missedDeadlines_mediumBecomesHigh_thenCritical_thenChasedEveryDay() {
    ProcessInstance risk = startRisk("financial");
    support.assess(risk.getId(), 2, 3);
    assertThat(risk).isWaitingAt(WRITE_MITIGATION_PLAN);

    assertThat(support.passTime(Duration.ofDays(13))).isZero();
    assertThat(support.passTime(Duration.ofDays(1))).isEqualTo(1);

    assertThat(risk).hasPassed(MITIGATION_PLAN_OVERDUE, ESCALATE_TO_HIGH).isWaitingAt(DECIDE_HIGH_RISK);
    assertThat(support.variable(risk, Variables.RISK_LEVEL.name())).isEqualTo("high");
    assertThat(support.variable(risk, Variables.RISK_OWNER.name())).isEqualTo("programmeManagers");

    assertThat(support.passTime(Duration.ofDays(6))).isZero();
    assertThat(support.passTime(Duration.ofDays(1))).isEqualTo(1);

    assertThat(risk).hasPassed(HIGH_RISK_DECISION_OVERDUE, ESCALATE_TO_CRITICAL, RISK_CRITICAL)
        .isWaitingAt(URGENT_REVIEW);
    assertThat(support.variable(risk, Variables.RISK_LEVEL.name())).isEqualTo("critical");
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.URGENT_REVIEW.name());

    // urgent review overdue after 2 days, then chased every day while nobody acts
    assertThat(support.passTime(Duration.ofDays(1))).isZero();
    assertThat(support.passTime(Duration.ofDays(1))).isEqualTo(1);
    assertThat(support.variable(risk, Variables.RISK_CHASE_COUNT.name())).isEqualTo(1);
    assertThat(support.task(risk.getId(), URGENT_REVIEW).getPriority())
        .isEqualTo(ChaseUrgentReviewDelegate.TOP_PRIORITY);
    assertThat(support.passTime(Duration.ofDays(1))).isEqualTo(1);
    assertThat(support.passTime(Duration.ofDays(1))).isEqualTo(1);
    assertThat(support.variable(risk, Variables.RISK_CHASE_COUNT.name())).isEqualTo(3);
    assertThat(risk).isWaitingAt(URGENT_REVIEW).hasPassed(CHASE_URGENT_REVIEW, END_CHASED);

    List<RiskEvent> levelChanges = support.log(risk.getId()).stream().filter(RiskEvent::isLevelChange).toList();
    assertThat(levelChanges).extracting(RiskEvent::previousLevel, RiskEvent::level, RiskEvent::step).containsExactly(
        org.assertj.core.groups.Tuple.tuple(null, "medium", "Rated"),
        org.assertj.core.groups.Tuple.tuple("medium", "high", "Deadline missed: mitigation plan"),
        org.assertj.core.groups.Tuple.tuple("high", "critical", "Deadline missed: programme managers' decision"));
    assertThat(support.log(risk.getId())).filteredOn(event -> RiskEvent.CHASE.equals(event.type())).hasSize(3);
  }

  @Test
  void deadlinesComeFromVariables_whenTheCallerSetsThem() {
    ProcessInstance risk = startRisk("security", Map.of(Variables.MITIGATION_DEADLINE.name(), "P3D"));
    support.assess(risk.getId(), 3, 3);

    assertThat(support.passTime(Duration.ofDays(3))).isEqualTo(1);
    assertThat(risk).isWaitingAt(DECIDE_HIGH_RISK);
    assertThat(support.variable(risk, Variables.DECISION_DEADLINE.name())).isEqualTo("P7D");
  }

  @Test
  void highRisk_programmeManagersMitigate() {
    ProcessInstance risk = startRisk("political");
    support.assess(risk.getId(), 3, 4);
    assertThat(risk).isWaitingAt(DECIDE_HIGH_RISK);
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.DECISION_DUE.name());

    decideHigh(risk, "mitigate");

    assertThat(risk).isWaitingAt(REVIEW_DATE);
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.MONITORED.name());
  }

  @Test
  void highRisk_programmeManagersEngageFacilitators() {
    ProcessInstance risk = startRisk("donorRelated");
    support.assess(risk.getId(), 4, 3);

    decideHigh(risk, "mediate");

    assertThat(risk).isWaitingAt(MEDIATE);
    assertThat(support.variable(risk, Variables.RISK_OWNER.name())).isEqualTo("facilitators");
    support.complete(risk.getId(), MEDIATE, Map.of(Variables.RISK_MEDIATION_REPORT.name(), "Parties agreed a timetable"));
    assertThat(risk).isWaitingAt(REVIEW_DATE);
  }

  @Test
  void highRisk_programmeManagersAccept() {
    ProcessInstance risk = startRisk("political");
    support.assess(risk.getId(), 2, 5);

    decideHigh(risk, "accept");

    assertThat(risk).isEnded().hasPassed(ACCEPT_RISK, END_ACCEPTED);
    assertThat(support.historicVariable(risk.getId(), Variables.RISK_OUTCOME.name()))
        .isEqualTo(RiskHandlingProcess.OUTCOME_ACCEPTED);
    assertThat(support.log(risk.getId())).anySatisfy(event -> {
      assertThat(event.decision()).isEqualTo("accept");
      assertThat(event.text()).isEqualTo("reasons for accept");
    });
  }

  @Test
  void criticalRisk_holdTheTransformationTrack_thenResume() {
    ProcessInstance risk = startCriticalRisk();

    urgentDecision(risk, "holdTransformation");

    assertThat(risk).hasPassed(HOLD_TRACK).isWaitingAt(RESUME_TRACK_TASK);
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.TRACK_ON_HOLD.name());
    assertThat(support.variable(risk, Variables.TRANSFORMATION_ON_HOLD.name())).isEqualTo(true);

    support.complete(risk.getId(), RESUME_TRACK_TASK, Map.of(Variables.RISK_RESUME_NOTE.name(), "Ceasefire holds"));

    assertThat(risk).hasPassed(RESUME_TRACK).isWaitingAt(REVIEW_DATE);
    assertThat(support.variable(risk, Variables.TRANSFORMATION_ON_HOLD.name())).isEqualTo(false);
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.MONITORED.name());
  }

  @Test
  void highAndCriticalDecisions_andTheMediationAndResumption_goToTheDecisionRecord_theAssessmentDoesNot() {
    InMemoryDecisionRecord record = InMemoryDecisionRecord.create();
    RiskTestBeans.register(record);
    ProcessInstance critical = startCriticalRisk();
    urgentDecision(critical, "holdTransformation");
    support.complete(critical.getId(), RESUME_TRACK_TASK,
        Map.of(Variables.RISK_RESUME_NOTE.name(), "Ceasefire holds"));
    ProcessInstance high = startRisk("donorRelated");
    support.assess(high.getId(), 4, 3);
    decideHigh(high, "mediate");
    support.complete(high.getId(), MEDIATE,
        Map.of(Variables.RISK_MEDIATION_REPORT.name(), "Parties agreed a timetable"));

    List<DecisionEntry> entries = record.record().entries("SSR-TEST");
    assertThat(entries).extracting(e -> e.kind() + " " + e.party() + " " + e.outcome() + " / " + e.reason())
        .containsExactly(
            "RISK programmeManagers holdTransformation / reasons for holdTransformation",
            "RISK programmeManagers resumeTransformation / Ceasefire holds",
            "RISK programmeManagers mediate / reasons for mediate",
            "RISK facilitators mediated / Parties agreed a timetable");
    String criticalId = (String) support.variable(critical, Variables.RISK_ID.name());
    assertThat(entries.get(0).subject())
        .isEqualTo(criticalId + " Coup attempt rumours: Review the critical risk urgently");
    assertThat(entries.get(0).processInstanceId()).isEqualTo(critical.getId());
    assertThat(entries.get(3).processInstanceId()).isEqualTo(high.getId());
    assertThat(record.record().checked("SSR-TEST").chain().intact()).isTrue();
  }

  /**
   * Re-plan: a programme in implementation takes AmendmentRequested (here a stand-in with the same message event
   * subprocess); the risk is then monitored by the coordination unit. Without implementation the decision is refused
   * and the urgent review stays open.
   */
  @Test
  void criticalRisk_replan_opensAnAmendmentOfTheProgrammeInImplementation_elseIsRefused() {
    InMemoryDecisionRecord record = InMemoryDecisionRecord.create();
    RiskTestBeans.register(record);
    ProcessInstance risk = startCriticalRisk();
    assertThatThrownBy(() -> urgentDecision(risk, RiskHandlingProcess.DECISION_OPEN_AMENDMENT))
        .hasMessageContaining("riskUrgentDecision").hasMessageContaining("programme SSR-TEST is not in implementation");
    assertThat(risk).isWaitingAt(URGENT_REVIEW);

    String stub = engine.getRepositoryService().createDeployment().addString("amendment-taker.bpmn", AMENDMENT_TAKER)
        .deploy().getId();
    try {
      ProcessInstance implementation = engine.getRuntimeService().startProcessInstanceByKey("amendment-taker",
          "SSR-TEST");

      urgentDecision(risk, RiskHandlingProcess.DECISION_OPEN_AMENDMENT);

      assertThat(risk).hasPassed(REQUEST_AMENDMENT).isWaitingAt(REVIEW_DATE);
      assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.MONITORED.name());
      assertThat(support.variable(risk, Variables.RISK_OWNER.name())).isEqualTo("coordinationUnit");
      org.camunda.bpm.engine.task.Task opened = engine.getTaskService().createTaskQuery()
          .processInstanceId(implementation.getId()).taskDefinitionKey("UserTask_AmendmentOpened").singleResult();
      assertThat(opened).isNotNull();
      String riskId = (String) support.variable(risk, Variables.RISK_ID.name());
      assertThat(engine.getTaskService().getVariables(opened.getId())).containsEntry("changeRequestingParty",
          "programmeManagers").containsEntry("changeReason",
          "Critical risk " + riskId + " (Coup attempt rumours): reasons for openAmendment");
      assertThat(record.record().entries("SSR-TEST")).extracting(e -> e.kind() + " " + e.outcome())
          .containsExactly("RISK openAmendment");
    } finally {
      engine.getRepositoryService().deleteDeployment(stub, true);
    }
  }

  /** A process that takes AmendmentRequested as the implementation does (non-interrupting event subprocess). */
  private static final String AMENDMENT_TAKER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://ssr.org/test">
        <message id="Message_AmendmentRequested" name="AmendmentRequested" />
        <process id="amendment-taker" isExecutable="true" camunda:historyTimeToLive="1">
          <startEvent id="StartEvent_Taker" />
          <sequenceFlow id="Flow_1" sourceRef="StartEvent_Taker" targetRef="UserTask_Cycle" />
          <userTask id="UserTask_Cycle" />
          <sequenceFlow id="Flow_2" sourceRef="UserTask_Cycle" targetRef="EndEvent_Taker" />
          <endEvent id="EndEvent_Taker" />
          <subProcess id="SubProcess_Amendment" triggeredByEvent="true">
            <startEvent id="StartEvent_AmendmentRequested" isInterrupting="false">
              <messageEventDefinition messageRef="Message_AmendmentRequested" />
            </startEvent>
            <sequenceFlow id="Flow_3" sourceRef="StartEvent_AmendmentRequested" targetRef="UserTask_AmendmentOpened" />
            <userTask id="UserTask_AmendmentOpened" />
            <sequenceFlow id="Flow_4" sourceRef="UserTask_AmendmentOpened" targetRef="EndEvent_Amendment" />
            <endEvent id="EndEvent_Amendment" />
          </subProcess>
        </process>
      </definitions>
      """;

  @Test
  void criticalRisk_continueWithMediation() {
    ProcessInstance risk = startCriticalRisk();

    urgentDecision(risk, "continueMediation");

    assertThat(risk).isWaitingAt(MEDIATE);
    assertThat(support.variable(risk, Variables.RISK_STATUS.name())).isEqualTo(RiskStatus.IN_MEDIATION.name());
  }

  @Test
  void criticalRisk_endTheProgramme_withRecordedReason() {
    ProcessInstance risk = startCriticalRisk();

    urgentDecision(risk, "endProgramme");

    assertThat(risk).isEnded().hasPassed(END_PROGRAMME, END_PROGRAMME_ENDED);
    assertThat(support.historicVariable(risk.getId(), Variables.RISK_OUTCOME.name()))
        .isEqualTo(RiskHandlingProcess.OUTCOME_END_PROGRAMME);
    assertThat((String) support.historicVariable(risk.getId(), Variables.PROGRAMME_END_REASON.name()))
        .contains("Coup attempt").endsWith("reasons for endProgramme");
    assertThat(support.historicVariable(risk.getId(), Variables.RISK_STATUS.name()))
        .isEqualTo(RiskStatus.PROGRAMME_ENDED.name());
  }

  @Test
  void twoRisksOpenAtOnce_eachFollowsItsOwnLadder() {
    ProcessInstance first = startRisk("political");
    ProcessInstance second = startRisk("security");
    assertThat(support.variable(first, Variables.RISK_ID.name())).isNotEqualTo(support.variable(second, Variables.RISK_ID.name()));

    support.assess(first.getId(), 2, 3);
    support.assess(second.getId(), 5, 5);

    assertThat(first).isWaitingAt(WRITE_MITIGATION_PLAN);
    assertThat(second).isWaitingAt(URGENT_REVIEW);
    support.complete(first.getId(), WRITE_MITIGATION_PLAN, Map.of(Variables.RISK_MITIGATION_PLAN.name(), "plan"));
    assertThat(first).isWaitingAt(REVIEW_DATE);
    assertThat(second).isWaitingAt(URGENT_REVIEW);
    assertThat(support.variable(second, Variables.RISK_LEVEL.name())).isEqualTo("critical");
  }

  @Test
  void assessmentOutsideOneToFive_isRefused() {
    ProcessInstance risk = startRisk("political");

    assertThatThrownBy(() -> support.complete(risk.getId(), ASSESS, Map.of(
        Variables.RISK_LIKELIHOOD.name(), 7L, Variables.RISK_IMPACT.name(), 2L)))
        .hasMessageContaining("riskLikelihood must be a whole number from 1 to 5");
    assertThatThrownBy(() -> support.complete(risk.getId(), ASSESS, Map.of(
        Variables.RISK_LIKELIHOOD.name(), "2.5", Variables.RISK_IMPACT.name(), 2L)))
        .hasMessageContaining("Field 'riskLikelihood': enter a whole number, got '2.5'.");
    assertThat(risk).isWaitingAt(ASSESS);
  }

  /**
   * Outside a web request (an engine call, as a timer or a test makes it) nobody's browser says a language: the
   * refusal speaks the programme's, here French (docs/languages.md).
   */
  @Test
  void aFrenchProgrammesRefusal_isFrench_outsideARequest() {
    ProcessInstance risk = startRisk("political", Map.of(
        org.ssr.workflow.programme.ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), "fr"));

    assertThatThrownBy(() -> support.complete(risk.getId(), ASSESS, Map.of(
        Variables.RISK_LIKELIHOOD.name(), 7L, Variables.RISK_IMPACT.name(), 2L)))
        .hasMessageContaining("Probabilité (riskLikelihood) : saisissez un nombre entier de 1 à 5 (valeur reçue : 7).");
    support.assess(risk.getId(), 3, 4);
    assertThat(risk).isWaitingAt(DECIDE_HIGH_RISK);
    assertThatThrownBy(() -> support.complete(risk.getId(), DECIDE_HIGH_RISK, Map.of(
        Variables.RISK_DECISION.name(), "postpone")))
        .hasMessageContaining("Choisissez une décision — Décision (riskDecision) : l’une de [mitigate, mediate, accept],"
            + " et non « postpone ».");
  }

  private ProcessInstance startCriticalRisk() {
    ProcessInstance risk = startRisk("security");
    support.assess(risk.getId(), 5, 4);
    assertThat(risk).hasPassed(RISK_CRITICAL).isWaitingAt(URGENT_REVIEW);
    return risk;
  }

  private void decideHigh(ProcessInstance risk, String decision) {
    support.complete(risk.getId(), DECIDE_HIGH_RISK, Map.of(
        Variables.RISK_DECISION.name(), decision, Variables.RISK_DECISION_REASON.name(), "reasons for " + decision));
  }

  private void urgentDecision(ProcessInstance risk, String decision) {
    support.complete(risk.getId(), URGENT_REVIEW, Map.of(
        Variables.RISK_URGENT_DECISION.name(), decision, Variables.RISK_DECISION_REASON.name(), "reasons for " + decision));
  }

  private ProcessInstance startRisk(String category) {
    return startRisk(category, Map.of());
  }

  private ProcessInstance startRisk(String category, Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put(Variables.PROGRAMME_CODE.name(), "SSR-TEST");
    variables.put(Variables.RISK_TITLE.name(), "Coup attempt rumours");
    variables.put(Variables.RISK_DESCRIPTION.name(), "Officers meet at night");
    variables.put(Variables.RISK_CATEGORY.name(), category);
    variables.put(Variables.RISK_REPORTED_BY.name(), "monitor");
    return engine.getRuntimeService().startProcessInstanceByKey(RiskHandlingProcess.KEY, "SSR-TEST", variables);
  }
}
