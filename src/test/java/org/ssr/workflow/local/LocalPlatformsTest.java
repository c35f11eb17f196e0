package org.ssr.workflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.local.LocalReportProcess.Elements;
import org.ssr.workflow.local.LocalReportProcess.Variables;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Local platforms on the whole application: the programme opens them after step 2 (a group per region), the demo
 * platform of region North files a report over HTTP, its concern becomes a rated risk with one decision of the
 * civil-society monitor, its follow-up becomes the police's task with a deadline and the chase ladder, the platform
 * reads the answer, the silence timer and the quarterly consolidation raise the monitor's tasks, and the platform of
 * region South sees nothing of North.
 */
@SsrApplicationTest
class LocalPlatformsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CODE = DemoUsers.DEMO_PROGRAMME_CODE;
  private static final String SOUTH_MEMBER = "southmember";
  private static final String SOUTH_GROUP = LocalPlatformGroups.groupId(CODE, "South");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  private final List<String> started = new ArrayList<>();

  @BeforeEach
  void programmeAfterStepTwo() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-04T09:00:00Z")));
    Map<String, Object> variables = new HashMap<>();
    ProgrammeProcess.Variables.PROGRAMME_CODE.putIn(variables, CODE);
    ProgrammeProcess.Variables.PROGRAMME_NAME.putIn(variables, "Demo programme");
    ProgrammeProcess.Variables.PROGRAMME_TERM.putIn(variables, "Security Sector Reform");
    ProgrammeProcess.Variables.INSTITUTIONS.putIn(variables, List.of("police"));
    ProgrammeProcess.Variables.REGIONS.putIn(variables, List.of("North", "South"));
    ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD.putIn(variables, false);
    ProcessInstance programme = engine.getRuntimeService().createProcessInstanceByKey(ProgrammeProcess.KEY)
        .businessKey(CODE).setVariables(variables)
        .startBeforeActivity(ProgrammeProcess.Elements.CONSOLIDATE_NEEDS_ASSESSMENT).execute();
    started.add(programme.getId());
    Task consolidation = engine.getTaskService().createTaskQuery().processInstanceId(programme.getId())
        .taskDefinitionKey(ProgrammeProcess.Elements.CONSOLIDATE_NEEDS_ASSESSMENT).singleResult();
    engine.getTaskService().complete(consolidation.getId(), Map.of("needsAssessmentSummary", "Needs of all regions"));
    runDueJobs();
    ProcessInstance platforms = platformsInstance();
    assertThat(platforms).as("local-platforms started by the programme's signal").isNotNull();
    started.add(platforms.getId());
    if (engine.getIdentityService().createUserQuery().userId(SOUTH_MEMBER).count() == 0) {
      User user = engine.getIdentityService().newUser(SOUTH_MEMBER);
      user.setPassword(DemoUsers.PASSWORD);
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(SOUTH_MEMBER, SOUTH_GROUP);
      engine.getIdentityService().createMembership(SOUTH_MEMBER, SsrGroups.LOCAL_PLATFORMS);
    }
  }

  @AfterEach
  void cleanUp() {
    for (String id : started) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "test finished", true, true);
      }
    }
    for (ProcessInstance report : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LocalReportProcess.KEY).list()) {
      engine.getRuntimeService().deleteProcessInstance(report.getId(), "test finished", true, true);
    }
    for (ProcessInstance risk : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CODE)
        .list()) {
      // a programme's deletion takes its called instances with it
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(risk.getId()).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(risk.getId(), "test finished", true, true);
      }
    }
    engine.getIdentityService().deleteUser(SOUTH_MEMBER);
    jdbc.update("delete from local_report where programme_code = ?", CODE);
    ClockUtil.reset();
  }

  @Test
  void aReportFromTheDistrictBecomesARiskAndAFollowUpThePoliceAnswer() throws Exception {
    assertThat(engine.getIdentityService().createGroupQuery().groupType(LocalPlatformGroups.TYPE)
        .groupIdIn(DemoUsers.DEMO_LOCAL_PLATFORM, SOUTH_GROUP).count()).as("a group per region").isEqualTo(2);

    HttpResponse<String> filed = http("community").postJson(reports(), report("North").toString());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    JsonNode answer = JSON.readTree(filed.body());
    String reportId = answer.get("reportId").asText();
    assertThat(answer.get("region").asText()).isEqualTo("North");
    String reportInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LocalReportProcess.KEY).variableValueEquals(Variables.REPORT_ID.name(), reportId)
        .singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(LocalPlatformsProcess.Elements.REPORT_FILED).processInstanceId(platformsInstance().getId())
        .count()).as("the North branch heard of the report").isEqualTo(1);

    // the monitor's one decision: the concern becomes a step-12 risk that names the report
    Task decide = task(reportInstance, Elements.DECIDE_ON_CONCERNS);
    assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId()))
        .anyMatch(link -> SsrGroups.CIVIL_SOCIETY_MONITOR.equals(link.getGroupId()));
    engine.getTaskService().claim(decide.getId(), "monitor");
    engine.getTaskService().complete(decide.getId(), Map.of(
        Variables.CONCERNS_TO_RISK.name(), SpinValues.jsonValue("[\"1\"]").create(),
        Variables.CONCERN_DECISION_NOTE.name(), "Serious: beatings at the checkpoint"));
    Map<String, Object> reportVariables = new HashMap<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(reportInstance)
        .variableName(Variables.CONCERN_RISK_IDS.name()).list()
        .forEach(v -> reportVariables.put(v.getName(), v.getValue()));
    List<String> riskIds = Variables.CONCERN_RISK_IDS.from(reportVariables).get();
    assertThat(riskIds).hasSize(1);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(RiskHandlingProcess.Elements.ASSESS)
        .processVariableValueEquals(RiskHandlingProcess.Variables.RISK_ID.name(), riskIds.get(0)).count())
        .as("the coordination unit rates the risk").isEqualTo(1);
    // the monitor's decision is in the programme's decision record
    JsonNode record = JSON.readTree(http("manager").get("/api/programmes/" + CODE + "/decisions").body());
    assertThat(record.get("chainIntact").asBoolean()).isTrue();
    JsonNode newest = record.get("entries").get(record.get("entries").size() - 1);
    assertThat(newest.get("kind").asText()).isEqualTo(ReportConcernsAsRisksDelegate.KIND);
    assertThat(newest.get("subject").asText()).isEqualTo("Local security report " + reportId + " (North)");
    assertThat(newest.get("party").asText()).isEqualTo(SsrGroups.CIVIL_SOCIETY_MONITOR);
    assertThat(newest.get("actor").asText()).isEqualTo("monitor");
    assertThat(newest.get("outcome").asText()).isEqualTo("concern 1 reported as risk " + riskIds.get(0));
    assertThat(newest.get("reason").asText()).isEqualTo("Serious: beatings at the checkpoint");
    assertThat(newest.get("processInstanceId").asText()).isEqualTo(reportInstance);

    // the follow-up is the police's task with its deadline
    Task followUp = task(reportInstance, Elements.ANSWER_FOLLOW_UP);
    assertThat(engine.getTaskService().getIdentityLinksForTask(followUp.getId()))
        .anyMatch(link -> "agencyPolice".equals(link.getGroupId()));
    assertThat(followUp.getDueDate()).isEqualTo(Date.from(Instant.parse("2027-02-03T09:00:00Z")));
    Http police = http("police");
    assertThat(police.postJson("/engine-rest/task/" + followUp.getId() + "/complete",
        "{\"variables\":{\"followUpAnswer\":{\"value\":\"Checkpoint closed; officers suspended.\"}}}").statusCode())
        .isEqualTo(204);
    Task read = task(reportInstance, Elements.READ_ANSWER);
    assertThat(engine.getTaskService().getIdentityLinksForTask(read.getId()))
        .anyMatch(link -> DemoUsers.DEMO_LOCAL_PLATFORM.equals(link.getGroupId()));

    // North sees the answer in Tasklist and over the API; South sees nothing of North
    assertThat(http("community").get("/engine-rest/task/" + read.getId()).statusCode()).isEqualTo(200);
    assertThat(http(SOUTH_MEMBER).get("/engine-rest/task/" + read.getId()).statusCode()).isIn(403, 404);
    assertThat(http(SOUTH_MEMBER).get("/engine-rest/task?processDefinitionKey=" + LocalReportProcess.KEY
        + "&firstResult=0&maxResults=50").body()).doesNotContain(read.getId());
    JsonNode north = JSON.readTree(http("community").get(reports()).body());
    assertThat(north.at("/reports/0/followUps/0/answer").asText()).isEqualTo("Checkpoint closed; officers suspended.");
    assertThat(north.at("/reports/0/concerns/0/riskId").asText()).isEqualTo(riskIds.get(0));
    JsonNode south = JSON.readTree(http(SOUTH_MEMBER).get(reports()).body());
    assertThat(south.get("regions").toString()).isEqualTo("[\"South\"]");
    assertThat(south.get("reports")).isEmpty();
    assertThat(http(SOUTH_MEMBER).get(reports() + "?region=North").statusCode()).isEqualTo(403);
    assertThat(http(SOUTH_MEMBER).postJson(reports(), report("North").toString()).statusCode()).isEqualTo(403);
    assertThat(http("donor").get(reports()).statusCode()).isEqualTo(403);

    // monitoring per region
    JsonNode programme = JSON.readTree(http("manager").get("/api/programmes/" + CODE).body());
    JsonNode northFacts = programme.at("/localPlatforms/0");
    assertThat(northFacts.get("region").asText()).isEqualTo("North");
    assertThat(northFacts.get("reportsFiled").asInt()).isEqualTo(1);
    assertThat(northFacts.get("openFollowUps").asInt()).isZero();
    assertThat(northFacts.at("/concernsByQuarter/2027-Q1").asInt()).isEqualTo(1);
    assertThat(programme.at("/localPlatforms/1/reportsFiled").asInt()).isZero();
  }

  @Test
  void anUnansweredFollowUpIsChasedThenEscalated() throws Exception {
    HttpResponse<String> filed = http("community").postJson(reports(), report("North").toString());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    String followUpId = JSON.readTree(filed.body()).at("/followUps/0").asText();
    String reportInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LocalReportProcess.KEY).variableValueEquals(Variables.REPORT_ID.name(),
            JSON.readTree(filed.body()).get("reportId").asText()).singleResult().getId();

    passTime(Duration.ofDays(29));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(reportInstance)
        .taskDefinitionKey(Elements.CHASE_FOLLOW_UP).count()).as("not yet overdue").isZero();
    passTime(Duration.ofDays(2));
    Task chase = task(reportInstance, Elements.CHASE_FOLLOW_UP);
    assertThat(engine.getTaskService().getIdentityLinksForTask(chase.getId()))
        .anyMatch(link -> SsrGroups.PROGRAMME_MANAGERS.equals(link.getGroupId()));
    passTime(Duration.ofDays(7));
    Task escalation = task(reportInstance, Elements.ESCALATE_FOLLOW_UP);
    assertThat(escalation.getPriority()).isEqualTo(80);
    assertThat(task(reportInstance, Elements.ANSWER_FOLLOW_UP)).as("the agency still answers").isNotNull();
    JsonNode programme = JSON.readTree(http("manager").get("/api/programmes/" + CODE).body());
    assertThat(programme.at("/localPlatforms/0/openFollowUps").asInt()).isEqualTo(1);
    assertThat(programme.at("/localPlatforms/0/overdueFollowUps").asInt()).isEqualTo(1);
    assertThat(programme.at("/localPlatforms/0/oldestOpenFollowUpDays").asInt()).isEqualTo(38);
    assertThat(followUpId).endsWith("-F1");
  }

  @Test
  void aSilentPlatformAndTheQuarterRaiseTheMonitorsTasks() throws Exception {
    String platforms = platformsInstance().getId();
    passTime(Duration.ofDays(30));
    assertThat(http("community").postJson(reports(), report("North").toString()).statusCode()).isEqualTo(201);
    passTime(Duration.ofDays(16));
    List<Task> silent = engine.getTaskService().createTaskQuery().processInstanceId(platforms)
        .taskDefinitionKey(LocalPlatformsProcess.Elements.ASK_ABOUT_SILENCE).list();
    assertThat(silent).as("South has been silent 46 days, North reported 16 days ago").hasSize(1);
    assertThat(silent.get(0).getName()).isEqualTo("Local platform silent: South");

    passTime(Duration.ofDays(45));
    Task consolidation = engine.getTaskService().createTaskQuery().processInstanceId(platforms)
        .taskDefinitionKey(LocalPlatformsProcess.Elements.CONSOLIDATE_QUARTER).singleResult();
    assertThat(consolidation).as("three months after step 2").isNotNull();
    Object summary = engine.getTaskService().getVariable(consolidation.getId(),
        LocalPlatformsProcess.Variables.QUARTER_SUMMARY.name());
    assertThat(summary.toString()).contains("**North**: 1 report(s)").contains("**South**: no report filed yet");
    assertThat(consolidation.getName()).isEqualTo("Consolidate the local platforms' quarter 2027-Q1");
  }

  @Test
  void aBadReportIsRefusedNamingTheField() throws Exception {
    Http community = http("community");
    ObjectNode noDate = report("North");
    noDate.remove("meetingDate");
    assertRefused(community.postJson(reports(), noDate.toString()), "Field 'meetingDate'");
    ObjectNode badSeverity = report("North");
    ((ObjectNode) badSeverity.withArray("issues").get(0)).put("severity", "catastrophic");
    assertRefused(community.postJson(reports(), badSeverity.toString()),
        "Field 'issues[1].severity': 'catastrophic' is not one of [low, medium, high]");
    ObjectNode badAgency = report("North");
    ((ObjectNode) badAgency.withArray("followUps").get(0)).put("agency", "army");
    assertRefused(community.postJson(reports(), badAgency.toString()), "Field 'followUps[1].agency'");
    ObjectNode nobody = report("North");
    nobody.put("participantsCommunity", 0).put("participantsSecurityForce", 0).put("participantsLocalGovernment", 0)
        .put("participantsCivilSociety", 0);
    assertRefused(community.postJson(reports(), nobody.toString()), "Field 'participantsCommunity'");
    ObjectNode notANumber = report("North");
    notANumber.put("participantsCommunity", "many");
    assertRefused(community.postJson(reports(), notANumber.toString()), "Field 'participantsCommunity'");
    assertRefused(community.postJson(reports(), report("Atlantis").toString()),
        "Field 'region': 'Atlantis' is not a region of programme DEMO: choose one of [North, South]");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LocalReportProcess.KEY)
        .count()).as("nothing started").isZero();
  }

  private static void assertRefused(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains(message);
  }

  static ObjectNode report(String region) {
    ObjectNode report = JsonNodeFactory.instance.objectNode();
    report.put("region", region);
    report.put("meetingDate", "2027-01-03");
    report.put("participantsCommunity", 24).put("participantsSecurityForce", 3).put("participantsLocalGovernment", 2)
        .put("participantsCivilSociety", 1);
    ArrayNode issues = report.putArray("issues");
    issues.addObject().put("category", "extortion").put("severity", "high").put("force", "police")
        .put("description", "Money demanded at the market checkpoint");
    report.putArray("humanRightsConcerns").add("Two traders beaten at the checkpoint on 28 December");
    report.put("agreements", "Monthly joint patrol with community watch");
    report.putArray("followUps").addObject().put("agency", "police")
        .put("request", "Investigate the checkpoint and tell us the outcome");
    return report;
  }

  private String reports() {
    return "/api/programmes/" + CODE + "/local-reports";
  }

  private Http http(String user) {
    return Http.basic(port, user, DemoUsers.PASSWORD);
  }

  private ProcessInstance platformsInstance() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LocalPlatformsProcess.KEY).processInstanceBusinessKey(CODE).singleResult();
  }

  private Task task(String processInstanceId, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(key).singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  private void passTime(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    runDueJobs();
  }

  private void runDueJobs() {
    for (int round = 0; round < 20; round++) {
      // only this programme's jobs: other tests' instances in the shared database keep theirs
      List<String> mine = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CODE)
          .list().stream().map(ProcessInstance::getId).toList();
      List<Job> due = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(job -> mine.contains(job.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
      }
    }
  }
}
