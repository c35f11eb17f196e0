package org.ssr.workflow.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.ssr.workflow.implementation.ImplementationProcess.Elements.*;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.finance.BudgetExecutionProcess;
import org.ssr.workflow.finance.BudgetExecutionTestBeans;
import org.ssr.workflow.finance.StrategyAction;
import org.ssr.workflow.implementation.ImplementationProcess.Variables;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ActionIndicator;
import org.ssr.workflow.programme.ActivateTransformationTrackDelegate;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.SuspendTransformationTrackDelegate;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * programme-implementation.bpmn on the in-memory engine with the real delegates and the real oversight review: years
 * simulated with the engine clock; every flow of the model is taken by one of the tests.
 */
class ProgrammeImplementationProcessTest {

  private static final String PROGRAMME_STAND_IN = "programme-in-implementation-stub";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      // the request process is covered here (strategy) and in SsrProgrammeProcessTest (charter); the programme
      // stand-in only carries the hold's event subprocesses
      .excludeProcessDefinitionKeys(OversightReviewProcess.KEY, ChangeRequestProcess.KEY, PROGRAMME_STAND_IN)
      .assertClassCoverageAtLeast(1.0)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  private static final Instant START = LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();

  ProcessEngine engine;
  private String deploymentId;
  private ProcessInstance implementation;
  private BudgetExecutionTestBeans finance;

