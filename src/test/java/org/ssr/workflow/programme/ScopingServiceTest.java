package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScopingServiceTest {

  private final ScopingService scoping = new ScopingService();

  @Test
  void everyStepAppliesUnlessDeclaredOtherwise() {
    List<ScopedStep> scope = scoping.decide(Map.of(), Map.of());

    assertThat(scope).extracting(ScopedStep::step).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(scope).allMatch(ScopedStep::applies);
    assertThat(scoping.skipped(scope)).isEmpty();
  }

  @Test
  void aSkippedStepKeepsItsJustification() {
    List<ScopedStep> scope = scoping.decide(Map.of(3, false), Map.of(3, " No armed conflict ended recently "));

    assertThat(scoping.skipped(scope)).containsExactly(
        new ScopedStep(3, "Contain short-term threats", false, "No armed conflict ended recently"));
  }

  @Test
  void skippedStepsWithoutJustificationAreRefused_allNamedAtOnce() {
    assertThatThrownBy(() -> scoping.decide(Map.of(4, false, 9, false), Map.of(9, "")))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Write why these steps do not apply: step 4 (Establish structures), step 9 (Transformation strategy).");
  }

  @Test
  void steps1_2_11And12AreNotOptional() {
    assertThat(ProgrammeStep.optionalSteps()).extracting(ProgrammeStep::number).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
  }
}
