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

  /** The reviewer's language (docs/languages.md): the decision in the glossary's words, the form's labels. */
  @Test
  void aRefusalSpeaksTheReviewersLanguage() {
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", "justice", "returned", null, NOW,
        () -> "fr"))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessage("Motifs : ils sont obligatoires lorsque le"
            + " document est renvoyé pour révision ; dites ce qui doit changer ou pourquoi le document ne peut pas être"
            + " accepté.");
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", "justice", "maybe", null, NOW,
        () -> "pt"))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessage("A sua decisão: escolha uma decisão: aprovar,"
            + " devolver para revisão ou rejeitar, e não «maybe».");
    assertThatThrownBy(() -> ReviewChaseRecord.of("justiceOversight", ReviewChaseRecord.CHASE, "manager", " ", NOW,
        "fr")).isInstanceOf(InvalidReviewDecisionException.class)
        .hasMessage("Qu’avez-vous fait pour obtenir la décision ? Consignez-le (chaseNote).");
  }

  /**
   * Finding the reviewer's language may read the programme's variables (issue 18, item 4): an accepted decision never
   * asks for it, a refused one asks once.
   */
  @Test
  void theLanguageIsAskedForOnlyToRefuse() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Supplier<String> person = () -> {
      asked.incrementAndGet();
      return "fr";
    };
    service.decide(FRAMEWORK, "justiceOversight", "justice", "approved", null, NOW, person);
    service.decide(FRAMEWORK, "justiceOversight", "justice", "returned", "Name the committee.", NOW, person);
    assertThat(asked).hasValue(0);
    assertThatThrownBy(() -> service.decide(FRAMEWORK, "justiceOversight", "justice", "rejected", null, NOW, person))
        .isInstanceOf(InvalidReviewDecisionException.class).hasMessageStartingWith("Motifs");
    assertThat(asked).hasValue(1);
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