  private InMemoryDecisionRecord decisionRecord;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(START));
    deploymentId = SpringBootLikeDeployment.deploy(engine, ImplementationProcess.RESOURCE,
        OversightReviewProcess.RESOURCE, "forms/review-decision.html", "forms/review-chase.form",
        "forms/implementation-report.form", "forms/implementation-chase.form", "forms/annual-report.form",
        "forms/strategy-amendment.form", "forms/final-evaluation.form", ChangeRequestProcess.RESOURCE,
        "forms/programme-change-request.form", "bpmn-stubs/programme-in-implementation-stub.bpmn");
    decisionRecord = InMemoryDecisionRecord.create();
    OversightReviewTestBeans.register(decisionRecord);
    org.camunda.bpm.engine.test.mock.Mocks.register(ProgrammeProcess.Beans.SUSPEND_TRANSFORMATION_TRACK,
        new SuspendTransformationTrackDelegate());
    org.camunda.bpm.engine.test.mock.Mocks.register(ProgrammeProcess.Beans.ACTIVATE_TRANSFORMATION_TRACK,
        new ActivateTransformationTrackDelegate());
    member("parliament", "parliamentOversight");
    member("coordinator", "coordinationUnit");
    ImplementationTestBeans.register(ImplementationProperties.defaults());
    finance = BudgetExecutionTestBeans.register();
    // the plan oversight approved: in 2028 the police's A1 and defence's A2 from the national budget, A1 from the EU
    finance.approvedPlan("SSR-IMP", List.of(new StrategyAction("A1", "Community policing training", "police", 2027,
        2028), new StrategyAction("A2", "Defence review", "defence", 2027, 2029)), List.of("police", "defence"),
        2027, 2030,
        new Object[] {"A1", 2028, "Training", "National budget", 60000},
        new Object[] {"A1", 2028, "Equipment", "National budget", 20000},
        new Object[] {"A2", 2028, "Technical assistance", "National budget", 40000},
        new Object[] {"A2", 2029, "Technical assistance", "National budget", 40000});
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
    for (String user : List.of("parliament", "coordinator")) {
      engine.getIdentityService().deleteUser(user);
    }
    for (String group : List.of("parliamentOversight", "coordinationUnit")) {
      engine.getIdentityService().deleteGroup(group);
    }
  }

  private void member(String user, String group) {
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser(user));
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(group));
    engine.getIdentityService().createMembership(user, group);
  }

  @Test
  void threeYears_lateReportEscalated_returnedReport_amendment_closure() throws Exception {
    start();
    assertThat(implementation).isWaitingAt(REPORTING_YEAR_DUE);
    assertThat(timer().getDuedate()).isEqualTo(Date.from(at(Duration.ofDays(366))));

    // year 1 (2028): the police report on time, defence is chased, then escalated, then reports
    nextYear(366);
    assertThat(variable(Variables.CYCLE_YEAR)).isEqualTo(1);
    assertThat(variable(Variables.REPORTING_YEAR)).isEqualTo(2028);
    Task police = reportTask("agencyPolice");
    assertThat(police.getName()).isEqualTo("Police: report progress for 2028");
    assertThat(police.getDueDate()).isEqualTo(Date.from(now().plus(Duration.ofDays(30))));
    List<Map<String, Object>> rows = rows(police);
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("actionId", "A1").containsEntry("indicatorValuesText", "Officers trained=");
      assertThat(row.get("measures").toString()).contains("Officers trained (persons): baseline 0, target 2028: 800",
          "Milestone 2027: Curriculum adopted");
    });
    report(police, row("A1", "onTrack", "Officers trained=420", "Curriculum adopted", null));

    advance(31);
    fire(REPORT_DEADLINE_PASSED);
    submit(task(CHASE_LATE_REPORT), Map.of("chaseNote", "Called the defence ministry's SSR focal point"));
    advance(14);
    fire(REPORT_STILL_OVERDUE);
    submit(task(ESCALATE_LATE_REPORT), Map.of("chaseNote", "Steering committee wrote to the minister"));
    Task defence = reportTask("agencyDefence");
    assertThatThrownBy(() -> report(defence, row("A2", "delayed", "", "", null)))
        .hasMessageContaining("Action A2: the action has no indicator yet");
    report(defence, row("A2", "delayed", "Reviews published=0", "", "Reviews published | reports | 0 | 2029=1"));
    assertThat(variable(Variables.IMPLEMENTATION_CHASE_LOG)).extracting(entry -> entry.get("kind"))
        .containsExactly("chase", "escalation");
    assertThat(TransformationStrategyService.stored(variable(Variables.BASELINE_ACTIONS)).get(1).indicators())
        .extracting(ActionIndicator::name).containsExactly("Reviews published");

    // the budget execution of 2028: a refused workbook comes back with its problems, the corrected one is imported
    assertThat(implementation).isWaitingAt(UPLOAD_BUDGET_EXECUTION);
    Task upload = task(UPLOAD_BUDGET_EXECUTION);
    assertThat(upload.getName()).isEqualTo("Upload the budget execution 2028");
    assertThat(engine.getTaskService().getVariable(upload.getId(), BudgetExecutionProcess.Variables.YEAR.name()))
        .isEqualTo(2028);
    byte[] template = fileBytes(BudgetExecutionProcess.Variables.TEMPLATE);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(wb.getSheet("Execution").getLastRowNum()).as("A1 and A2 from the national budget in 2028")
          .isEqualTo(2);
    }
    uploadExecution(upload, "execution.csv", "Action ID;Committed".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Task again = task(UPLOAD_BUDGET_EXECUTION);
    assertThat(variable(BudgetExecutionProcess.Variables.ERRORS)).singleElement().asString()
        .startsWith("execution.csv: (file) — not a spreadsheet");
    uploadExecution(again, "execution.xlsx", BudgetExecutionTestBeans.overspent(template));
    assertThat(variable(BudgetExecutionProcess.Variables.ERRORS)).singleElement().asString()
        .startsWith("Execution!H2: \"64001\" — more spent than committed (64,000.00)");
    assertThat(finance.service().versions("SSR-IMP", 2028)).as("nothing stored").isEmpty();
    uploadExecution(task(UPLOAD_BUDGET_EXECUTION), "execution.xlsx", BudgetExecutionTestBeans.filled(template));
    assertThat(implementation).isWaitingAt(CONSOLIDATE_ANNUAL_REPORT);
    assertThat(engine.getRuntimeService().getVariable(implementation.getId(),
        BudgetExecutionProcess.Variables.ERRORS.name())).as("the problems go with a good upload").isNull();
    assertThat(variable(BudgetExecutionProcess.Variables.VERSION)).isEqualTo(1);
    assertThat(finance.service().versions("SSR-IMP", 2028)).singleElement()
        .satisfies(v -> assertThat(v.rowCount()).isEqualTo(2));
    assertThat(variable(Variables.BUDGET_EXECUTION_RATES)).extracting(r -> r.get("institution"), r -> r.get("spent"),
        r -> r.get("executionRate")).containsExactly(org.assertj.core.groups.Tuple.tuple("police", 40000.0, 0.5),
        org.assertj.core.groups.Tuple.tuple("defence", 20000.0, 0.5),
        org.assertj.core.groups.Tuple.tuple("Total", 60000.0, 0.5));
    assertThat(sheet(BudgetExecutionProcess.Variables.VARIANCE, "By institution").getRow(1).getCell(1)
        .getNumericCellValue()).as("planned for the police").isEqualTo(80000.0);

    // the annual report: parliament returns it, the coordination unit revises, both bodies approve
    consolidate("continue");
    Sheet execution = sheet(Variables.ANNUAL_REPORT, "Budget execution");
    assertThat(execution.getRow(1).getCell(0).getStringCellValue()).isEqualTo("police");
    assertThat(execution.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(50.0);
    assertThat(execution.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Total");
    assertThat(variable(Variables.ANNUAL_REPORT_VERSION)).isEqualTo(1);
    assertThat(sheet(Variables.ANNUAL_REPORT, "Indicators").getRow(1).getCell(6).getNumericCellValue())
        .as("420 of the way from 0 to 800").isEqualTo(52.5);
    decide("parliamentOversight", "returned");
    decide("civilSocietyMonitor", "approved");
    assertThat(implementation).isWaitingAt(CONSOLIDATE_ANNUAL_REPORT);
    consolidate("continue");
    decide("parliamentOversight", "approved");
    decide("civilSocietyMonitor", "approved");
    assertThat(implementation).isWaitingAt(REPORTING_YEAR_DUE);
    // each body's decision is in the programme's decision record as it is taken; no decisionLog is passed around
    assertThat(decisionRecord.record().entries("SSR-IMP")).extracting(d -> d.subject().split(":")[0])
        .containsOnly("ANNUAL_IMPLEMENTATION_REPORT").hasSize(4);
    assertThat(engine.getRuntimeService().getVariable(implementation.getId(), "decisionLog")).isNull();

    // year 2 (2029): parliament asks for an amendment at any time, in Tasklist, while the institutions report
    nextYear(365 - 45);
    requestChange("parliament", ChangeRequestProcess.Kinds.STRATEGY, "Training is delayed by the budget cut");
    Task amend = task(AMEND_STRATEGY);
    assertThat(amend.getName()).isEqualTo("Amend the transformation strategy (baseline 2)");
    assertThat(engine.getTaskService().getVariable(amend.getId(), "amendmentReason")).as("the form opens with it")
        .isEqualTo("Training is delayed by the budget cut");
    assertThat(reportTask("agencyPolice")).as("the yearly cycle goes on beside the amendment").isNotNull();
    assertThatThrownBy(() -> requestChange("coordinator", ChangeRequestProcess.Kinds.STRATEGY, "Another one"))
        .hasMessageContaining("What to change (changeKind): an amendment of programme SSR-IMP's strategy is already"
            + " under way");
    report(reportTask("agencyPolice"), row("A1", "delayed", "Officers trained=500", "", null));
    report(reportTask("agencyDefence"), row("A2", "onTrack", "Reviews published=1", "", null));
    // the coordination unit also asks for an amendment in its annual report: the one under way takes it
    consolidate("amend");
    decide("parliamentOversight", "approved");
    decide("civilSocietyMonitor", "approved");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey(AMEND_STRATEGY).count()).as("one amendment at a time").isEqualTo(1);
    assertThat(ImplementationTestBeans.PUBLISHED).map(org.ssr.workflow.decision.DecisionMade.class::cast)
        .extracting(d -> d.kind() + " " + d.party() + " " + d.actor() + " " + d.outcome() + ": " + d.reason())
        .containsExactly(
            "AMENDMENT parliamentOversight parliament opened: Training is delayed by the budget cut",
            "AMENDMENT coordinationUnit coordinator joined the amendment under way: The coordination unit chose to"
                + " amend the strategy in the annual implementation report 2029.");
    List<Map<String, Object>> baseline = new java.util.ArrayList<>();
    Variables.AMENDED_ACTIONS.read(engine.getTaskService().getVariableTyped(amend.getId(), "amendedActions"))
        .forEach(row -> baseline.add(new HashMap<>(row)));
    assertThat(baseline).extracting(row -> row.get("indicatorsText"))
        .containsExactly("Officers trained | persons | 0 | 2027=400, 2028=800", "Reviews published | reports | 0 | 2029=1");
    baseline.get(0).put("indicatorsText", "Officers trained | persons | 0 | 2027=400, 2028=800, 2030=1000");
    baseline.get(0).put("endYear", 2030);
    submit(amend, Map.of("amendmentReason", "Training delayed by the budget cut",
        "amendedActions", SpinValues.jsonValue(Json.mapper().writeValueAsString(baseline)).create()));
    assertThat(sheet(Variables.AMENDMENT_DOCUMENT, "Proposed").getRow(1).getCell(5).getNumericCellValue())
        .isEqualTo(2030);
    decide("parliamentOversight", "approved");
    decide("civilSocietyMonitor", "approved");
    assertThat(implementation).isWaitingAt(REPORTING_YEAR_DUE);
    assertThat(variable(Variables.BASELINE_VERSION)).isEqualTo(2);
    List<Map<String, Object>> history = variable(Variables.BASELINE_HISTORY);
    assertThat(history).extracting(b -> b.get("version")).containsExactly(1, 2);
    assertThat(TransformationStrategyService.stored(list(history.get(0).get("actions"))).get(0).endYear())
        .as("the previous baseline stays readable as it was").isEqualTo(2028);
    assertThat(TransformationStrategyService.stored(variable(Variables.BASELINE_ACTIONS)).get(0).endYear())
        .isEqualTo(2030);

    // year 3 (2030): everything is done, the report proposes closure by itself
    nextYear(365);
    report(reportTask("agencyPolice"), row("A1", "done", "Officers trained=1010", "", null));
    report(reportTask("agencyDefence"), row("A2", "done", "Reviews published=2", "", null));
    consolidate("continue");
    assertThat(variable(Variables.ALL_ACTIONS_DONE)).isTrue();
    decide("parliamentOversight", "approved");
    decide("civilSocietyMonitor", "approved");
    submit(task(FINAL_EVALUATION), Map.of("evaluationChanges", "Police trained and accountable",
        "evaluationLessons", "Budget shocks need reserves", "evaluationRemaining", "Border management"));
    decide("parliamentOversight", "approved");
    decide("civilSocietyMonitor", "approved");

    assertThat(implementation).isEnded().hasPassed(CLOSE_IMPLEMENTATION, CLOSED);
    assertThat(historic("implementationStatus")).isEqualTo("CLOSED");
  }

  @Test
  void rejectedReport_opensAnAmendment_rejectedAmendmentKeepsTheBaseline_evaluationReturnedThenRejected() {
    start();
    nextYear(366);
    report(reportTask("agencyPolice"), row("A1", "onTrack", "Officers trained=300", "", null));
    report(reportTask("agencyDefence"), row("A2", "onTrack", "Reviews published=0", "",
        "Reviews published | reports | 0 | 2029=1"));
    consolidate("continue");
    decide("parliamentOversight", "rejected");
    decide("civilSocietyMonitor", "approved");

    Task amend = task(AMEND_STRATEGY);
    assertThatThrownBy(() -> submit(amend, Map.of("amendmentReason", "  ",
        "amendedActions", SpinValues.jsonValue("[]").create()))).hasMessageContaining("Say why the strategy is amended");
    submit(amend, Map.of("amendmentReason", "Parliament asked for a re-plan", "amendedActions",
        engine.getTaskService().getVariableTyped(amend.getId(), "amendedActions")));
    decide("parliamentOversight", "returned");
    decide("civilSocietyMonitor", "approved");
    Task again = task(AMEND_STRATEGY);
    submit(again, Map.of("amendmentReason", "Parliament asked for a re-plan, second draft", "amendedActions",
        engine.getTaskService().getVariableTyped(again.getId(), "amendedActions")));
    decide("parliamentOversight", "rejected");
    decide("civilSocietyMonitor", "approved");
    assertThat(implementation).isWaitingAt(REPORTING_YEAR_DUE);
    assertThat(variable(Variables.BASELINE_VERSION)).as("a rejected amendment changes nothing").isEqualTo(1);

    nextYear(365);
    report(reportTask("agencyPolice"), row("A1", "onTrack", "Officers trained=600", "", null));
    report(reportTask("agencyDefence"), row("A2", "onTrack", "Reviews published=1", "", null));
    consolidate("close");
    decide("parliamentOversight", "approved");
    decide("civilSocietyMonitor", "approved");
    evaluate();
    decide("parliamentOversight", "returned");
    decide("civilSocietyMonitor", "approved");
    evaluate();
    assertThat(variable(Variables.FINAL_EVALUATION_VERSION)).isEqualTo(2);
    decide("parliamentOversight", "rejected");
    decide("civilSocietyMonitor", "approved");
    assertThat(implementation).as("closure refused: implementation goes on").isWaitingAt(REPORTING_YEAR_DUE);
  }

  @Test
  void aChangeRequest_isRefusedWithTheFieldNamed_whenTheProgrammeCannotTakeIt() {
    assertThatThrownBy(() -> requestChange("parliament", ChangeRequestProcess.Kinds.STRATEGY, "Re-plan"))
        .hasMessage("Programme code (programmeCode): there is no running programme with the code SSR-IMP. Please"
            + " check the code (for example in Tasklist or Cockpit).");
    start();
    assertThatThrownBy(() -> requestChange("parliament", ChangeRequestProcess.Kinds.STRATEGY, "  "))
        .hasMessageContaining("Reason (changeReason): say why");
    assertThatThrownBy(() -> requestChange("parliament", "budget", "Re-plan"))
        .hasMessageContaining("What to change (changeKind)");
    assertThatThrownBy(() -> submitChangeRequest("parliament", Map.of("programmeCode", "not a code!",
        "changeKind", "strategy", "changeReason", "Re-plan"))).hasMessageContaining("Programme code (programmeCode)")
        .hasMessageContaining("'not a code!' is not a programme code");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChangeRequestProcess.KEY)
        .count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestProcess.KEY).count()).as("nothing started").isZero();

    // lower case, as typed: the request finds the programme, and its business key is the programme's code
    submitChangeRequest("coordinator", Map.of("programmeCode", "ssr-imp", "changeKind", "strategy",
        "changeReason", "The defence review needs a second phase"));
    String request = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestProcess.KEY).singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ChangeRequestProcess.KEY).singleResult().getBusinessKey()).isEqualTo("SSR-IMP");
    // the programme's language, kept once at the start (here none is set up: English)
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(request)
        .variableName(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name()).singleResult().getValue())
        .isEqualTo("en");
    assertThat(task(AMEND_STRATEGY)).isNotNull();
    assertThat(ImplementationTestBeans.PUBLISHED).map(org.ssr.workflow.decision.DecisionMade.class::cast)
        .singleElement().satisfies(d -> assertThat(d.party()).isEqualTo("coordinationUnit"));
  }

  /**
   * A critical risk held the transformation track: the implementation's open work is held too (the report tasks,
   * their deadline timers, the next reporting year), while an amendment goes on; resuming releases everything.
   */
  @Test
  void aHeldTransformationTrack_holdsTheImplementationsOpenWork_butNotAnAmendment() {
    ProcessInstance programme = engine.getRuntimeService().startProcessInstanceByKey(PROGRAMME_STAND_IN, "SSR-IMP",
        startVariables());
    implementation = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
        .singleResult();
    // waiting for the first year: the year's timer is held
    hold(programme, true);
    assertThat(timer().isSuspended()).isTrue();
    hold(programme, false);
    assertThat(timer().isSuspended()).isFalse();

    nextYear(366);
    requestChange("coordinator", ChangeRequestProcess.Kinds.STRATEGY, "Re-plan after the coup attempt");
    hold(programme, true);
    Task police = reportTask("agencyPolice");
    assertThat(police.isSuspended()).isTrue();
    assertThat(police.getName()).isEqualTo("On hold: Police: report progress for 2028");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId(REPORT_DEADLINE_PASSED).active().count()).as("deadline timers held").isZero();
    assertThatThrownBy(() -> report(police, row("A1", "onTrack", "Officers trained=300", "", null)))
        .hasMessageContaining("suspended");
    Task amend = task(AMEND_STRATEGY);
    assertThat(amend.isSuspended()).as("re-planning goes on while the track is held").isFalse();

    hold(programme, false);
    Task released = reportTask("agencyPolice");
    assertThat(released.isSuspended()).isFalse();
    assertThat(released.getName()).isEqualTo("Police: report progress for 2028");
    report(released, row("A1", "onTrack", "Officers trained=300", "", null));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId(REPORT_DEADLINE_PASSED).active().count()).as("the other deadline timer runs again").isEqualTo(1);
  }

  private void hold(ProcessInstance programme, boolean held) {
    engine.getRuntimeService().createMessageCorrelation(held ? ProgrammeProcess.Messages.TRANSFORMATION_TRACK_HELD
        : ProgrammeProcess.Messages.TRANSFORMATION_TRACK_RESUMED).processInstanceId(programme.getId()).correlate();
  }

  @Test
  void aReportIsRefusedWithAMessage_andTheTaskStaysOpen() {
    start();
    nextYear(366);
    Task police = reportTask("agencyPolice");
    assertThatThrownBy(() -> report(police, row("A1", "unknown", "Officers trained=1", "", null)))
        .hasMessageContaining("Action A1: choose a status");
    assertThatThrownBy(() -> report(police, row("A1", "onTrack", "Officers trained=many", "", null)))
        .hasMessageContaining("Action A1: the value of \"Officers trained\" must be a number");
    assertThatThrownBy(() -> report(police, row("A1", "onTrack", "Stations=3", "", null)))
        .hasMessageContaining("\"Stations\" is not an indicator of the action");
    assertThatThrownBy(() -> report(police, List.of())).hasMessageContaining("Report on every action: missing A1");
    assertThat(engine.getTaskService().createTaskQuery().taskId(police.getId()).singleResult()).isNotNull();
  }

  /**
   * Decades are safe (a): a programme that started on one version of the model is migrated, in the middle of a
   * reporting year (the institutions' report tasks open in the multi-instance subprocess, their deadline timers set),
   * to a new version with Camunda's migration API, keeps its tasks, timers and data, and finishes on the new version.
   */
  @Test
  void aProgrammeInTheMiddleOfAYearIsMigratedToANewModelVersion_andFinishesOnIt() {
    start();
    nextYear(366);
    report(reportTask("agencyPolice"), row("A1", "done", "Officers trained=800", "Curriculum adopted", null));
    Task defence = reportTask("agencyDefence");
    String v1 = implementation.getProcessDefinitionId();
    Date deadline = engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
        .activityId(REPORT_DEADLINE_PASSED).singleResult().getDuedate();

    String changed = SpringBootLikeDeployment.deployChanged(engine,
        text -> text.replace("name=\"Consolidate the annual implementation report ${reportingYear}\"",
            "name=\"Consolidate and sign the annual implementation report ${reportingYear}\""),
        ImplementationProcess.RESOURCE, "forms/implementation-report.form", "forms/implementation-chase.form",
        "forms/annual-report.form", "forms/strategy-amendment.form", "forms/final-evaluation.form");
    try {
      String v2 = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(changed)
          .processDefinitionKey(ImplementationProcess.KEY).singleResult().getId();
      assertThat(v2).isNotEqualTo(v1);
      engine.getRuntimeService().newMigration(engine.getRuntimeService().createMigrationPlan(v1, v2)
          .mapEqualActivities().updateEventTriggers().build())
          .processInstanceIds(implementation.getId()).execute();

      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(implementation.getId())
          .singleResult().getProcessDefinitionId()).isEqualTo(v2);
      assertThat(reportTask("agencyDefence").getId()).as("the open task is the same task").isEqualTo(defence.getId());
      assertThat(engine.getManagementService().createJobQuery().processInstanceId(implementation.getId())
          .activityId(REPORT_DEADLINE_PASSED).singleResult().getDuedate()).as("its deadline kept").isEqualTo(deadline);
      assertThat(list(historic(Variables.IMPLEMENTATION_REPORTS.name()))).as("this year's first report kept")
          .extracting(r -> r.get("actionId")).containsExactly("A1");

      report(reportTask("agencyDefence"), row("A2", "done", "Reviews published=1", "",
          "Reviews published | reports | 0 | 2029=1"));
      consolidate("close");
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(implementation.getId())
          .taskDefinitionKey(CONSOLIDATE_ANNUAL_REPORT).singleResult().getName()).as("the new version's task")
          .isEqualTo("Consolidate and sign the annual implementation report 2028");
      decide("parliamentOversight", "approved");
      decide("civilSocietyMonitor", "approved");
      evaluate();
      decide("parliamentOversight", "approved");
      decide("civilSocietyMonitor", "approved");
      assertThat(implementation).isEnded();
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(implementation.getId()).singleResult().getProcessDefinitionId()).isEqualTo(v2);
    } finally {
      SpringBootLikeDeployment.undeploy(engine, changed);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The Tasklist start form "Request a change to a programme", submitted by a member of a requesting group. */
  private void requestChange(String user, String kind, String reason) {
    submitChangeRequest(user, Map.of("programmeCode", "SSR-IMP", "changeKind", kind, "changeReason", reason));
  }

  private void submitChangeRequest(String user, Map<String, Object> form) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ChangeRequestProcess.KEY).latestVersion().singleResult().getId();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getFormService().submitStartForm(definition, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void start() {
    implementation = engine.getRuntimeService().startProcessInstanceByKey(ImplementationProcess.KEY, "SSR-IMP",
        startVariables());
  }

  private Map<String, Object> startVariables() {
    TransformationAction a1 = new TransformationStrategyService().actions(List.of(Map.of("id", "A1",
        "title", "Community policing training", "institution", "police", "startYear", 2027, "endYear", 2028,
        "indicatorsText", "Officers trained | persons | 0 | 2027=400, 2028=800",
        "milestonesText", "2027 | Curriculum adopted")), List.of("police")).get(0);
    TransformationAction a2 = new TransformationAction("A2", "Defence review", "defence", 2027, 2029);
    Map<String, Object> vars = new HashMap<>();
    Variables.PROGRAMME_CODE.putIn(vars, "SSR-IMP");
    Variables.PROGRAMME_NAME.putIn(vars, "Implementation test programme");
    Variables.PROGRAMME_TERM.putIn(vars, "Security Sector Reform");
    Variables.INSTITUTIONS.putIn(vars, List.of("police", "defence"));
    Variables.TRANSFORMATION_ACTIONS.putIn(vars, List.of(a1.toMap(), a2.toMap()));
    return vars;
  }

  private Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private Instant at(Duration from) {
    return START.plus(from);
  }

  private void advance(int days) {
    ClockUtil.setCurrentTime(Date.from(now().plus(Duration.ofDays(days))));
  }

  private Job timer() {
    return engine.getManagementService().createJobQuery().processInstanceId(implementation.getId()).timers()
        .activityId(REPORTING_YEAR_DUE).singleResult();
  }

  private void nextYear(int days) {
    advance(days);
    Job timer = timer();
    assertThat(timer.getDuedate()).isBeforeOrEqualTo(Date.from(now()));
    engine.getManagementService().executeJob(timer.getId());
  }

  private void fire(String boundary) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(implementation.getId()).timers()
        .activityId(boundary).singleResult();
    engine.getManagementService().executeJob(job.getId());
  }

  private Task task(String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey(key).list();
    assertThat(tasks).as("open %s", key).hasSize(1);
    return tasks.get(0);
  }

  private Task reportTask(String group) {
    return engine.getTaskService().createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey(REPORT_PROGRESS).taskCandidateGroup(group).singleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(Task task) {
    return Variables.ACTION_REPORTS.read(engine.getTaskService().getVariableTyped(task.getId(), "actionReports"));
  }

  private static List<Map<String, Object>> row(String id, String status, String values, String milestones,
      String newIndicators) {
    Map<String, Object> row = new HashMap<>();
    row.put("actionId", id);
    row.put("status", status);
    row.put("indicatorValuesText", values);
    row.put("milestonesReachedText", milestones);
    row.put("narrative", "The year of " + id);
    row.put("newIndicatorsText", newIndicators);
    return List.of(row);
  }

  private void report(Task task, List<Map<String, Object>> rows) {
    engine.getIdentityService().setAuthenticatedUserId("agency");
    try {
      engine.getFormService().submitTaskForm(task.getId(),
          Variables.ACTION_REPORTS.putIn(new HashMap<>(), rows));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void consolidate(String next) {
    if (engine.getTaskService().createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey(UPLOAD_BUDGET_EXECUTION).count() > 0) {
      uploadExecution(task(UPLOAD_BUDGET_EXECUTION), "execution.xlsx",
          BudgetExecutionTestBeans.filled(fileBytes(BudgetExecutionProcess.Variables.TEMPLATE)));
    }
    Task consolidation = task(CONSOLIDATE_ANNUAL_REPORT);
    engine.getTaskService().claim(consolidation.getId(), "coordinator");
    submit(consolidation, Map.of("annualReportSummary", "A year of training",
        "annualReportDecisions", "Budget reallocated to training", "implementationNextStep", next));
  }

  /** The upload form's submission: the File variable budgetExecutionFile, as Tasklist sends a chosen file. */
  private void uploadExecution(Task task, String fileName, byte[] content) {
    engine.getIdentityService().setAuthenticatedUserId("coordinator");
    try {
      engine.getTaskService().claim(task.getId(), "coordinator");
      engine.getFormService().submitTaskForm(task.getId(), Map.of(BudgetExecutionProcess.Variables.FILE.name(),
          org.camunda.bpm.engine.variable.Variables.fileValue(fileName).file(content)
              .mimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").create()));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private byte[] fileBytes(org.ssr.workflow.engine.Variable<FileValue> file) {
    FileValue value = engine.getRuntimeService().getVariableTyped(implementation.getId(), file.name());
    try {
      return value.getValue().readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void evaluate() {
    submit(task(FINAL_EVALUATION), Map.of("evaluationChanges", "Some change", "evaluationLessons", "Some lessons",
        "evaluationRemaining", "Much"));
  }

  private void submit(Task task, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task.getId(), values);
  }

  /** Decides the open review task of a body in the oversight review the implementation called. */
  private void decide(String group, String decision) {
    Task review = engine.getTaskService().createTaskQuery().taskDefinitionKey(OversightReviewProcess.Elements.REVIEW_TASK)
        .taskCandidateGroup(group).singleResult();
    assertThat(review).as("review task of %s", group).isNotNull();
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    if (!"approved".equals(decision)) {
      form.put("reasons", "Indicators are not credible yet");
    }
    engine.getIdentityService().setAuthenticatedUserId(group.startsWith("parliament") ? "parliament" : "monitor");
    try {
      engine.getFormService().submitTaskForm(review.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private <T> T variable(org.ssr.workflow.engine.Variable<T> variable) {
    return variable.read(engine.getRuntimeService().getVariableTyped(implementation.getId(), variable.name()));
  }

  private Object historic(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(implementation.getId()).variableName(name).singleResult().getValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  private Sheet sheet(org.ssr.workflow.engine.Variable<FileValue> file, String name) throws Exception {
    FileValue value = engine.getRuntimeService().getVariableTyped(implementation.getId(), file.name());
    XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(value.getValue().readAllBytes()));
    return workbook.getSheet(name);
  }
}
