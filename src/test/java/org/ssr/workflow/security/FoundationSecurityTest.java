package org.ssr.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/** The first things a security reviewer tries, through the real HTTP server. */
@SsrApplicationTest
class FoundationSecurityTest {

  @LocalServerPort
  int port;

  @Autowired
  IdentityService identityService;

  @Autowired
  ProcessEngine engine;

  @Test
  void anonymousRestCallsAreRefused() {
    assertThat(Http.anonymous(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(Http.anonymous(port).get("/engine-rest/process-instance").statusCode()).isEqualTo(401);
  }

  /** Authorizations decide who sees what; the tenant check is off (application.yaml, engine.TenantCheck). */
  @Test
  void authorizationsAreOnAndTheTenantCheckOff() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isTenantCheckEnabled()).isFalse();
  }

  @Test
  void demoUserWithPasswordIsServed() {
    Http coordinator = Http.basic(port, "coordinator", DemoUsers.PASSWORD);
    HttpResponse<String> response = coordinator.get("/engine-rest/task?firstResult=0&maxResults=50");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
    // queryMaxResultsLimit: an unbounded list is refused, as the engine's own message says
    HttpResponse<String> unbounded = coordinator.get("/engine-rest/task");
    assertThat(unbounded.statusCode()).isEqualTo(400);
    assertThat(unbounded.body()).contains("unbound number of results");
  }

  @Test
  void webappsUnpagedListsAreServedUpToTheCap() {
    Http cockpit = Http.anonymous(port);
    assertThat(cockpit.webappLogin("cockpit", "manager", DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
    // Cockpit asks for the versions of a definition without a page; the engine alone would answer 400
    HttpResponse<String> versions = cockpit.get(
        "/camunda/api/engine/engine/default/process-definition?key=ssr-programme&sortBy=version&sortOrder=desc");
    assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
    assertThat(versions.body()).contains("\"key\":\"ssr-programme\"");
    // scripts on /engine-rest still have to ask for a page
    assertThat(Http.basic(port, "manager", DemoUsers.PASSWORD)
        .get("/engine-rest/process-definition?key=ssr-programme").statusCode()).isEqualTo(400);
  }

  @Test
  void wrongPasswordIsRefused() {
    // a user of its own: a failed login locks the user for a few seconds (login throttling stays on)
    if (identityService.createUserQuery().userId("wrongpassword").count() == 0) {
      var user = identityService.newUser("wrongpassword");
      user.setPassword("Right#Password2026");
      identityService.saveUser(user);
    }
    assertThat(Http.basic(port, "wrongpassword", "not-the-password").get("/engine-rest/task").statusCode())
        .isEqualTo(401);
    assertThat(Http.basic(port, "wrongpassword", "not-the-password").get("/api/programmes").statusCode())
        .isEqualTo(401);
  }

  @Test
  void setupEndpointCreatesNobody() {
    long usersBefore = identityService.createUserQuery().count();
    HttpResponse<String> response = Http.anonymous(port).postJson("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
            + "\"credentials\":{\"password\":\"Intruder#2026x\"}}");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identityService.createUserQuery().count()).isEqualTo(usersBefore);
  }

  @Test
  void expressionInQueryParameterIsRefused() {
    HttpResponse<String> response = Http.basic(port, "coordinator", DemoUsers.PASSWORD)
        .get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Expressions (${...} or #{...}) are not allowed in queries");
  }

  @Test
  void expressionInOrQueriesBodyIsRefused() {
    Http coordinator = Http.basic(port, "coordinator", DemoUsers.PASSWORD);
    HttpResponse<String> response = coordinator.postJson("/engine-rest/task",
        "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("query body");
    // a JSON escape does not hide the expression
    assertThat(coordinator.postJson("/engine-rest/task/count",
        "{\"orQueries\":[{\"assigneeExpression\":\"$\\u007bcurrentUser()}\"}]}").statusCode()).isEqualTo(400);
    assertThat(coordinator.postJson("/engine-rest/history/task",
        "{\"taskAssigneeExpression\":\"#{currentUser()}\"}").statusCode()).isEqualTo(400);
    // the same query without an expression is served
    assertThat(coordinator.postJson("/engine-rest/task?maxResults=50",
        "{\"orQueries\":[{\"assignee\":\"coordinator\"}]}").statusCode()).isEqualTo(200);
  }

  @Test
  void healthAnswersAnonymouslyWithoutDetails() {
    HttpResponse<String> response = Http.anonymous(port).get("/actuator/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void rootOpensTasklist() {
    HttpResponse<String> response = Http.anonymous(port).get("/");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/");
  }

  @Test
  void anonymousApiCallsAreRefused() {
    assertThat(Http.anonymous(port).get("/api/programmes").statusCode()).isEqualTo(401);
  }

  static List<Object[]> webappAccess() {
    Set<String> tasklistOnly = Set.of("tasklist");
    Map<String, Set<String>> allowed = Map.ofEntries(
        Map.entry("coordinator", tasklistOnly),
        Map.entry("parliament", tasklistOnly),
        Map.entry("justice", tasklistOnly),
        Map.entry("monitor", tasklistOnly),
        Map.entry("defence", tasklistOnly),
        Map.entry("police", tasklistOnly),
        Map.entry("intelligence", tasklistOnly),
        Map.entry("courts", tasklistOnly),
        Map.entry("corrections", tasklistOnly),
        Map.entry("border", tasklistOnly),
        Map.entry("militia", tasklistOnly),
        Map.entry("localdefence", tasklistOnly),
        Map.entry("privatesecurity", tasklistOnly),
        Map.entry("facilitator", tasklistOnly),
        Map.entry("donor", tasklistOnly),
        Map.entry("community", tasklistOnly),
        Map.entry("localpolice", tasklistOnly),
        Map.entry("localgov", tasklistOnly),
        Map.entry("manager", Set.of("tasklist", "cockpit")),
        Map.entry("admin", Set.of("tasklist", "cockpit", "admin")));
    return DemoUsers.ALL.stream()
        .flatMap(user -> List.of("tasklist", "cockpit", "admin").stream()
            .map(app -> new Object[] {user.id(), app, allowed.get(user.id()).contains(app)}))
        .toList();
  }

  @ParameterizedTest(name = "{0} in {1}: allowed={2}")
  @MethodSource("webappAccess")
  void eachDemoUserLogsInToTheAppsOfTheirRoleOnly(String user, String app, boolean allowed) {
    HttpResponse<String> login = Http.anonymous(port).webappLogin(app, user, DemoUsers.PASSWORD);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(allowed ? 200 : 403);
  }
}
