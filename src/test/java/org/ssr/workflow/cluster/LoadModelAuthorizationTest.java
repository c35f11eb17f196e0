package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.cluster.LoadModelGenerator.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The database the {@link LoadModelGenerator} builds keeps the authorization matrix of a fresh one (spot checks, at
 * a small scale so that it runs in the normal suite): its users have exactly their role's rights, each body's
 * members see their own open reviews and no other body's, as the demo user of the body does. The full-scale model is
 * checked the same way by {@link ScaleBenchmarks} before it measures anything. What this test generates is removed
 * afterwards (the Spring context is shared by the suite).
 */
@SsrApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadModelAuthorizationTest {

  /** No programme (the suite shares the database), 12 open reviews, one user of each of the 9 roles. */
  private static final LoadModel SMALL = new LoadModel(0, 0, 0, 12, 9, 18L);

  private static final Map<String, String> FILTERS = Map.of(
      SsrGroups.PARLIAMENT_OVERSIGHT, "Reviews for parliament",
      SsrGroups.JUSTICE_OVERSIGHT, "Reviews for justice",
      SsrGroups.CIVIL_SOCIETY_MONITOR, "Reviews for civil society");

  @LocalServerPort
  int port;

  private LoadModelGenerator.Generated generated;

  @BeforeAll
  void generate() throws Exception {
    generated = LoadModelGenerator.generate(port, SMALL, 1, false, line -> { });
  }

  @AfterAll
  void removeWhatWasGenerated() {
    Http admin = admin();
    for (JsonNode instance : list(admin, "/engine-rest/process-instance?businessKeyLike=LM-%25&maxResults=500")) {
      String id = instance.get("id").asText();
      admin.delete("/engine-rest/process-instance/" + id + "?skipCustomListeners=true&skipIoMappings=true");
      admin.delete("/engine-rest/history/process-instance/" + id);
    }
    generated.usersByGroup().values().forEach(users -> users.forEach(
        user -> admin.delete("/engine-rest/user/" + user)));
  }

  @Test
  void theModelHasOneUserOfEachRoleAndTheReviewsItDrew() {
    assertThat(generated.usersByGroup().keySet()).containsExactlyElementsOf(LoadModelGenerator.ROLE_WEIGHTS.keySet());
    assertThat(generated.openTasksByGroup().get(LoadModelGenerator.BUSIEST_GROUP)).isEqualTo(SMALL.openTasks());
    // the same seed draws the same reviews: justice and the monitor each on a part of them
    assertThat(generated.openTasksByGroup()).containsOnlyKeys(FILTERS.keySet());
    assertThat(generated.openTasksByGroup().values()).allMatch(n -> n > 0 && n <= SMALL.openTasks());
  }

  @Test
  void eachBodysGeneratedMemberSeesExactlyItsOwnReviews_asItsDemoUserDoes() {
    for (Map.Entry<String, String> body : FILTERS.entrySet()) {
      String group = body.getKey();
      List<String> members = generated.members(group);
      assertThat(members).as(group).hasSize(2);
      String filter = filterId(body.getValue());
      long[] seen = new long[2];
      for (int m = 0; m < 2; m++) {
        Http member = Http.basic(port, members.get(m), LoadModelGenerator.PASSWORD);
        seen[m] = count(member, "/engine-rest/filter/" + filter + "/count");
        // of the generated reviews: its own body's tasks only
        assertThat(count(member, "/engine-rest/task/count?processInstanceBusinessKeyLike=LM-%25"))
            .as("generated reviews seen by %s", members.get(m))
            .isEqualTo(generated.openTasksByGroup().get(group).longValue());
        assertThat(list(member, "/engine-rest/task?processInstanceBusinessKeyLike=LM-%25&maxResults=100"))
            .as("every generated review task %s sees is one of %s", members.get(m), group)
            .allSatisfy(task -> assertThat(candidateGroups(task.get("id").asText())).contains(group));
      }
      assertThat(seen[1]).as("%s's filter: the generated member sees what the demo user sees", group)
          .isEqualTo(seen[0]);
    }
  }

  @Test
  void aGeneratedMemberCannotReadOrDecideAnotherBodysReview() {
    JsonNode justiceTask = list(admin(), "/engine-rest/task?processInstanceBusinessKeyLike=LM-%25&candidateGroup="
        + SsrGroups.JUSTICE_OVERSIGHT + "&maxResults=1").get(0);
    String id = justiceTask.get("id").asText();
    Http member = Http.basic(port, generated.usersByGroup().get(SsrGroups.PARLIAMENT_OVERSIGHT).get(0),
        LoadModelGenerator.PASSWORD);
    assertThat(member.get("/engine-rest/task/" + id).statusCode()).isIn(403, 404);
    assertThat(member.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"x\"}").statusCode())
        .isIn(403, 404, 500);
    assertThat(member.postJson("/engine-rest/task/" + id + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"approved\"}}}").statusCode()).isIn(403, 404, 500);
    assertThat(admin().get("/engine-rest/task/" + id).statusCode()).as("the task is still there, undecided")
        .isEqualTo(200);
    assertThat(member.get("/engine-rest/filter/" + filterId(FILTERS.get(SsrGroups.JUSTICE_OVERSIGHT)) + "/count")
        .statusCode()).as("another body's filter").isIn(403, 404);
  }

  @Test
  void generatedUsersHaveTheirRolesRightsAndNoMore() {
    Http coordinator = Http.basic(port, generated.usersByGroup().get(SsrGroups.COORDINATION_UNIT).get(0),
        LoadModelGenerator.PASSWORD);
    Http parliament = Http.basic(port, generated.usersByGroup().get(SsrGroups.PARLIAMENT_OVERSIGHT).get(0),
        LoadModelGenerator.PASSWORD);
    String programme = "/engine-rest/process-definition/key/ssr-programme";
    assertThat(coordinator.get(programme).statusCode()).as("the coordination unit starts programmes").isEqualTo(200);
    assertThat(parliament.get(programme).statusCode()).as("parliament does not").isIn(403, 404);
    for (Http user : List.of(coordinator, parliament)) {
      // the authorization matrix's request (a valid profile and password: only the permission is missing)
      assertThat(user.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"intruder\",\"firstName\":"
          + "\"Role\",\"lastName\":\"Probe\",\"email\":\"probe@ssr.example\"},\"credentials\":{\"password\":"
          + "\"Xq7#kLm2pW9z\"}}").statusCode()).as("creating users").isIn(401, 403);
      assertThat(admin().get("/engine-rest/user/intruder/profile").statusCode()).isEqualTo(404);
      assertThat(user.postJson("/engine-rest/filter/create",
          "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{}}").statusCode()).as("creating filters")
          .isEqualTo(403);
    }
  }

  // ------------------------------------------------------------------ helpers

  private Http admin() {
    return Http.basic(port, "admin", LoadModelGenerator.PASSWORD);
  }

  private String filterId(String name) {
    return list(admin(), "/engine-rest/filter?resourceType=Task&maxResults=10&name="
        + URLEncoder.encode(name, StandardCharsets.UTF_8)).get(0).get("id").asText();
  }

  private List<String> candidateGroups(String taskId) {
    return list(admin(), "/engine-rest/task/" + taskId + "/identity-links?type=candidate").stream()
        .filter(link -> link.hasNonNull("groupId")).map(link -> link.get("groupId").asText()).toList();
  }

  private static long count(Http http, String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return read(response.body()).get("count").asLong();
  }

  private static List<JsonNode> list(Http http, String path) {
    HttpResponse<String> response = http.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    List<JsonNode> items = new java.util.ArrayList<>();
    read(response.body()).forEach(items::add);
    return items;
  }
}
