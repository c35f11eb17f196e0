package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.monitoring.ProgrammeScenario.START;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeSummary;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * The dashboard's list ({@link ProgrammeStatusService#statuses}, a fixed number of set-based queries for all
 * programmes) gives exactly the statuses that {@link ProgrammeStatusService#status} computes for each programme with
 * its own queries (the runtime's activity-instance tree, one query per called instance), for a mix of programmes in
 * every state; the implementation phase's fields; and the list's access rule keeps the engine's grants and revokes.
 */
class ProgrammeStatusListTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  ProcessEngine engine;
  private String deploymentId;
  private String implementationDeploymentId;
  private ProgrammeStatusService status;
  private final Map<String, PlanStatus> plans = new HashMap<>();

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        "bpmn-stubs/risk-handling-stub.bpmn");
    // a newer version of the implementation stub that waits in a task, so a programme stays in implementation
    implementationDeploymentId = engine.getRepositoryService().createDeployment().addModelInstance(
        "programme-implementation-waiting.bpmn", Bpmn.createExecutableProcess(ImplementationProcess.KEY)
            .camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_Implementing").name("Implementing")
            .endEvent().done()).deploy().getId();
    ProgrammeScenario.registerBeans();
    InMemoryDecisionRecord decisionRecord = InMemoryDecisionRecord.create();
    OversightReviewTestBeans.register(decisionRecord);
    status = new ProgrammeStatusService(engine, new Plans(), decisionRecord.record());
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeploy(engine, implementationDeploymentId);
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @Test
  void theSetBasedListEqualsEachProgrammesOwnStatus_forAMixOfProgrammes() {
    // two programmes through planning into implementation: one stays there (year 3, half the budget spent), one closes
    ProgrammeScenario implementing = throughPlanning("SSR-LIST-IMPL");
    ProcessInstance implementation = implementationOf(implementing);
    engine.getRuntimeService().setVariable(implementation.getId(), ImplementationProcess.Variables.CYCLE_YEAR.name(),
        3);
    engine.getRuntimeService().setVariable(implementation.getId(),
        ImplementationProcess.Variables.BUDGET_EXECUTION_RATES.name(), SpinValues.jsonValue("["
            + "{\"institution\":\"police\",\"year\":2029,\"planned\":80000.0,\"committed\":64000.0,\"spent\":40000.0,"
            + "\"executionRate\":0.5},"
            + "{\"institution\":\"Total\",\"year\":2029,\"planned\":160000.0,\"committed\":100000.0,\"spent\":100000.0,"
            + "\"executionRate\":0.625}]").create());
    plans.put("SSR-LIST-IMPL", plan(2));

    ProgrammeScenario closed = throughPlanning("SSR-LIST-CLOSED");
    ProcessInstance finishedImplementation = implementationOf(closed);
    engine.getRuntimeService().setVariable(finishedImplementation.getId(),
        ImplementationProcess.Variables.CYCLE_YEAR.name(), 20);
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery()
        .processInstanceId(finishedImplementation.getId()).singleResult().getId());

    ProgrammeScenario fresh = new ProgrammeScenario(engine, "SSR-LIST-FRESH");
    fresh.start();
    ProgrammeScenario mediation = new ProgrammeScenario(engine, "SSR-LIST-MEDIATION");
    mediation.start();
    mediation.dialogSession(false, true);
    ProgrammeScenario tracks = new ProgrammeScenario(engine, "SSR-LIST-TRACKS");
    tracks.start();
    tracks.throughScoping(Map.of(4, "Structures exist since the 2024 peace agreement.", 8, "Recent review."));
    plans.put("SSR-LIST-TRACKS", plan(1));
    ProgrammeScenario held = new ProgrammeScenario(engine, "SSR-LIST-HELD");
    held.start();
    held.throughScoping(Map.of(4, "Structures exist."));
    engine.getRuntimeService().setVariable(held.programme.getId(), "transformationOnHold", true);
    engine.getRuntimeService().createMessageCorrelation(ProgrammeProcess.Messages.TRANSFORMATION_TRACK_HELD)
        .processInstanceId(held.programme.getId()).correlateAll();
    ProgrammeScenario cancelled = new ProgrammeScenario(engine, "SSR-LIST-CANCELLED");
    cancelled.start();
    engine.getRuntimeService().deleteProcessInstance(cancelled.programme.getId(), "Replaced by SSR-LIST-FRESH");
    ProgrammeScenario risky = new ProgrammeScenario(engine, "SSR-LIST-RISK");
    risky.start();
    risky.throughScoping(Map.of());
    endByCriticalRisk(risky);
    // waiting in an asynchronous continuation (a transition instance in the runtime's tree, a job in the list's read)
    String waiting = engine.getRuntimeService().createProcessInstanceByKey(ProgrammeProcess.KEY)
        .businessKey("SSR-LIST-ASYNC").setVariable("programmeCode", "SSR-LIST-ASYNC")
        .setVariable("transformationOnHold", false)
        .startBeforeActivity(Elements.PREPARE_FINANCIAL_PLAN_TEMPLATE).execute().getId();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(waiting).count()).isEqualTo(1);
    ProgrammeScenario overdue = new ProgrammeScenario(engine, "SSR-LIST-OVERDUE");
    overdue.start();
    overdue.throughScoping(Map.of());
    overdue.submitGovernanceCharter();
    overdue.advance(Duration.ofDays(25));
    overdue.decide("parliamentOversight", "parliament", "approved", null);

    List<HistoricProcessInstance> programmes = status.programmes();
    assertThat(programmes).hasSize(10);
    List<ProgrammeStatus> list = status.statuses(programmes);
    List<ProgrammeStatus> each = programmes.stream().map(status::status).toList();
    assertThat(list).usingRecursiveFieldByFieldElementComparator().isEqualTo(each);
    assertThat(list).isEqualTo(each);

    Map<String, ProgrammeStatus> byCode = new HashMap<>();
    list.forEach(p -> byCode.put(p.code(), p));
    assertThat(byCode.get("SSR-LIST-IMPL")).satisfies(p -> {
      assertThat(p.state()).isEqualTo(ProgrammeStatus.IN_IMPLEMENTATION);
      assertThat(p.phase()).isEqualTo(ProgrammeStatus.IMPLEMENTATION);
      assertThat(p.cycleYear()).isEqualTo(3);
      assertThat(p.executionRate()).isEqualByComparingTo("0.625");
      assertThat(p.executionYear()).isEqualTo(2029);
      assertThat(p.plan().version()).isEqualTo(2);
    });
    assertThat(byCode.get("SSR-LIST-CLOSED")).satisfies(p -> {
      assertThat(p.state()).isEqualTo(ProgrammeStatus.CLOSED);
      assertThat(p.phase()).isEqualTo(ProgrammeStatus.CLOSED);
      assertThat(p.cycleYear()).isEqualTo(20);
      assertThat(p.executionRate()).isNull();
    });
    assertThat(byCode.get("SSR-LIST-FRESH")).satisfies(p -> {
      assertThat(p.phase()).isEqualTo(ProgrammeStatus.PREPARATION);
      assertThat(p.cycleYear()).isNull();
      assertThat(p.executionRate()).isNull();
    });
    assertThat(byCode.get("SSR-LIST-RISK").state()).isEqualTo(ProgrammeSummary.ENDED_BY_CRITICAL_RISK);
    assertThat(byCode.get("SSR-LIST-RISK").phase()).isEqualTo(ProgrammeStatus.PREPARATION);
    assertThat(byCode.get("SSR-LIST-CANCELLED").state()).isEqualTo(ProgrammeStatus.CANCELLED);
    assertThat(byCode.get("SSR-LIST-HELD").steps().get(4).note()).startsWith("On hold");
    assertThat(byCode.get("SSR-LIST-ASYNC").steps().get(9).activeTasks()).as("waiting in a job")
        .containsExactly("Prepare financial plan template");
    assertThat(byCode.get("SSR-LIST-OVERDUE").openReviews()).singleElement().satisfies(r -> {
      assertThat(r.overdue()).isTrue();
      assertThat(r.waitingFor()).containsExactly("civilSocietyMonitor");
    });
    assertThat(byCode.get("SSR-LIST-TRACKS").plan().version()).isEqualTo(1);
    assertThat(status.details(programmes.get(programmes.indexOf(programmes.stream()
        .filter(p -> p.getId().equals(implementing.programme.getId())).findFirst().orElseThrow()))).programme())
        .as("the details' status is the list's").isEqualTo(byCode.get("SSR-LIST-IMPL"));
  }

  @Test
  void theListKeepsTheEnginesGrantsAndRevokes() {
    ProgrammeScenario granted = started("SSR-LIST-GRANTED");
    ProgrammeScenario revoked = started("SSR-LIST-REVOKED");
    started("SSR-LIST-OTHER");
    AuthorizationService authorizations = engine.getAuthorizationService();
    // the donors' group may read every process instance, except one revoked for the user; a justice user one only
    Authorization anyForDonors = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    anyForDonors.setGroupId("donors");
    anyForDonors.setResource(Resources.PROCESS_INSTANCE);
    anyForDonors.setResourceId(Authorization.ANY);
    anyForDonors.addPermission(Permissions.READ);
    authorizations.saveAuthorization(anyForDonors);
    Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId("donor");
    revoke.setResource(Resources.PROCESS_INSTANCE);
    revoke.setResourceId(revoked.programme.getId());
    revoke.removePermission(Permissions.READ);
    authorizations.saveAuthorization(revoke);
    Authorization one = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    one.setUserId("judge");
    one.setResource(Resources.PROCESS_INSTANCE);
    one.setResourceId(granted.programme.getId());
    one.addPermission(Permissions.READ);
    authorizations.saveAuthorization(one);
    // and everyone may read one more (a global authorization)
    ProgrammeScenario open = started("SSR-LIST-GLOBAL");
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setResource(Resources.PROCESS_INSTANCE);
    everyone.setResourceId(open.programme.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);

    ProgrammeAccess access = new ProgrammeAccess(engine);
    engine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
    try {
      assertThat(visible(access, new Authentication("donor", List.of("donors"))))
          .containsExactlyInAnyOrder("SSR-LIST-GRANTED", "SSR-LIST-OTHER", "SSR-LIST-GLOBAL");
      assertThat(visible(access, new Authentication("judge", List.of("justice"))))
          .containsExactlyInAnyOrder("SSR-LIST-GRANTED", "SSR-LIST-GLOBAL");
      assertThat(visible(access, new Authentication("police", List.of("agencyPolice"))))
          .containsExactly("SSR-LIST-GLOBAL");
      // the coordination unit was offered each programme's first task
      assertThat(visible(access, new Authentication("coordinator", List.of("coordinationUnit")))).hasSize(4);
    } finally {
      engine.getProcessEngineConfiguration().setAuthorizationEnabled(false);
      authorizations.createAuthorizationQuery().list().stream()
          .filter(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType())
          .forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }
  }

  @Test
  void eachWayOfTakingPartShowsTheProgrammeAndNothingElse() {
    ProgrammeScenario assigned = started("SSR-PART-ASSIGNED");
    ProgrammeScenario offered = started("SSR-PART-OFFERED");
    engine.getIdentityService().setAuthenticatedUserId("starter");
    try {
      started("SSR-PART-STARTED");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    ProgrammeScenario reviewed = started("SSR-PART-REVIEWED");
    reviewed.throughScoping(Map.of(3, "n/a", 4, "n/a", 5, "n/a", 6, "n/a", 7, "n/a", 8, "n/a", 9, "n/a",
        10, "n/a"));
    reviewed.submitGovernanceCharter();
    // worked on a task without being offered it, offered one by name, and (below) the assignment taken back
    engine.getTaskService().setAssignee(assigned.task(Elements.RECORD_DIALOG_SESSION).getId(), "clerk");
    engine.getTaskService().setAssignee(assigned.task(Elements.RECORD_DIALOG_SESSION).getId(), null);
    engine.getTaskService().addCandidateUser(offered.task(Elements.RECORD_DIALOG_SESSION).getId(), "adviser");

    ProgrammeAccess access = new ProgrammeAccess(engine);
    engine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
    try {
      assertThat(visible(access, new Authentication("clerk", List.of()))).containsExactly("SSR-PART-ASSIGNED");
      assertThat(visible(access, new Authentication("adviser", List.of("agencyPolice"))))
          .containsExactly("SSR-PART-OFFERED");
      assertThat(visible(access, new Authentication("starter", List.of()))).containsExactly("SSR-PART-STARTED");
      // offered the review the programme called: the programme, not the review, is what they see
      assertThat(visible(access, new Authentication("member", List.of("agencyPolice", "parliamentOversight"))))
          .containsExactly("SSR-PART-REVIEWED");
      assertThat(visible(access, new Authentication("police", List.of("agencyPolice")))).isEmpty();
      assertThat(visible(access, new Authentication("coordinator", List.of("coordinationUnit")))).hasSize(4);
    } finally {
      engine.getProcessEngineConfiguration().setAuthorizationEnabled(false);
    }
  }

  // ---------------------------------------------------------------- helpers

  private ProgrammeScenario started(String code) {
    ProgrammeScenario scenario = new ProgrammeScenario(engine, code);
    scenario.start();
    return scenario;
  }

  private List<String> visible(ProgrammeAccess access, Authentication user) {
    ProgrammeAccess.View view = access.of(user);
    return status.statuses(status.programmes().stream().filter(view::sees).toList()).stream()
        .map(ProgrammeStatus::code).toList();
  }

  /** Steps 3 to 10 skipped, the charter approved: the programme calls its implementation. */
  private ProgrammeScenario throughPlanning(String code) {
    ProgrammeScenario scenario = new ProgrammeScenario(engine, code);
    scenario.start();
    Map<Integer, String> skipped = new HashMap<>();
    for (int n = 3; n <= 10; n++) {
      skipped.put(n, "Not needed (step " + n + ").");
    }
    scenario.throughScoping(skipped);
    scenario.submitGovernanceCharter();
    scenario.decide("parliamentOversight", "parliament", "approved", null);
    scenario.decide("civilSocietyMonitor", "monitor", "approved", null);
    return scenario;
  }

  private ProcessInstance implementationOf(ProgrammeScenario scenario) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(scenario.programme.getId())
        .processDefinitionKey(ImplementationProcess.KEY).singleResult();
  }

  private void endByCriticalRisk(ProgrammeScenario scenario) {
    engine.getRuntimeService().createMessageCorrelation(ProgrammeProcess.Messages.RISK_REPORTED)
        .processInstanceBusinessKey(scenario.code)
        .setVariable("riskId", "R-1")
        .setVariable("riskTitle", "Armed group rejects the process")
        .correlate();
    String risk = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("risk-handling")
        .superProcessInstanceId(scenario.programme.getId()).singleResult().getId();
    engine.getRuntimeService().setVariable(risk, "riskLevel", "critical");
    engine.getFormService().submitTaskForm(engine.getTaskService().createTaskQuery().processInstanceId(risk)
        .singleResult().getId(), Map.of("riskOutcome", "END_PROGRAMME", "programmeEndReason", "Peace talks failed"));
  }

  private static PlanStatus plan(int version) {
    return new PlanStatus(version, "coordinator", Instant.parse("2026-05-01T10:00:00Z"), version > 1, null, null,
        new BigDecimal("100.00"), new BigDecimal("60.00"), new BigDecimal("40.00"), null, List.of(), List.of(),
        List.of(), List.of());
  }

  /** Plans by programme code; the list asks for all at once (the default loop), one programme for its own. */
  private final class Plans implements ProgrammeFinance {
    @Override
    public Optional<PlanStatus> latestPlan(String programmeCode) {
      return Optional.ofNullable(plans.get(programmeCode));
    }

    @Override
    public List<DonorPledge> pledges(String programmeCode) {
      return List.of();
    }
  }
}
