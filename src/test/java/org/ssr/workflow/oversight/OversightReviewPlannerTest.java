package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OversightReviewPlannerTest {

  private static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
  private final OversightReviewPlanner planner = new OversightReviewPlanner("P21D", "P7D");

  @Test
  void defaultsDeadlineAndEscalationDelay() {
    OversightReviewPlanner.ReviewPlan plan =
        planner.plan("FINANCIAL_PLAN", "Financial plan", 4, List.of("parliamentOversight"), null, " ", NOW);

    assertThat(plan.kind()).isEqualTo(ReviewKind.FINANCIAL_PLAN);
    assertThat(plan.deadline()).isEqualTo("P21D");
    assertThat(plan.escalationDelay()).isEqualTo("P7D");
    assertThat(plan.dueAt()).isEqualTo(Instant.parse("2026-02-21T12:00:00Z"));
    assertThat(plan.escalationAt()).isEqualTo(Instant.parse("2026-02-28T12:00:00Z"));
  }

  @Test
  void callerDurationsWin_includingMonthsAndHours() {
    OversightReviewPlanner.ReviewPlan plan = planner.plan(
        "GOVERNANCE_STRUCTURES", "Charter", 1, List.of("civilSocietyMonitor", "parliamentOversight"), "P1M", "PT36H",
        NOW);

    assertThat(plan.groups()).containsExactly("civilSocietyMonitor", "parliamentOversight");
    assertThat(plan.dueAt()).isEqualTo(Instant.parse("2026-02-28T12:00:00Z")); // Jan 31 + 1 month, as the engine adds
    assertThat(plan.escalationAt()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
  }

  @Test
  void refusesRequestsThatBreakTheContract() {
    assertThatThrownBy(() -> planner.plan("BUDGET", "x", 1, List.of("parliamentOversight"), null, null, NOW))
        .isInstanceOf(InvalidReviewRequestException.class).hasMessageContaining("Unknown review kind 'BUDGET'");
    assertThatThrownBy(() -> planner.plan("NSP", " ", 1, List.of("parliamentOversight"), null, null, NOW))
        .hasMessageContaining("reviewSubject is required");
    assertThatThrownBy(() -> planner.plan("NSP", "NSP", 0, List.of("parliamentOversight"), null, null, NOW))
        .hasMessageContaining("reviewVersion must be 1 or more");
    assertThatThrownBy(() -> planner.plan("NSP", "NSP", 1, List.of(), null, null, NOW))
        .hasMessageContaining("reviewGroups is required");
    assertThatThrownBy(() -> planner.plan("NSP", "NSP", 1, List.of("parliament oversight"), null, null, NOW))
        .hasMessageContaining("Not a group id");
    assertThatThrownBy(() -> planner.plan("NSP", "NSP", 1, List.of("justiceOversight", "justiceOversight"), null,
        null, NOW)).hasMessageContaining("appears twice");
    assertThatThrownBy(() -> planner.plan("NSP", "NSP", 1, List.of("justiceOversight"), "21 days", null, NOW))
        .hasMessageContaining("reviewDeadline must be an ISO-8601 duration");
    assertThatThrownBy(() -> planner.plan("NSP", "NSP", 1, List.of("justiceOversight"), "-P1D", null, NOW))
        .hasMessageContaining("longer than zero");
    assertThatThrownBy(() -> new OversightReviewPlanner("three weeks", "P7D"))
        .hasMessageContaining("ssr.review.default-deadline");
  }
}
