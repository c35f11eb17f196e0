package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.programme.ProgrammeProcess;

/** Scoping results as a programme holds them: skippedSteps as a Java list or Json, or only the gateways' flags. */
class SkippedStepsTest {

  @Test
  void skippedStepsAsJavaList() {
    Map<String, Object> vars = Map.of(ProgrammeProcess.Variables.SKIPPED_STEPS.name(), List.of(
        Map.of("step", 3, "title", "Contain short-term threats", "applies", true),
        Map.of("step", 4, "title", "Establish structures", "applies", false, "justification", "Exist already.")));
    assertThat(ProgrammeStatusService.skippedSteps(vars)).containsExactly(Map.entry(4, "Exist already."));
  }

  @Test
  void skippedStepsAsSpinJson() {
    Map<String, Object> vars = Map.of(ProgrammeProcess.Variables.SKIPPED_STEPS.name(),
        Spin.JSON("[{\"step\":8,\"justification\":\"Recent capacity review.\"}]"));
    assertThat(ProgrammeStatusService.skippedSteps(vars)).containsExactly(Map.entry(8, "Recent capacity review."));
  }

  @Test
  void onlyTheGatewayFlags_skippedWithoutKnownJustification() {
    Map<String, Object> vars = new HashMap<>();
    vars.put(ProgrammeProcess.Variables.applyStep(5).name(), false);
    vars.put(ProgrammeProcess.Variables.applyStep(6).name(), true);
    Map<Integer, String> skipped = ProgrammeStatusService.skippedSteps(vars);
    assertThat(skipped).containsOnlyKeys(5);
    assertThat(skipped.get(5)).isNull();
  }

  @Test
  void nothingScopedYet() {
    assertThat(ProgrammeStatusService.skippedSteps(Map.of())).isEmpty();
  }
}
