package org.ssr.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Tasklist's "Start process" menu offers only the processes a person is meant to start, each with a start form.
 * A called process (oversight-review, risk-handling) started from there would run without its caller's input.
 */
@SsrApplicationTest
class TasklistStartMenuTest {

  /** The processes users start themselves; every other model is called by one of these. */
  static final Set<String> STARTED_BY_USERS = Set.of(RoleAuthorizations.PROGRAMME_PROCESS,
      RoleAuthorizations.RISK_REPORT_PROCESS, RoleAuthorizations.CHANGE_REQUEST_PROCESS);

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repository;

  @Test
  void tasklistOffersOnlyTheProcessesUsersStart_eachWithAStartForm() throws Exception {
    for (String user : List.of("admin", "coordinator")) {
      Http http = Http.basic(port, user, DemoUsers.PASSWORD);
      // what Tasklist asks for (with the permission check), and the same list without it
      for (String permissionCheck : List.of("", "&startablePermissionCheck=true")) {
        HttpResponse<String> response = http.get("/engine-rest/process-definition?startableInTasklist=true"
            + "&latestVersion=true&active=true&firstResult=0&maxResults=100" + permissionCheck);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Set<String> keys = new TreeSet<>();
        for (JsonNode definition : JSON.readTree(response.body())) {
          String key = definition.get("key").asText();
          keys.add(key);
          HttpResponse<String> form = http.get("/engine-rest/process-definition/" + definition.get("id").asText()
              + "/startForm");
          assertThat(form.statusCode()).as(user + ": start form of " + key + ": " + form.body()).isEqualTo(200);
          JsonNode startForm = JSON.readTree(form.body());
          assertThat(startForm.path("key").isTextual() || startForm.path("camundaFormRef").isObject())
              .as(user + ": " + key + " is offered under Start process, so it needs a start form: " + form.body())
              .isTrue();
        }
        // only local platform members (and the administrator) may start a local security report
        Set<String> expected = new TreeSet<>(STARTED_BY_USERS);
        if (user.equals("admin")) {
          expected.add("local-security-report");
        }
        assertThat(keys).as("processes offered to " + user + " under Start process" + permissionCheck)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void everyCalledProcessIsHiddenFromTheStartMenu() {
    Map<String, BpmnModelInstance> models = new HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      models.put(definition.getKey(), repository.getBpmnModelInstance(definition.getId()));
    }
    Set<String> called = new TreeSet<>();
    models.values().forEach(model -> model.getModelElementsByType(CallActivity.class)
        .forEach(call -> called.add(call.getCalledElement())));
    assertThat(called).contains(RoleAuthorizations.OVERSIGHT_REVIEW_PROCESS, RoleAuthorizations.RISK_HANDLING_PROCESS)
        .doesNotContainAnyElementsOf(STARTED_BY_USERS);
    for (String key : called) {
      assertThat(models).as("called process " + key + " is deployed").containsKey(key);
      Process process = models.get(key).getModelElementById(key);
      assertThat(process.isCamundaStartableInTasklist())
          .as(key + " is a called process: camunda:isStartableInTasklist=\"false\"").isFalse();
    }
  }
}
