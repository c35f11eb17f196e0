package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsentServiceTest {

  private final ConsentService consent = new ConsentService();
  private final List<String> required = List.of("youth", "womensGroups");
  private final List<String> sessions = List.of("dialog round 1", "dialog round 2");
  private final Instant now = Instant.parse("2026-06-01T09:00:00Z");

  @Test
  void theLatestRecordOfASegmentIsItsPosition_andTheLatestSessionIsTakenWhenNoneIsNamed() {
    List<Map<String, Object>> records = new ArrayList<>(consent.newRecords(List.of(
        Map.of("segment", "youth", "position", "dissent", "reason", "Too slow", "session", "dialog round 1")),
        required, sessions, "coordinator", now));
    records.addAll(consent.newRecords(List.of(Map.of("segment", "youth", "position", "consent")),
        required, sessions, "coordinator", now));

    assertThat(consent.positions(records).get("youth")).containsEntry("position", "consent")
        .containsEntry("session", "dialog round 2");
    assertThat(records).hasSize(2);
    assertThat(consent.missing(records, required)).containsExactly("womensGroups");
    assertThat(consent.describe(records, required))
        .isEqualTo("- Youth: consent, dialog round 2, recorded by coordinator on 2026-06-01\n"
            + "- Women's groups: **not recorded yet**");
  }

  @Test
  void refusesASegmentNotRequired_twoRowsOfOneSegment_noPosition_andAnUnknownSession() {
    assertThatThrownBy(() -> consent.newRecords(List.of(
        Map.of("segment", "businessActors", "position", "consent"),
        Map.of("segment", "youth", "position", "consent"),
        Map.of("segment", "youth", "position", "consent"),
        Map.of("segment", "womensGroups", "position", "consent", "session", "dialog round 7")),
        required, sessions, "coordinator", now))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Consent not recorded: row 1 (Business actors): not a required segment of this programme "
            + "(Youth, Women's groups); row 3 (Youth): recorded twice in this form; keep one row per segment; row 4 "
            + "(Women's groups): no dialog session 'dialog round 7' (sessions: dialog round 1, dialog round 2).");
  }

  @Test
  void consensusNeedsEverySegment_aDissentCounts() {
    List<Map<String, Object>> records = consent.newRecords(List.of(
        Map.of("segment", "youth", "position", "consent"),
        Map.of("segment", "womensGroups", "position", "dissent", "reason", "Not yet")),
        required, sessions, "coordinator", now);
    consent.requireEverySegment(records, required);
    assertThatThrownBy(() -> consent.requireEverySegment(records.subList(0, 1), required))
        .hasMessageStartingWith("National consensus cannot be declared yet: no consent or dissent is recorded for "
            + "Women's groups.");
  }
}
