package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.oversight.OversightReviewProcess.Elements;
import org.ssr.workflow.support.Race;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Two members of one oversight body complete the same review task at the same moment: exactly one decision is
 * saved, the other member gets 409 Conflict with a plain message, and nothing is half-written.
 */
@SsrApplicationTest
class ConcurrentCompletionTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void secondMemberOfParliamentsCommittee() {
    Race.ensureSecondMember(engine);
  }

  @Test
  void twoUsersCompletingOneTaskAtOnce_oneWinsTheOtherGetsAClearConflict() throws Exception {
    List<String> conflictTypes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < Race.ROUNDS; round++) {
        String review = ReviewRestDriver.startReview(port, "RACE-" + round, List.of("parliamentOversight"),
            "P21D", "P7D");
        String task = ReviewRestDriver.reviewTask(port, review, "parliamentOversight");
        List<HttpResponse<String>> responses = Race.atOnce(pool, Duration.ofSeconds(30),
            () -> ReviewRestDriver.decide(port, task, "parliament", "approved", null),
            () -> org.ssr.workflow.support.Http.basic(port, Race.SECOND_MEMBER, Race.SECOND_PASSWORD).postJson(
                "/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"decision\":{\"value\":\"returned\"},"
                    + "\"reasons\":{\"value\":\"Section 3 is missing.\"}}}"));

        assertThat(responses).extracting(HttpResponse::statusCode)
            .as("round %d: %s", round, responses.stream().map(r -> r.statusCode() + " " + r.body()).toList())
            .containsExactlyInAnyOrder(204, 409);
        HttpResponse<String> loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        JsonNode conflict = ReviewRestDriver.read(loser.body());
        assertThat(conflict.get("message").asText()).contains("Nothing of your request was saved");
        conflictTypes.add(conflict.get("type").asText());

        // nothing half-written: one decision recorded, the body decided once, the review ended once
        assertThat(ReviewRestDriver.state(port, review)).isEqualTo("COMPLETED");
        assertThat(ReviewRestDriver.activityCount(port, review, Elements.REVIEW_TASK)).isEqualTo(1);
        assertThat(ReviewRestDriver.activityCount(port, review, Elements.BODY_DECIDED)).isEqualTo(1);
        JsonNode decisions = ReviewRestDriver.read(
            ReviewRestDriver.historicVariable(port, review, "reviewDecisions"));
        assertThat(decisions).hasSize(1);
        String winner = responses.get(0).statusCode() == 204 ? "parliament" : Race.SECOND_MEMBER;
        assertThat(decisions.get(0).get("userId").asText()).isEqualTo(winner);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("[concurrency] conflict kinds over " + Race.ROUNDS + " races: " + conflictTypes);
  }

  @Test
  void anUnknownTaskIsStillNotAConflict() {
    HttpResponse<String> response = ReviewRestDriver.decide(port, "no-such-task", "parliament", "approved", null);
    assertThat(response.statusCode()).isNotEqualTo(409).isNotEqualTo(204);
  }
}
