package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.decision.DecisionEntry;

class ProgrammeSummaryServiceTest {

  private final ProgrammeSummaryService service = new ProgrammeSummaryService();
  /** A programme's decision record: reviews, a validation, consent and dissent, a risk decision. */
  private final List<DecisionEntry> decisions = List.of(
      entry(1, "CONSENT", "youth", "consent"), entry(2, "DISSENT", "womensGroups", "dissent"),
      entry(3, "VALIDATION", "civilSocietyMonitor", "returned"),
      entry(4, "OVERSIGHT_REVIEW", "parliamentOversight", "returned"),
      entry(5, "OVERSIGHT_REVIEW", "parliamentOversight", "approved"),
      entry(6, "RISK", "managers", "HOLD_TRACK"));

  private static DecisionEntry entry(long n, String kind, String party, String outcome) {
    return new DecisionEntry(n, "SSR-01", "pi", kind, "subject " + n, party, "user", outcome, "",
        Instant.parse("2027-01-01T00:00:00Z").plusSeconds(n), "previous-" + n, "hash-" + n);
  }

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
        "Validations by the dialog's parties: 1 (0 confirmed, 1 returned).",
        "Consent of the segments: 1 consent, 1 dissent.",
        "Other decisions (risks, local concerns): 1.",
        "Step 3 (Contain short-term threats) did not apply: No conflict",
        "National Security Policy version: 2", "Financial feasibility plan version: 3", "Transformation actions: 5");
    // counts and the record's newest hash, not a copy of the entries
    assertThat(summary.details()).doesNotContainKey("decisions").containsEntry("decisionRecord", Map.of(
        "entries", 6, "oversightReviews", 2, "validations", 1, "consents", 1L, "dissents", 1L, "others", 1L,
        "headHash", "hash-6"));
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
