package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.oversight.OversightReviewProcess.Elements;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Two members of one oversight body complete the same review task at the same moment: exactly one decision is
 * saved, the other member gets 409 Conflict with a plain message, and nothing is half-written.
 */
@SsrApplicationTest
class ConcurrentCompletionTest {

  private static final String SECOND_MEMBER = "parliamentClerk";
  private static final String SECOND_PASSWORD = "Quorum#Vote2026";
  private static final int ROUNDS = Integer.getInteger("ssr.race.rounds", 6);

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void secondMemberOfParliamentsCommittee() {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(SECOND_MEMBER).count() == 0) {
      User clerk = identity.newUser(SECOND_MEMBER);
      clerk.setFirstName("Amina");
      clerk.setLastName("Odhiambo");
      clerk.setPassword(SECOND_PASSWORD);
      identity.saveUser(clerk);
      identity.createMembership(SECOND_MEMBER, "parliamentOversight");
    }
  }

  @Test
  void twoUsersCompletingOneTaskAtOnce_oneWinsTheOtherGetsAClearConflict() throws Exception {
    List<String> conflictTypes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String review = ReviewRestDriver.startReview(port, "RACE-" + round, List.of("parliamentOversight"),
            "P21D", "P7D");
        String task = ReviewRestDriver.reviewTask(port, review, "parliamentOversight");
        CyclicBarrier together = new CyclicBarrier(2);
        Future<HttpResponse<String>> first = pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return ReviewRestDriver.decide(port, task, "parliament", "approved", null);
        });
        Future<HttpResponse<String>> second = pool.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return org.ssr.workflow.support.Http.basic(port, SECOND_MEMBER, SECOND_PASSWORD).postJson(
              "/engine-rest/task/" + task + "/complete",
              "{\"variables\":{\"decision\":{\"value\":\"returned\"},"
                  + "\"reasons\":{\"value\":\"Section 3 is missing.\"}}}");
        });
        List<HttpResponse<String>> responses = List.of(first.get(30, TimeUnit.SECONDS),
            second.get(30, TimeUnit.SECONDS));

        assertThat(responses).extracting(HttpResponse::statusCode).as("round %d: %s", round, responses.stream().map(r -> r.statusCode() + " " + r.body()).toList())
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
        String winner = responses.get(0).statusCode() == 204 ? "parliament" : SECOND_MEMBER;
        assertThat(decisions.get(0).get("userId").asText()).isEqualTo(winner);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("[concurrency] conflict kinds over " + ROUNDS + " races: " + conflictTypes);
  }

  @Test
  void anUnknownTaskIsStillNotAConflict() {
    HttpResponse<String> response = ReviewRestDriver.decide(port, "no-such-task", "parliament", "approved", null);
    assertThat(response.statusCode()).isNotEqualTo(409).isNotEqualTo(204);
  }
}
