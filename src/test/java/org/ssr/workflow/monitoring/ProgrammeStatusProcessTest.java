package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.monitoring.ProgrammeScenario.CODE;
import static org.ssr.workflow.monitoring.ProgrammeScenario.START;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeStep;
import org.ssr.workflow.programme.ProgrammeSummary;
import org.ssr.workflow.risk.RiskEvent;
import org.ssr.workflow.risk.RiskLog;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * The status of programmes at several stages, computed from the engine while the real ssr-programme model runs:
 * fresh, mid-dialog, steps skipped with parallel tracks active, an overdue oversight review, finished, and ended by
 * a critical risk.
 */
class ProgrammeStatusProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  ProcessEngine engine;
  private String deploymentId;
  private ProgrammeScenario scenario;
  private ProgrammeStatusService status;
  private InMemoryDecisionRecord decisionRecord;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        "bpmn-stubs/risk-handling-stub.bpmn");
    ProgrammeScenario.registerBeans();
    decisionRecord = InMemoryDecisionRecord.create();
    OversightReviewTestBeans.register(decisionRecord);
    scenario = new ProgrammeScenario(engine);
    status = new ProgrammeStatusService(engine, ProgrammeFinance.none(), decisionRecord.record());
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @Test
  void fresh_stepOneActive_restNotStarted_riskManagementThroughout() {
    scenario.start();

    ProgrammeStatus p = current();
    assertThat(p.code()).isEqualTo(CODE);
    assertThat(p.name()).isEqualTo("Monitoring test programme");
    assertThat(p.country()).isEqualTo("Testland");
    assertThat(p.state()).isEqualTo(ProgrammeStatus.RUNNING);
    assertThat(p.startedAt()).isEqualTo(START);
    assertThat(p.steps()).hasSize(12);
    assertThat(step(p, 1).state()).isEqualTo(StepState.ACTIVE);
    assertThat(step(p, 1).activeTasks()).containsExactly("Record national dialog session");
    assertThat(step(p, 1).startedAt()).isEqualTo(START);
    for (int n = 2; n <= 11; n++) {
      assertThat(step(p, n).state()).as("step " + n).isEqualTo(StepState.NOT_STARTED);
      assertThat(step(p, n).startedAt()).isNull();
    }
    assertThat(step(p, 12).state()).isEqualTo(StepState.ACTIVE);
    assertThat(step(p, 12).note()).isEqualTo("No open risk.");
    assertThat(p.openReviews()).isEmpty();
    assertThat(p.openRisks()).isZero();
    assertThat(p.plan()).isNull();
  }

  @Test
  void midDialog_stepOneStillActive_withTheMediationOpen() {
    scenario.start();
    scenario.advance(Duration.ofDays(3));
    scenario.dialogSession(false, false);
    scenario.advance(Duration.ofDays(3));
    scenario.dialogSession(false, true);

    ProgrammeStatus p = current();
    assertThat(step(p, 1).state()).isEqualTo(StepState.ACTIVE);
    assertThat(step(p, 1).activeTasks()).containsExactly("Facilitate or mediate a dialog session");
    assertThat(step(p, 1).startedAt()).isEqualTo(START);
    assertThat(step(p, 1).endedAt()).isNull();
    assertThat(step(p, 2).state()).isEqualTo(StepState.NOT_STARTED);
  }

  @Test
  void stepsSkipped_andThreeParallelTracksActive() {
    scenario.start();
    scenario.throughScoping(Map.of(4, "Structures exist since the 2024 peace agreement.",
        8, "The 2025 capacity review is recent enough."));

    ProgrammeStatus p = current();
    assertThat(step(p, 1).state()).isEqualTo(StepState.DONE);
    assertThat(step(p, 1).startedAt()).isEqualTo(START);
    assertThat(step(p, 1).endedAt()).isEqualTo(ended(Elements.DECLARE_CONSENSUS));
    assertThat(step(p, 2).state()).isEqualTo(StepState.DONE);
    assertThat(step(p, 2).startedAt()).isEqualTo(started(Elements.REGIONAL_CONSULTATION));
    assertThat(step(p, 2).endedAt()).isEqualTo(ended(Elements.CONSOLIDATE_NEEDS_ASSESSMENT));
    // the three tracks after scoping run side by side: 3 (A), 5 (B, as 4 is skipped) and 11 (C)
    assertThat(p.steps().stream().filter(s -> s.state() == StepState.ACTIVE).map(StepStatus::number))
        .containsExactly(3, 5, 11, 12);
    assertThat(step(p, 11).activeTasks()).containsExactly("Develop governance and oversight structures");
    assertThat(step(p, 4).state()).isEqualTo(StepState.SKIPPED);
    assertThat(step(p, 4).justification()).isEqualTo("Structures exist since the 2024 peace agreement.");
    assertThat(step(p, 4).endedAt()).isEqualTo(ended(Elements.RECORD_SCOPE));
    assertThat(step(p, 8).state()).isEqualTo(StepState.SKIPPED);
    assertThat(step(p, 8).justification()).isEqualTo("The 2025 capacity review is recent enough.");
    for (int n : new int[] {6, 7, 9, 10}) {
      assertThat(step(p, n).state()).as("step " + n).isEqualTo(StepState.NOT_STARTED);
    }
  }

  @Test
  void transformationTrackHeld_itsActiveStepIsOnHold_theOtherTracksAreNot() {
    scenario.start();
    scenario.throughScoping(Map.of(4, "Structures exist since the 2024 peace agreement."));
    engine.getRuntimeService().setVariable(scenario.programme.getId(), "transformationOnHold", true);
    engine.getRuntimeService().createMessageCorrelation(ProgrammeProcess.Messages.TRANSFORMATION_TRACK_HELD)
        .processInstanceId(scenario.programme.getId()).correlateAll();

    ProgrammeStatus p = current();
    assertThat(p.transformationOnHold()).isTrue();
    assertThat(step(p, 5).state()).isEqualTo(StepState.ACTIVE);
    assertThat(step(p, 5).note())
        .isEqualTo("On hold: a critical risk holds the transformation track; the step waits until it is resumed.");
    assertThat(step(p, 3).note()).isNull();
    assertThat(step(p, 11).note()).isNull();
  }

  @Test
  void reviewOverdue_daysCountedFromTheDeadline_andWaitingBodiesNamed() {
    scenario.start();
    scenario.throughScoping(Map.of());
    scenario.submitGovernanceCharter();
    Instant reviewStarted = scenario.now();
    scenario.advance(Duration.ofDays(25));

    ProgrammeStatus p = current();
    assertThat(step(p, 11).state()).isEqualTo(StepState.ACTIVE);
    assertThat(step(p, 11).activeTasks()).containsExactly("Oversight review of governance structures");
    assertThat(p.openReviews()).hasSize(1);
    ReviewStatus review = p.openReviews().get(0);
    assertThat(review.kind()).isEqualTo("GOVERNANCE_STRUCTURES");
    assertThat(review.subject()).isEqualTo("Governance and oversight structures: Oversight charter");
    assertThat(review.version()).isEqualTo(1);
    assertThat(review.startedAt()).isEqualTo(reviewStarted);
    assertThat(review.dueAt()).isEqualTo(reviewStarted.plus(Duration.ofDays(21)));
    assertThat(review.overdue()).isTrue();
    assertThat(review.daysOverdue()).isEqualTo(4);
    assertThat(review.waitingFor()).containsExactly("parliamentOversight", "civilSocietyMonitor");

    scenario.decide("parliamentOversight", "parliament", "approved", null);
    ProgrammeDetails details = status.details(programme());
    assertThat(details.programme().openReviews().get(0).waitingFor()).containsExactly("civilSocietyMonitor");
    // the open review's decision is in the record before the review ends
    assertThat(details.decisions()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo("OVERSIGHT_REVIEW");
      assertThat(d.subject()).isEqualTo(
          "GOVERNANCE_STRUCTURES: Governance and oversight structures: Oversight charter, version 1");
      assertThat(d.party()).isEqualTo("parliamentOversight");
      assertThat(d.actor()).isEqualTo("parliament");
      assertThat(d.outcome()).isEqualTo("approved");
    });
    assertThat(details.decisionChain().intact()).isTrue();

    // the reviewing bodies take part in the programme; an agency outside it does not
    // (authorizations are off in process tests: on for these checks, as in the application)
    HistoricProcessInstance programme = programme();
    ProgrammeAccess access = new ProgrammeAccess(engine);
    engine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
    try {
      assertThat(access.of(new Authentication("parliament", List.of("parliamentOversight"))).sees(programme))
          .isTrue();
      assertThat(access.of(new Authentication("monitor", List.of("civilSocietyMonitor"))).sees(programme)).isTrue();
      assertThat(access.of(new Authentication("coordinator", List.of("coordinationUnit"))).sees(programme)).isTrue();
      assertThat(access.of(new Authentication("police", List.of("agencyPolice"))).sees(programme)).isFalse();
      assertThat(access.of(new Authentication("donor", List.of("donors"))).sees(programme)).isFalse();
    } finally {
      engine.getProcessEngineConfiguration().setAuthorizationEnabled(false);
    }
  }

  @Test
  void finished_everyStepDoneOrSkipped_withTheDecisionLog() {
    scenario.start();
    Map<Integer, String> skipped = new HashMap<>();
    for (int n = 3; n <= 10; n++) {
      skipped.put(n, "Not needed in this test programme (step " + n + ").");
    }
    scenario.throughScoping(skipped);
    scenario.submitGovernanceCharter();
    scenario.advance(Duration.ofDays(2));
    scenario.decide("parliamentOversight", "parliament", "approved", null);
    scenario.advance(Duration.ofDays(1));
    scenario.decide("civilSocietyMonitor", "monitor", "approved", "Civil society was consulted.");

    HistoricProcessInstance finished = programme();
    assertThat(finished.getEndTime()).isNotNull();
    ProgrammeDetails details = status.details(finished);
    ProgrammeStatus p = details.programme();
    // the planning-only deployment closes the programme at once (bpmn-stubs/programme-implementation-stub.bpmn)
    assertThat(p.state()).isEqualTo(ProgrammeStatus.CLOSED);
    assertThat(p.stateLabel()).isEqualTo("Closed");
    assertThat(p.endedAt()).isEqualTo(finished.getEndTime().toInstant());
    for (int n : new int[] {1, 2, 11}) {
      assertThat(step(p, n).state()).as("step " + n).isEqualTo(StepState.DONE);
    }
    for (int n = 3; n <= 10; n++) {
      assertThat(step(p, n).state()).as("step " + n).isEqualTo(StepState.SKIPPED);
      assertThat(step(p, n).justification()).isEqualTo("Not needed in this test programme (step " + n + ").");
    }
    assertThat(step(p, 11).endedAt()).isEqualTo(ended(Elements.OVERSIGHT_IN_PLACE));
    assertThat(step(p, 12).state()).isEqualTo(StepState.DONE);
    assertThat(step(p, 12).endedAt()).isEqualTo(p.endedAt());
    assertThat(p.openReviews()).isEmpty();
    assertThat(details.reviews()).singleElement().satisfies(r -> assertThat(r.outcome()).isEqualTo("approved"));
    // each decision once, from the decision record (not the programme's decisionLog variable), chained
    assertThat(details.decisions()).extracting(d -> d.sequence() + ":" + d.party() + ":" + d.actor() + ":"
            + d.outcome())
        .containsExactly("1:parliamentOversight:parliament:approved", "2:civilSocietyMonitor:monitor:approved");
    assertThat(details.decisions().get(1).reason()).isEqualTo("Civil society was consulted.");
    assertThat(details.decisions().get(1).previousHash()).isEqualTo(details.decisions().get(0).hash());
    assertThat(details.decisionChain().intact()).isTrue();
  }

  @Test
  void criticalRisk_openRiskByLevel_thenStepsStoppedWhenItEndsTheProgramme() {
    scenario.start();
    scenario.throughScoping(Map.of());
    engine.getRuntimeService().createMessageCorrelation(ProgrammeProcess.Messages.RISK_REPORTED)
        .processInstanceBusinessKey(CODE)
        .setVariable("riskId", "R-1")
        .setVariable("riskTitle", "Armed group rejects the process")
        .correlate();
    String risk = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("risk-handling")
        .singleResult().getId();
    List<RiskEvent> log = List.of(
        new RiskEvent(START, RiskEvent.REPORTED, null, null, "Reported", null, null, "monitor"),
        new RiskEvent(START.plus(Duration.ofHours(1)), RiskEvent.LEVEL, "high", null, "Rated", null, "4 x 4", "coord"));
    engine.getRuntimeService().setVariable(risk, "riskLevel", "high");
    engine.getRuntimeService().setVariable(risk, "riskStatus", "DECISION_DUE");
    engine.getRuntimeService().setVariable(risk, "riskLog", RiskLog.write(log));

    ProgrammeDetails open = status.details(programme());
    assertThat(open.programme().openRisksByLevel()).containsEntry("high", 1).containsEntry("critical", 0);
    assertThat(step(open.programme(), 12).activeTasks()).containsExactly("Handle risk");
    assertThat(open.risks()).singleElement().satisfies(r -> {
      assertThat(r.riskId()).isEqualTo("R-1");
      assertThat(r.open()).isTrue();
      assertThat(r.history()).extracting(RiskEvent::type).containsExactly("REPORTED", "LEVEL");
    });

    engine.getFormService().submitTaskForm(engine.getTaskService().createTaskQuery().processInstanceId(risk)
        .singleResult().getId(), Map.of("riskOutcome", "END_PROGRAMME", "programmeEndReason", "Peace talks failed"));

    ProgrammeStatus ended = status.status(programme());
    assertThat(ended.state()).isEqualTo(ProgrammeSummary.ENDED_BY_CRITICAL_RISK);
    assertThat(ended.endReason()).isEqualTo("Peace talks failed");
    assertThat(step(ended, 3).state()).isEqualTo(StepState.STOPPED);
    assertThat(step(ended, 4).state()).isEqualTo(StepState.STOPPED);
    assertThat(step(ended, 11).state()).isEqualTo(StepState.STOPPED);
    assertThat(step(ended, 5).state()).isEqualTo(StepState.NOT_STARTED);
    assertThat(step(ended, 1).state()).isEqualTo(StepState.DONE);
    assertThat(ended.openRisks()).isZero();
  }

  // ---------------------------------------------------------------- helpers

  private HistoricProcessInstance programme() {
    return ProgrammeDirectory.of(engine).newest(ProgrammeCode.of(CODE)).orElseThrow();
  }

  private ProgrammeStatus current() {
    return status.status(programme());
  }

  static StepStatus step(ProgrammeStatus p, int number) {
    return p.steps().get(ProgrammeStep.number(number).ordinal());
  }

  private Instant started(String activityId) {
    return activity(activityId).stream().map(HistoricActivityInstance::getStartTime).min(Date::compareTo)
        .orElseThrow().toInstant();
  }

  private Instant ended(String activityId) {
    return activity(activityId).stream().map(HistoricActivityInstance::getEndTime).max(Date::compareTo)
        .orElseThrow().toInstant();
  }

  private List<HistoricActivityInstance> activity(String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(scenario.programme.getId()).activityId(activityId).list();
  }
}
