package org.ssr.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * What a candidate group member can do with the group's task, as Tasklist does it, and what they cannot (TASK_WORK,
 * not UPDATE); and what a refused user is told: a JSON 403 with a message, never a stack trace.
 */
@SsrApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateTaskAccessTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  RoleFixtures fixtures;
  RoleFixtures.Review review;

  @BeforeAll
  void setUp() {
    fixtures = new RoleFixtures(engine);
    review = fixtures.reviewByAllBodies("CT-REVIEW");
  }

  @AfterAll
  void tearDown() {
    fixtures.delete(review.processInstanceId());
  }

  @Test
  void aBodyOpensItsReviewInTasklist() {
    Http parliament = Http.basic(port, "parliament", DemoUsers.PASSWORD);
    String taskId = review.taskByGroup().get(SsrGroups.PARLIAMENT_OVERSIGHT);
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    assertThat(parliament.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
    assertThat(parliament.get("/engine-rest/task/" + taskId + "/form").statusCode()).isEqualTo(200);
    HttpResponse<String> form = parliament.get("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(parliament.get("/engine-rest/task/" + taskId + "/form-variables").statusCode()).isEqualTo(200);
    // the reviewed document downloads from the form
    assertThat(parliament.getBytes("/engine-rest/task/" + taskId + "/variables/reviewDocument/data").statusCode())
        .isEqualTo(200);
    // process name and diagram (READ on the definition, nothing more)
    assertThat(parliament.get("/engine-rest/process-definition/" + task.getProcessDefinitionId() + "/xml")
        .statusCode()).isEqualTo(200);
    // ... but not the process instance with all its variables
    assertThat(parliament.get("/engine-rest/process-instance/" + review.processInstanceId() + "/variables")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void aCandidateClaimsButCannotHandTheTaskToSomeoneElse() {
    Http justice = Http.basic(port, "justice", DemoUsers.PASSWORD);
    String taskId = review.taskByGroup().get(SsrGroups.JUSTICE_OVERSIGHT);
    HttpResponse<String> reassign = justice.postJson("/engine-rest/task/" + taskId + "/assignee",
        "{\"userId\":\"parliament\"}");
    assertThat(reassign.statusCode()).isEqualTo(403);
    HttpResponse<String> addCandidate = justice.postJson("/engine-rest/task/" + taskId + "/identity-links",
        "{\"groupId\":\"programmeManagers\",\"type\":\"candidate\"}");
    assertThat(addCandidate.statusCode()).isEqualTo(403);
    assertThat(justice.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"justice\"}").statusCode())
        .isEqualTo(204);
    assertThat(justice.postJson("/engine-rest/task/" + taskId + "/unclaim", "{}").statusCode()).isEqualTo(204);
  }

  @Test
  void anAgencySeesAndWorksOnlyItsOwnFramework() {
    RoleFixtures.Programme programme = fixtures.programmeAtAgencyFrameworks("CT-AGENCIES", List.of("defence", "police"));
    try {
      String defenceTask = engine.getTaskService().createTaskQuery().processInstanceId(programme.processInstanceId())
          .taskCandidateGroup(SsrGroups.AGENCY_DEFENCE).singleResult().getId();
      String policeTask = engine.getTaskService().createTaskQuery().processInstanceId(programme.processInstanceId())
          .taskCandidateGroup(SsrGroups.AGENCY_POLICE).singleResult().getId();
      Http defence = Http.basic(port, "defence", DemoUsers.PASSWORD);
      String visible = defence.get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId="
          + programme.processInstanceId()).body();
      assertThat(visible).contains(defenceTask).doesNotContain(policeTask);
      assertThat(Http.basic(port, "police", DemoUsers.PASSWORD)
          .postJson("/engine-rest/task/" + defenceTask + "/claim", "{\"userId\":\"police\"}").statusCode())
          .isEqualTo(403);
      assertThat(Http.basic(port, "intelligence", DemoUsers.PASSWORD)
          .get("/engine-rest/task?firstResult=0&maxResults=50&processInstanceId=" + programme.processInstanceId())
          .body()).isEqualTo("[]");
      assertThat(defence.postJson("/engine-rest/task/" + defenceTask + "/claim", "{\"userId\":\"defence\"}")
          .statusCode()).isEqualTo(204);
      // the list column names the institution, not only its id
      assertThat(engine.getTaskService().getVariableLocal(defenceTask, org.ssr.workflow.identity.TasklistColumns.SUBJECT.name())).isNotNull();
    } finally {
      fixtures.delete(programme.processInstanceId());
    }
  }

  @Test
  void aRefusalIsAJson403WithAMessageAndNoStackTrace() {
    String taskId = review.taskByGroup().get(SsrGroups.CIVIL_SOCIETY_MONITOR);
    HttpResponse<String> refused = Http.basic(port, "manager", DemoUsers.PASSWORD)
        .postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\":{\"decision\":{\"value\":\"approved\"}}}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/json");
    assertThat(refused.body()).contains("\"type\":\"AuthorizationException\"").contains("TASK_WORK")
        .doesNotContain("at org.").doesNotContain("Exception:");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void ourApiAnswersAnAuthorizationExceptionWithJson403() {
    // a user without any role: the engine refuses to start the risk report for them
    if (engine.getIdentityService().createUserQuery().userId("norole").count() == 0) {
      User user = engine.getIdentityService().newUser("norole");
      user.setFirstName("Without");
      user.setLastName("Groups");
      user.setPassword("Zt5#pQw8rLx3");
      engine.getIdentityService().saveUser(user);
    }
    HttpResponse<String> refused = Http.basic(port, "norole", "Zt5#pQw8rLx3").postJson(
        "/api/programmes/CT-NONE/risks",
        "{\"title\":\"Anything\",\"description\":\"Anything at all\",\"category\":\"political\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).startsWith("{\"type\":\"AuthorizationException\",\"message\":\"Your role does not allow")
        .contains("CREATE").doesNotContain("at org.");
  }
}
