package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ssr.workflow.oversight.ReviewDecision.APPROVED;
import static org.ssr.workflow.oversight.ReviewDecision.REJECTED;
import static org.ssr.workflow.oversight.ReviewDecision.RETURNED;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewOutcomeTest {

  static Stream<Arguments> decisions() {
    return Stream.of(
        Arguments.of(List.of(APPROVED), ReviewOutcome.APPROVED),
        Arguments.of(List.of(APPROVED, APPROVED, APPROVED), ReviewOutcome.APPROVED),
        Arguments.of(List.of(RETURNED), ReviewOutcome.RETURNED),
        Arguments.of(List.of(APPROVED, RETURNED), ReviewOutcome.RETURNED),
        Arguments.of(List.of(RETURNED, RETURNED), ReviewOutcome.RETURNED),
        Arguments.of(List.of(REJECTED), ReviewOutcome.REJECTED),
        Arguments.of(List.of(APPROVED, REJECTED), ReviewOutcome.REJECTED),
        Arguments.of(List.of(RETURNED, REJECTED, APPROVED), ReviewOutcome.REJECTED),
        Arguments.of(List.of(REJECTED, RETURNED), ReviewOutcome.REJECTED));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("decisions")
  void approvedOnlyIfAllApprove_anyRejectionRejects_elseReturned(
      List<ReviewDecision> decisions, ReviewOutcome outcome) {
    assertThat(ReviewOutcome.of(decisions)).isEqualTo(outcome);
  }

  @Test
  void noDecisionsGiveNoOutcome() {
    assertThatThrownBy(() -> ReviewOutcome.of(List.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void valuesAreThoseOfTheContract() {
    assertThat(Stream.of(ReviewOutcome.values()).map(ReviewOutcome::value))
        .containsExactly("approved", "returned", "rejected");
    assertThat(ReviewDecision.fromValue("returned")).isEqualTo(RETURNED);
    assertThat(ReviewDecision.fromValue("Approved")).isNull();
  }
}
