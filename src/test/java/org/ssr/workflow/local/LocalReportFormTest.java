package org.ssr.workflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;
import org.ssr.workflow.support.TasklistFormSubmission;

/**
 * The local security report's start form and the monitor's concerns form, submitted exactly as Tasklist 7.24 encodes a
 * Camunda Form (dynamic lists and checklists as Json, numbers and dates untyped), by the demo platform member; the
 * programme is French, so the report keeps its language at the start and the monitor's form is the French one.
 */
@SsrApplicationTest
class LocalReportFormTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String CODE = "LOCALFORM";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(CODE).list()) {
      // a programme's deletion takes its called instances with it
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test finished", true, true);
      }
    }
    jdbc.update("delete from local_report where programme_code = ?", CODE);
    engine.getIdentityService().deleteMembership("community", LocalPlatformGroups.groupId(CODE, "North"));
  }

  @Test
  void aPlatformMemberFilesTheStartFormAndTheMonitorDecidesAsTasklistSubmits() throws Exception {
    Map<String, Object> variables = new HashMap<>();
    ProgrammeProcess.Variables.PROGRAMME_CODE.putIn(variables, CODE);
    ProgrammeProcess.Variables.REGIONS.putIn(variables, List.of("North"));
    ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.putIn(variables, "fr");
    engine.getRuntimeService().createProcessInstanceByKey(ProgrammeProcess.KEY).businessKey(CODE)
        .setVariables(variables).startBeforeActivity(ProgrammeProcess.Elements.SCOPE_PROGRAMME).execute();
    String group = LocalPlatformGroups.groupId(CODE, "North");
    if (engine.getIdentityService().createGroupQuery().groupId(group).count() == 0) {
      engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup(group));
    }
    engine.getIdentityService().createMembership("community", group);

    Http community = Http.basic(port, "community", DemoUsers.PASSWORD);
    JsonNode form = JSON.readTree(community.get("/engine-rest/process-definition/key/" + LocalReportProcess.KEY
        + "/deployed-start-form").body());
    TasklistFormSubmission submission = TasklistFormSubmission.startForm(form);
    Map<String, com.fasterxml.jackson.databind.JsonNode> entered = new LinkedHashMap<>();
    entered.put("programmeCode", NODES.textNode(CODE.toLowerCase()));
    entered.put("region", NODES.textNode("north"));
    entered.put("meetingDate", NODES.textNode("2026-01-15"));
    entered.put("participantsCommunity", NODES.numberNode(12));
    ArrayNode issues = NODES.arrayNode();
    issues.addObject().put("category", "abuse").put("severity", "medium").put("force", "police")
        .put("description", "Night raids without warrant");
    entered.put("issues", issues);
    entered.put("humanRightsConcerns", NODES.textNode("Detainees held without charge\nA beating at the station"));
    ArrayNode followUps = NODES.arrayNode();
    followUps.addObject().putNull("agency").put("request", ""); // the row the form offers, left empty
    entered.put("followUps", followUps);
    HttpResponse<String> started = community.postJson("/engine-rest/process-definition/key/" + LocalReportProcess.KEY
        + "/submit-form", submission.body(submission.submitData(entered)).toString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey()).isEqualTo(CODE);
    // the programme's language, kept once at the start: the report's forms, task names and texts read it from there
    assertThat(engine.getRuntimeService().getVariable(instance, ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name()))
        .isEqualTo("fr");
    assertThat(jdbc.queryForObject("select count(*) from local_follow_up f join local_report r on r.id = f.report_id"
        + " where r.programme_code = ?", Integer.class, CODE)).as("the empty follow-up row is no follow-up").isZero();

    // a wrong value reaches the user as the field's message, in the programme's language when the client names none
    entered.put("participantsCommunity", NODES.numberNode(-1));
    HttpResponse<String> refused = community.postJson("/engine-rest/process-definition/key/" + LocalReportProcess.KEY
        + "/submit-form", submission.body(submission.submitData(entered)).toString());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Champ « Membres de la communauté » : indiquez un nombre de 0 à 100000");

    Task decide = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(LocalReportProcess.Elements.DECIDE_ON_CONCERNS).singleResult();
    Http monitor = Http.basic(port, "monitor", DemoUsers.PASSWORD);
    JsonNode taskForm = JSON.readTree(monitor.get("/engine-rest/task/" + decide.getId() + "/deployed-form").body());
    assertThat(taskForm.path("id").asText()).as("the French programme's form, submitted as the English one")
        .isEqualTo("local-concerns-decision-fr");
    JsonNode formVariables = JSON.readTree(monitor.get("/engine-rest/task/" + decide.getId()
        + "/form-variables?deserializeValues=false").body());
    TasklistFormSubmission decision = TasklistFormSubmission.taskForm(taskForm, formVariables);
    HttpResponse<String> decided = monitor.postJson("/engine-rest/task/" + decide.getId() + "/submit-form",
        decision.body(decision.submitData(Map.of("concernsToRisk", TasklistFormSubmission.array("2"),
            "concernDecisionNote", NODES.textNode("The beating is a pattern")))).toString());
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    List<Map<String, Object>> concerns = jdbc.queryForList("select c.concern_no, c.risk_id from local_concern c join"
        + " local_report r on r.id = c.report_id where r.programme_code = ? order by c.concern_no", CODE);
    assertThat(concerns).hasSize(2);
    assertThat(concerns.get(0).get("RISK_ID")).isNull();
    assertThat(concerns.get(1).get("RISK_ID")).as("the chosen concern became a risk").isNotNull();
  }
}
