package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.ssr.workflow.risk.RiskHandlingProcess.Elements.*;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess.Beans;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * Step 12 end to end on the in-memory engine: risks reported with the risk-report start form (as Tasklist submits it)
 * to the real ssr-programme, handled by the real risk-handling called from its event subprocess. Covers reporting
 * against an unknown or ended programme, two risks open at once in one programme, holding and resuming the
 * transformation track, ending the programme, short-term threats, and the register read from history.
 */
class RiskInProgrammeTest {
  /**
   * Before issue 17: 47 at step 1 and more later (variables="all" copied the programme's variables into every risk).
   * Issue 19 adds one: the programme's language, which the risk's forms and words speak.
   */
  private static final int VARIABLES_OF_A_LOW_RISK = 20;


  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .excludeProcessDefinitionKeys(ProgrammeProcess.KEY, OversightReviewProcess.KEY, RiskHandlingProcess.KEY)
      .assertClassCoverageAtLeast(0.95)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  private static final String CODE = "SSR-RISK-01";

  ProcessEngine engine;
  private String deploymentId;
  private RiskProcessTestSupport support;

  @BeforeEach
  void setUp() {
    init(engine);
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        RiskHandlingProcess.RESOURCE, RiskHandlingProcess.DECISION_RESOURCE, RiskReportProcess.RESOURCE,
        RiskReportProcess.FORM_RESOURCE);
    OversightReviewTestBeans.register();
    registerProgrammeBeans();
    RiskTestBeans.register();
    ClockUtil.setCurrentTime(Date.from(RiskProcessTestSupport.START));
    support = new RiskProcessTestSupport(engine);
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @Test
  void reportAgainstAnUnknownProgramme_clearMessage_nothingStarts() {
    assertThatThrownBy(() -> report("monitor", "NO-SUCH-CODE", "Spoilers", "political"))
        .isInstanceOf(ProgrammeNotRunningException.class)
        .hasMessage("There is no programme with the code NO-SUCH-CODE. Please check the code (for example in"
            + " Tasklist or Cockpit) and report the risk again.");

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(RiskReportProcess.KEY).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(RiskHandlingProcess.KEY).count()).isZero();
  }

  @Test
  void twoRisksOpenAtOnce_inOneProgramme_registerShowsBoth() {
    ProcessInstance programme = startProgramme();

    ProcessInstance firstReport = report("monitor", CODE, "Spoilers in the north", "political");
    ProcessInstance secondReport = report("donor", " " + CODE + " ", "Pledges delayed", "financial");

    BpmnAwareTests.assertThat(firstReport).isEnded().hasPassed(RiskReportProcess.Elements.END);
    // started without a business key, as from Tasklist: the report takes the (trimmed) programme code
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(secondReport.getId()).singleResult().getBusinessKey()).isEqualTo(CODE);
    List<ProcessInstance> risks = risksOf(CODE);
    assertThat(risks).hasSize(2).allSatisfy(risk -> assertThat(risk.getBusinessKey()).isEqualTo(CODE));
    ProcessInstance first = risks.stream()
        .filter(r -> "Spoilers in the north".equals(support.variable(r, Variables.RISK_TITLE.name())))
        .findFirst().orElseThrow();
    ProcessInstance second = risks.stream().filter(r -> r != first).findFirst().orElseThrow();
    assertThat(support.variable(first, Variables.RISK_REPORTED_BY.name())).isEqualTo("monitor");
    assertThat(support.variable(second, Variables.RISK_TITLE.name())).isEqualTo("Pledges delayed");
    assertThat(support.variable(second, Variables.RISK_REPORTED_BY.name())).isEqualTo("donor");
    // the risk's variables went to its own event subprocess, not the programme's scope
    assertThat(engine.getRuntimeService().getVariables(programme.getId())).doesNotContainKey(Variables.RISK_TITLE.name());

    support.assess(first.getId(), 2, 3);
    support.assess(second.getId(), 4, 4);

    BpmnAwareTests.assertThat(first).isWaitingAt(WRITE_MITIGATION_PLAN);
    BpmnAwareTests.assertThat(second).isWaitingAt(DECIDE_HIGH_RISK);
    BpmnAwareTests.assertThat(programme).isActive().isWaitingAt(ProgrammeProcess.Elements.HANDLE_RISK);

    List<RiskRegisterEntry> register = new RiskRegister(engine.getHistoryService()).risksOf(CODE);
    assertThat(register).extracting(RiskRegisterEntry::title, RiskRegisterEntry::level, RiskRegisterEntry::status,
            RiskRegisterEntry::owner, RiskRegisterEntry::reportedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Spoilers in the north", "medium", "MITIGATION_PLAN_DUE",
                "coordinationUnit", "monitor"),
            org.assertj.core.groups.Tuple.tuple("Pledges delayed", "high", "DECISION_DUE", "programmeManagers",
                "donor"));
    assertThat(register).allSatisfy(entry -> {
      assertThat(entry.open()).isTrue();
      assertThat(entry.levelChanges()).hasSize(1);
      assertThat(entry.riskId()).startsWith("R-");
    });
    assertThat(new RiskRegister(engine.getHistoryService()).risksOf("OTHER-CODE")).isEmpty();
  }

  @Test
  void criticalRisk_holdsTheTransformationTrack_andResumesIt() {
    ProcessInstance programme = startProgramme();
    ProcessInstance risk = reportAndAssess("Armed groups mobilise", "security", 5, 5);
    BpmnAwareTests.assertThat(risk).isWaitingAt(URGENT_REVIEW);

    support.complete(risk.getId(), URGENT_REVIEW, Map.of(Variables.RISK_URGENT_DECISION.name(), "holdTransformation",
        Variables.RISK_DECISION_REASON.name(), "Wait for the ceasefire"));

    assertThat(engine.getRuntimeService().getVariable(programme.getId(), Variables.TRANSFORMATION_ON_HOLD.name()))
        .isEqualTo(true);
    BpmnAwareTests.assertThat(risk).isWaitingAt(RESUME_TRACK_TASK);
    // the programme shows the hold in Cockpit: its event subprocess suspended the track and waits for the resume
    BpmnAwareTests.assertThat(programme).hasPassed(ProgrammeProcess.Elements.SUSPEND_TRANSFORMATION_TRACK)
        .isWaitingAt(ProgrammeProcess.Elements.TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED);

    support.complete(risk.getId(), RESUME_TRACK_TASK, Map.of(Variables.RISK_RESUME_NOTE.name(), "Ceasefire holds"));

    assertThat(engine.getRuntimeService().getVariable(programme.getId(), Variables.TRANSFORMATION_ON_HOLD.name()))
        .isEqualTo(false);
    BpmnAwareTests.assertThat(risk).isWaitingAt(REVIEW_DATE);
    BpmnAwareTests.assertThat(programme).isActive()
        .hasPassed(ProgrammeProcess.Elements.ACTIVATE_TRANSFORMATION_TRACK)
        .isNotWaitingAt(ProgrammeProcess.Elements.TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED);
  }

  @Test
  void criticalRisk_endsTheProgramme_whileAnotherHoldsTheTrack() {
    ProcessInstance programme = startProgramme();
    ProcessInstance holding = reportAndAssess("Mutiny", "security", 5, 5);
    support.complete(holding.getId(), URGENT_REVIEW, Map.of(Variables.RISK_URGENT_DECISION.name(), "holdTransformation",
        Variables.RISK_DECISION_REASON.name(), "hold"));
    ProcessInstance ending = reportAndAssess("Coup", "political", 5, 4);

    support.complete(ending.getId(), URGENT_REVIEW, Map.of(Variables.RISK_URGENT_DECISION.name(), "endProgramme",
        Variables.RISK_DECISION_REASON.name(), "The parties left the process"));

    BpmnAwareTests.assertThat(programme).isEnded().hasPassed(ProgrammeProcess.Elements.END_PROGRAMME_ENDED);
    BpmnAwareTests.assertThat(holding).isEnded();
  }

  @Test
  void twoCriticalRisksHoldTheTrack_itResumesOnlyWhenBothAreLifted() {
    ProcessInstance programme = startProgramme();
    ProcessInstance first = reportAndAssess("Mutiny", "security", 5, 5);
    ProcessInstance second = reportAndAssess("Riots", "socialTension", 4, 3);
    for (ProcessInstance risk : List.of(first, second)) {
      support.complete(risk.getId(), URGENT_REVIEW, Map.of(Variables.RISK_URGENT_DECISION.name(), "holdTransformation",
          Variables.RISK_DECISION_REASON.name(), "hold"));
    }

    // one hold, not two: the second risk joins the hold the first one started
    assertThat(historicActivities(programme, ProgrammeProcess.Elements.SUSPEND_TRANSFORMATION_TRACK)).isEqualTo(1);

    support.complete(first.getId(), RESUME_TRACK_TASK, Map.of(Variables.RISK_RESUME_NOTE.name(), "contained"));
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), Variables.TRANSFORMATION_ON_HOLD.name()))
        .isEqualTo(true);
    BpmnAwareTests.assertThat(programme)
        .isWaitingAt(ProgrammeProcess.Elements.TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED);

    support.complete(second.getId(), RESUME_TRACK_TASK, Map.of(Variables.RISK_RESUME_NOTE.name(), "calm again"));
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), Variables.TRANSFORMATION_ON_HOLD.name()))
        .isEqualTo(false);
    BpmnAwareTests.assertThat(programme)
        .isNotWaitingAt(ProgrammeProcess.Elements.TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED);
    assertThat(historicActivities(programme, ProgrammeProcess.Elements.ACTIVATE_TRANSFORMATION_TRACK)).isEqualTo(1);
  }

  @Test
  void criticalRisk_endsTheProgramme_thenReportsAreRefused() {
    ProcessInstance programme = startProgramme();
    ProcessInstance risk = reportAndAssess("Coup", "political", 5, 4);

    support.complete(risk.getId(), URGENT_REVIEW, Map.of(Variables.RISK_URGENT_DECISION.name(), "endProgramme",
        Variables.RISK_DECISION_REASON.name(), "The parties left the process"));

    BpmnAwareTests.assertThat(risk).isEnded();
    BpmnAwareTests.assertThat(programme).isEnded()
        .hasPassed(ProgrammeProcess.Elements.END_PROGRAMME_ENDED);
    assertThat((String) support.historicVariable(programme.getId(), Variables.PROGRAMME_END_REASON.name()))
        .startsWith("Critical risk R-").endsWith("(Coup): The parties left the process");

    assertThatThrownBy(() -> report("monitor", CODE, "Too late", "political"))
        .isInstanceOfSatisfying(ProgrammeNotRunningException.class,
            e -> assertThat(e.getReason()).isEqualTo(ProgrammeNotRunningException.Reason.ENDED))
        .hasMessage("Programme " + CODE + " ended on 2026-03-02: risks can only be reported to a running programme.");
    assertThat(new RiskRegister(engine.getHistoryService()).risksOf(CODE)).singleElement().satisfies(entry -> {
      assertThat(entry.open()).isFalse();
      assertThat(entry.outcome()).isEqualTo(RiskHandlingProcess.OUTCOME_END_PROGRAMME);
      assertThat(entry.status()).isEqualTo(RiskStatus.PROGRAMME_ENDED.name());
    });
  }

  @Test
  void shortTermThreat_rapidContainmentNow_andARatedRegisteredEscalatingRisk() {
    startProgramme();

    ProcessInstance report = report("police", CODE, "Armed robberies on the highway", "shortTermThreat");

    BpmnAwareTests.assertThat(report).isEnded()
        .hasPassed(RiskReportProcess.Elements.REQUEST_RAPID_CONTAINMENT, RiskReportProcess.Elements.REPORT_TO_PROGRAMME);
    // step 3: rapid containment at once
    org.camunda.bpm.engine.task.Task containment = engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(CODE).taskDefinitionKey(ProgrammeProcess.Elements.CONTAIN_REPORTED_THREAT)
        .singleResult();
    assertThat(containment).isNotNull();
    // step 12: the same threat is a risk on the ladder, with the same id
    List<ProcessInstance> risks = risksOf(CODE);
    assertThat(risks).hasSize(1);
    ProcessInstance risk = risks.get(0);
    BpmnAwareTests.assertThat(risk).isWaitingAt(ASSESS);
    assertThat(engine.getRuntimeService().getVariable(containment.getExecutionId(), Variables.RISK_ID.name()))
        .isEqualTo(support.variable(risk, Variables.RISK_ID.name()));
    assertThat(support.variable(risk, Variables.RISK_CATEGORY.name())).isEqualTo("shortTermThreat");

    // 2 x 2 would be low for other categories: the short-term-threat rules of risk-rating raise it to medium
    support.assess(risk.getId(), 2, 2);
    BpmnAwareTests.assertThat(risk).isWaitingAt(WRITE_MITIGATION_PLAN);
    engine.getTaskService().complete(containment.getId(), Map.of("containmentActions", "Police checkpoints"));

    // and it escalates like any risk: the missed mitigation plan makes it high
    support.passTime(java.time.Duration.ofDays(15));
    BpmnAwareTests.assertThat(risk).isWaitingAt(DECIDE_HIGH_RISK);
    assertThat(new RiskRegister(engine.getHistoryService()).risksOf(CODE)).singleElement().satisfies(entry -> {
      assertThat(entry.title()).isEqualTo("Armed robberies on the highway");
      assertThat(entry.category()).isEqualTo("shortTermThreat");
      assertThat(entry.level()).isEqualTo("high");
      assertThat(entry.open()).isTrue();
      assertThat(entry.reportedBy()).isEqualTo("police");
      assertThat(entry.levelChanges()).hasSize(2);
    });
  }

  /** The report keeps its programme's language once, at its start (the programme's word over a client's). */
  @Test
  void aReportKeepsTheLanguageOfItsProgramme() {
    startProgramme("fr");
    engine.getIdentityService().setAuthenticatedUserId("monitor");
    ProcessInstance report;
    try {
      report = engine.getRuntimeService().startProcessInstanceByKey(RiskReportProcess.KEY, Map.of(
          RiskReportProcess.Variables.PROGRAMME_CODE.name(), CODE.toLowerCase(),
          RiskReportProcess.Variables.RISK_TITLE.name(), "Spoilers in the north",
          RiskReportProcess.Variables.RISK_DESCRIPTION.name(), "Reported in a test",
          RiskReportProcess.Variables.RISK_CATEGORY.name(), "political",
          ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), "pt"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(report.getId())
        .variableName(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name()).singleResult().getValue())
        .isEqualTo("fr");
  }

  // ---------------------------------------------------------------- helpers

  /** Issue 17's diet: a risk gets the report from its programme (CallActivity_HandleRisk), not all its variables. */
  @Test
  void aRiskCarriesTheReport_notTheProgrammesVariables() {
    startProgramme();
    ProcessInstance risk = reportAndAssess("Spoilers in the north", "political", 1, 1);

    List<String> names = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(risk.getId()).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricVariableInstance::getName).sorted().toList();
    assertThat(names).contains("programmeCode", "programmeLanguage", "riskId", "riskTitle", "riskDescription", "riskCategory",
        "riskReportedBy", "riskLevel", "riskLog")
        .doesNotContain("programmeName", "institutions", "regions", "decisionLog", "riskChaseCount")
        .hasSize(VARIABLES_OF_A_LOW_RISK);
  }

  private ProcessInstance reportAndAssess(String title, String category, int likelihood, int impact) {
    List<String> before = risksOf(CODE).stream().map(ProcessInstance::getId).toList();
    report("monitor", CODE, title, category);
    ProcessInstance risk = risksOf(CODE).stream().filter(r -> !before.contains(r.getId())).findFirst().orElseThrow();
    support.assess(risk.getId(), likelihood, impact);
    return risk;
  }

  /** Submits the risk-report start form as Tasklist does: no business key, the reporter authenticated. */
  private ProcessInstance report(String user, String code, String title, String category) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(RiskReportProcess.KEY).latestVersion().singleResult().getId();
      return engine.getFormService().submitStartForm(definitionId, Map.of(
          RiskReportProcess.Variables.PROGRAMME_CODE.name(), code,
          RiskReportProcess.Variables.RISK_TITLE.name(), title,
          RiskReportProcess.Variables.RISK_DESCRIPTION.name(), "Reported in a test",
          RiskReportProcess.Variables.RISK_CATEGORY.name(), category));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private long historicActivities(ProcessInstance instance, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).count();
  }

  private List<ProcessInstance> risksOf(String code) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(RiskHandlingProcess.KEY)
        .processInstanceBusinessKey(code).list();
  }

  private ProcessInstance startProgramme() {
    return startProgramme(null);
  }

  private ProcessInstance startProgramme(String language) {
    Map<String, Object> form = new HashMap<>();
    if (language != null) {
      form.put(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), language);
    }
    form.put("programmeCode", CODE);
    form.put("programmeName", "National security sector programme");
    form.put("country", "Testland");
    form.put("programmeTerm", "Security Sector Reform");
    form.put("institutions", SpinValues.jsonValue("[\"defence\",\"police\"]").create());
    form.put("oversightPolice", SpinValues.jsonValue("[\"parliamentOversight\",\"justiceOversight\"]").create());
    form.put("regionsText", "North\nSouth");
    form.put("requiredSegments", SpinValues.jsonValue("[\"youth\",\"womensGroups\"]").create());
    form.put("donorsText", "European Union");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProgrammeProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance programme = engine.getFormService().submitStartForm(definitionId, form);
    assertThat(programme.getBusinessKey()).isEqualTo(CODE);
    return programme;
  }

  /** The programme's own beans (real services where cheap), as ssr-programme's process test registers them. */
  private static void registerProgrammeBeans() {
    ProgrammeTestBeans.register();
    Mocks.register(Beans.DONOR_PLEDGES, (TaskListener) task -> { });
    Mocks.register(Beans.PREPARE_FINANCIAL_PLAN_TEMPLATE, (JavaDelegate) execution -> { });
    Mocks.register(Beans.IMPORT_FINANCIAL_PLAN, (JavaDelegate) execution -> { });
  }
}
