package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.oversight.OversightReviewProcess.Elements;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.Race;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The same races as {@link ConcurrentCompletionTest}, but through the webapps' own copy of the engine REST API
 * ({@code /camunda/api/engine/engine/default/...}), which is what Tasklist calls: two logged-in Tasklist sessions
 * (session cookie + CSRF token) submit the same review form at the same moment, claim the same task at the same
 * moment, or submit a task the other has just completed. The loser always gets 409 with a plain message (Tasklist
 * shows the response's {@code message} in its error notification), and nothing of the loser is saved.
 */
@SsrApplicationTest
class WebappConcurrentCompletionTest {

  private static final String ENGINE_API = "/camunda/api/engine/engine/default";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void secondMemberOfParliamentsCommittee() {
    Race.ensureSecondMember(engine);
  }

  /** A Tasklist session of the user: logged in through the login form, with the CSRF token Tasklist sends. */
  private Http tasklist(String user, String password) {
    Http http = Http.anonymous(port);
    HttpResponse<String> login = http.webappLogin("tasklist", user, password);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the login starts a new session; like Tasklist, read the user once to get that session's CSRF token
    assertThat(http.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    return http;
  }

  private static HttpResponse<String> submitForm(Http session, String task, String decision, String reasons) {
    String variables = "\"decision\":{\"value\":\"" + decision + "\",\"type\":\"String\"}"
        + (reasons == null ? "" : ",\"reasons\":{\"value\":\"" + reasons + "\",\"type\":\"String\"}");
    return session.postJson(ENGINE_API + "/task/" + task + "/submit-form", "{\"variables\":{" + variables + "}}");
  }

  @Test
  void twoTasklistUsersSubmittingOneFormAtOnce_oneWinsTheOtherGetsAClearConflict() throws Exception {
    Http parliament = tasklist("parliament", ReviewRestDriver.PASSWORD);
    Http clerk = tasklist(Race.SECOND_MEMBER, Race.SECOND_PASSWORD);
    List<String> conflictTypes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < Race.ROUNDS; round++) {
        String review = ReviewRestDriver.startReview(port, "WEBRACE-" + round, List.of("parliamentOversight"),
            "P21D", "P7D");
        String task = ReviewRestDriver.reviewTask(port, review, "parliamentOversight");
        List<HttpResponse<String>> responses = Race.atOnce(pool, Duration.ofSeconds(30),
            () -> submitForm(parliament, task, "approved", null),
            () -> submitForm(clerk, task, "returned", "Section 3 is missing."));
        String seen = responses.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();

        assertThat(responses).extracting(HttpResponse::statusCode).as("round %d: %s", round, seen)
            .containsExactlyInAnyOrder(204, 409);
        JsonNode conflict = ReviewRestDriver.read(loser(responses).body());
        assertThat(conflict.get("message").asText()).as(seen)
            .contains("Nothing of your request was saved").contains("Reload");
        conflictTypes.add(conflict.get("type").asText());

        // nothing half-written: one task completion, one decision, and only the winner's values in history
        boolean parliamentWon = responses.get(0).statusCode() == 204;
        assertThat(ReviewRestDriver.state(port, review)).isEqualTo("COMPLETED");
        assertThat(ReviewRestDriver.activityCount(port, review, Elements.REVIEW_TASK)).isEqualTo(1);
        assertThat(ReviewRestDriver.activityCount(port, review, Elements.BODY_DECIDED)).isEqualTo(1);
        assertThat(ReviewRestDriver.count(port, "/engine-rest/history/task/count?processInstanceId=" + review
            + "&taskDefinitionKey=" + Elements.REVIEW_TASK + "&finished=true")).isEqualTo(1);
        JsonNode decisions = ReviewRestDriver.read(ReviewRestDriver.historicVariable(port, review, "reviewDecisions"));
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).get("userId").asText()).isEqualTo(parliamentWon ? "parliament" : Race.SECOND_MEMBER);
        assertThat(decisions.get(0).get("decision").asText()).isEqualTo(parliamentWon ? "approved" : "returned");
        assertThat(writtenValues(review, "decision")).containsExactly(parliamentWon ? "approved" : "returned");
        assertThat(writtenValues(review, "reasons"))
            .isEqualTo(parliamentWon ? List.of() : List.of("Section 3 is missing."));
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("[concurrency] webapp conflict kinds over " + Race.ROUNDS + " races: " + conflictTypes);
  }

  @Test
  void twoTasklistUsersClaimingOneTaskAtOnce_oneGetsIt() throws Exception {
    Http parliament = tasklist("parliament", ReviewRestDriver.PASSWORD);
    Http clerk = tasklist(Race.SECOND_MEMBER, Race.SECOND_PASSWORD);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < Race.ROUNDS; round++) {
        String review = ReviewRestDriver.startReview(port, "WEBCLAIM-" + round, List.of("parliamentOversight"),
            "P21D", "P7D");
        String task = ReviewRestDriver.reviewTask(port, review, "parliamentOversight");
        List<HttpResponse<String>> responses = Race.atOnce(pool, Duration.ofSeconds(30),
            () -> parliament.postJson(ENGINE_API + "/task/" + task + "/claim", "{\"userId\":\"parliament\"}"),
            () -> clerk.postJson(ENGINE_API + "/task/" + task + "/claim", "{\"userId\":\"" + Race.SECOND_MEMBER + "\"}"));
        String seen = responses.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();

        assertThat(responses).extracting(HttpResponse::statusCode).as("round %d: %s", round, seen)
            .containsExactlyInAnyOrder(204, 409);
        String winner = responses.get(0).statusCode() == 204 ? "parliament" : Race.SECOND_MEMBER;
        assertThat(ReviewRestDriver.read(loser(responses).body()).get("message").asText()).as(seen)
            .contains("Nothing of your request was saved").contains("Reload");
        JsonNode claimed = ReviewRestDriver.read(ReviewRestDriver.admin(port).get("/engine-rest/task/" + task).body());
        assertThat(claimed.get("assignee").asText()).isEqualTo(winner);

        // the winner then decides; the review ends once
        Http winnerSession = winner.equals("parliament") ? parliament : clerk;
        assertThat(submitForm(winnerSession, task, "approved", null).statusCode()).isEqualTo(204);
        assertThat(ReviewRestDriver.state(port, review)).isEqualTo("COMPLETED");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void submittingATaskSomeoneElseHasJustCompleted_isAConflictThatSaysSo() {
    Http parliament = tasklist("parliament", ReviewRestDriver.PASSWORD);
    Http clerk = tasklist(Race.SECOND_MEMBER, Race.SECOND_PASSWORD);
    String review = ReviewRestDriver.startReview(port, "WEBLATE", List.of("parliamentOversight"), "P21D", "P7D");
    String task = ReviewRestDriver.reviewTask(port, review, "parliamentOversight");
    assertThat(submitForm(parliament, task, "approved", null).statusCode()).isEqualTo(204);

    HttpResponse<String> late = submitForm(clerk, task, "returned", "Section 3 is missing.");
    assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
    JsonNode body = ReviewRestDriver.read(late.body());
    assertThat(body.get("type").asText()).isEqualTo("TaskAlreadyCompletedException");
    assertThat(body.get("message").asText()).isEqualTo("This task was already completed by someone else. Nothing "
        + "of your request was saved. Reload the task list and check what is left to do.");
    HttpResponse<String> lateClaim = clerk.postJson(ENGINE_API + "/task/" + task + "/claim",
        "{\"userId\":\"" + Race.SECOND_MEMBER + "\"}");
    assertThat(lateClaim.statusCode()).as(lateClaim.body()).isEqualTo(409);
    assertThat(writtenValues(review, "decision")).containsExactly("approved");
    assertThat(writtenValues(review, "reasons")).isEmpty();
  }

  @Test
  void onTheWebappPathAnUnknownTaskIsStillNotAConflict() {
    Http parliament = tasklist("parliament", ReviewRestDriver.PASSWORD);
    HttpResponse<String> response = submitForm(parliament, "no-such-task", "approved", null);
    assertThat(response.statusCode()).as(response.body()).isNotEqualTo(409).isNotEqualTo(204);
    HttpResponse<String> claim = parliament.postJson(ENGINE_API + "/task/no-such-task/claim",
        "{\"userId\":\"parliament\"}");
    assertThat(claim.statusCode()).as(claim.body()).isNotEqualTo(409).isNotEqualTo(204);
  }

  /**
   * Every value a user wrote to the variable in the instance (history detail), oldest first; the review task starts
   * with the variable empty (null), which is left out.
   */
  private List<String> writtenValues(String processInstanceId, String variable) {
    List<String> values = new ArrayList<>();
    ReviewRestDriver.list(ReviewRestDriver.admin(port).get("/engine-rest/history/detail?processInstanceId="
        + processInstanceId + "&variableUpdates=true&sortBy=time&sortOrder=asc&maxResults=500"))
        .stream()
        .filter(detail -> variable.equals(detail.path("variableName").asText()))
        .filter(detail -> !detail.path("value").isNull())
        .forEach(detail -> values.add(detail.get("value").asText()));
    return values;
  }

  private static HttpResponse<String> loser(List<HttpResponse<String>> responses) {
    return responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
  }
}
