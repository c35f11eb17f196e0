package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** Scoping results in every form a programme may hold them: Java lists, Json, or only the gateways' flags. */
class SkippedStepsTest {

  @Test
  void stepScopeAsJavaList() {
    Map<String, Object> vars = Map.of("stepScope", List.of(
        Map.of("step", 3, "title", "Contain short-term threats", "applies", true),
        Map.of("step", 4, "title", "Establish structures", "applies", false, "justification", "Exist already.")));
    assertThat(ProgrammeStatusService.skippedSteps(vars)).containsExactly(Map.entry(4, "Exist already."));
  }

  @Test
  void skippedStepsAsSpinJson() {
    Map<String, Object> vars = Map.of("skippedSteps",
        Spin.JSON("[{\"step\":8,\"justification\":\"Recent capacity review.\"}]"));
    assertThat(ProgrammeStatusService.skippedSteps(vars)).containsExactly(Map.entry(8, "Recent capacity review."));
  }

  @Test
  void onlyTheGatewayFlags_skippedWithoutKnownJustification() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("applyStep5", false);
    vars.put("applyStep6", true);
    Map<Integer, String> skipped = ProgrammeStatusService.skippedSteps(vars);
    assertThat(skipped).containsOnlyKeys(5);
    assertThat(skipped.get(5)).isNull();
  }

  @Test
  void nothingScopedYet() {
    assertThat(ProgrammeStatusService.skippedSteps(Map.of())).isEmpty();
  }
}
