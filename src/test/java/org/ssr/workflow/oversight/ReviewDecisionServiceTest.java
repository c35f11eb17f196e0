package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewDecisionServiceTest {

  private static final ReviewDecisionService.Subject FRAMEWORK =
      new ReviewDecisionService.Subject("AGENCY_FRAMEWORK", "Defence policy framework", 1);
  private static final Instant NOW = Instant.parse("2026-04-01T08:15:00Z");

  private final ReviewDecisionService service = new ReviewDecisionService();

  @Test
  void approvalNeedsNoReasons() {
    assertThat(service.decide(FRAMEWORK, "parliamentOversight", "parliament", "approved", "  ", NOW))
        .isEqualTo(new ReviewDecisionRecord("AGENCY_FRAMEWORK", "Defence policy framework", 1, "parliamentOversight",
            "parliament", "approved", null, "2026-04-01T08:15:00Z"));
  }

  @Test
  void returnAndRejectionNeedReasons() {
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", "justice", "returned", null, NOW))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessageContaining("Reasons are required");
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", "justice", "rejected", "\n ", NOW))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessageContaining("Reasons are required");
    assertThat(service.decide(FRAMEWORK, "justiceOversight", "justice", "rejected", " Unlawful. ", NOW).reasons())
        .isEqualTo("Unlawful.");
  }

  @Test
  void aDecisionAndAUserAreRequired() {
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", "justice", null, "x", NOW))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessage(
            "Choose a decision: approved, returned (for revision) or rejected.");
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", "justice", "APPROVED", null, NOW))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessageContaining("not 'APPROVED'");
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", null, "approved", null, NOW))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessageContaining("Who decided is unknown");
  }

  @Test
  void outcomeNeedsExactlyOneDecisionPerBody() {
    ReviewDecisionRecord parliament =
        service.decide(FRAMEWORK, "parliamentOversight", "parliament", "approved", null, NOW);
    ReviewDecisionRecord justice = service.decide(FRAMEWORK, "justiceOversight", "justice", "returned", "Why", NOW);

    assertThat(service.outcome(List.of("parliamentOversight", "justiceOversight"), List.of(parliament, justice)))
        .isEqualTo(ReviewOutcome.RETURNED);
    assertThatThrownBy(() -> service.outcome(List.of("parliamentOversight", "justiceOversight"), List.of(parliament)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> service.outcome(List.of("parliamentOversight"), List.of(parliament, parliament)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than once");
  }
}
