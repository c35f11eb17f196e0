package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeSummaryServiceTest {

  private final ProgrammeSummaryService service = new ProgrammeSummaryService();
  private final List<Map<String, Object>> decisions = List.of(
      Map.of("kind", "NSP", "decision", "returned"), Map.of("kind", "NSP", "decision", "approved"));

  @Test
  void readyForImplementation_listsDecisionsSkippedStepsAndPlanVersion() {
    ProgrammeSummary summary = service.summarise("SSR-01", "National programme", "Security Sector Reform", decisions,
        List.of(new ScopedStep(3, "Contain short-term threats", false, "No conflict"),
            new ScopedStep(4, "Establish structures", true, null)),
        2, 3, 5, false, null);

    assertThat(summary.status()).isEqualTo(ProgrammeSummary.READY_FOR_IMPLEMENTATION);
    assertThat(summary.text()).contains(
        "Security Sector Reform programme SSR-01 (National programme): ready for implementation.",
        "Decisions recorded: 2 (1 approved, 1 returned, 0 rejected).",
        "Step 3 (Contain short-term threats) did not apply: No conflict",
        "National Security Policy version: 2", "Financial feasibility plan version: 3", "Transformation actions: 5");
    assertThat(summary.details()).containsEntry("financialPlanVersion", 3)
        .containsEntry("skippedSteps", List.of(Map.of("step", 3, "title", "Contain short-term threats",
            "justification", "No conflict")));
  }

  @Test
  void endedByACriticalRisk_keepsTheReason() {
    ProgrammeSummary summary = service.summarise("SSR-02", null, null, null, null, null, null, 0, true, "Coup");

    assertThat(summary.status()).isEqualTo(ProgrammeSummary.ENDED_BY_CRITICAL_RISK);
    assertThat(summary.text()).startsWith("Programme SSR-02: ended because of a critical risk: Coup.")
        .contains("Every step applied", "Financial feasibility plan version: -");
  }
}
