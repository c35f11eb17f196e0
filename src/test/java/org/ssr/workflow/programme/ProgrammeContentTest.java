package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.programme.ProgrammeContent.Gap;
import org.ssr.workflow.programme.ProgrammeContent.Priority;
import org.ssr.workflow.programme.ProgrammeContent.Threat;

/** Threats, priorities and gaps as the forms submit them: numbered, checked against what exists, read leniently. */
class ProgrammeContentTest {

  @Test
  void threatsAreNumbered_emptyRowsDropped() {
    List<Threat> threats = ProgrammeContent.threats(List.of(Map.of("text", "Armed groups in the north"),
        row("text", ""), Map.of("text", " Organised crime ")));

    assertThat(threats).containsExactly(new Threat("T-1", "Armed groups in the north"),
        new Threat("T-2", "Organised crime"));
  }

  @Test
  void prioritiesKeepTheirIds_newOnesNumberedAfterTheHighest_citationsChecked() {
    List<Priority> priorities = ProgrammeContent.priorities(List.of(
        Map.of("id", "P-3", "text", "Civilian oversight", "agreementIds", List.of("AG-1"), "threatIds", List.of()),
        Map.of("text", "Border control", "agreementIds", List.of("AG-1", "AG-2"), "threatIds", List.of("T-1"))),
        Set.of("AG-1", "AG-2"), Set.of("T-1"));

    assertThat(priorities).containsExactly(
        new Priority("P-3", "Civilian oversight", List.of("AG-1"), List.of()),
        new Priority("P-4", "Border control", List.of("AG-1", "AG-2"), List.of("T-1")));
  }

  @Test
  void aPriorityCitingWhatDoesNotExistIsRefused_namingIt() {
    assertThatThrownBy(() -> ProgrammeContent.priorities(List.of(Map.of("text", "Oversight",
        "agreementIds", List.of("AG-7"))), Set.of("AG-1"), Set.of()))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Priority 1: there is no agreement AG-7; choose an agreement of the dialog's ledger (AG-1).");
    assertThatThrownBy(() -> ProgrammeContent.priorities(List.of(Map.of("text", "Oversight",
        "threatIds", List.of("T-2"))), Set.of(), Set.of()))
        .hasMessageContaining("there is no threat T-2").hasMessageContaining("(there are none yet)");
    assertThatThrownBy(() -> ProgrammeContent.priorities(List.of(Map.of("agreementIds", List.of("AG-1"))),
        Set.of("AG-1"), Set.of())).hasMessage("Priority 1: say what the priority of action is.");
    assertThatThrownBy(() -> ProgrammeContent.priorities(List.of(Map.of("id", "P-1", "text", "a"),
        Map.of("id", "P-1", "text", "b")), Set.of(), Set.of())).hasMessageContaining("the id P-1 is used twice");
  }

  /** One rule for the three lists: a row with nothing filled in is dropped, one with anything needs its text. */
  @Test
  void emptyRowsAreDropped_aRowWithoutItsTextIsRefused_theSameForThreatsPrioritiesAndGaps() {
    Map<String, Object> untouched = row("text", "");
    untouched.put("id", null);
    untouched.put("agreementIds", List.of());
    untouched.put("priorityIds", List.of(""));
    assertThat(ProgrammeContent.threats(List.of(untouched))).isEmpty();
    assertThat(ProgrammeContent.priorities(List.of(untouched), Set.of(), Set.of())).isEmpty();
    assertThat(ProgrammeContent.gaps(List.of(untouched), List.of("police"), Set.of())).isEmpty();

    assertThatThrownBy(() -> ProgrammeContent.threats(List.of(Map.of("id", "T-2"))))
        .hasMessage("Threat 1 (T-2): describe the threat.");
    assertThatThrownBy(() -> ProgrammeContent.priorities(List.of(Map.of("threatIds", List.of("T-1"))), Set.of(),
        Set.of("T-1"))).hasMessage("Priority 1: say what the priority of action is.");
    assertThatThrownBy(() -> ProgrammeContent.gaps(List.of(Map.of("text", "a", "institution", "police"),
        Map.of("institution", "police")), List.of("police"), Set.of()))
        .hasMessage("Gap 2: describe the change needed.");
  }

  @Test
  void gapsBelongToAnInstitutionInScope_andCitePriorities() {
    List<Gap> gaps = ProgrammeContent.gaps(List.of(
        Map.of("institution", "police", "text", "No complaints body", "priorityIds", List.of("P-1"))),
        List.of("police", "defence"), Set.of("P-1"));
    assertThat(gaps).containsExactly(new Gap("G-1", "police", "No complaints body", List.of("P-1")));

    assertThatThrownBy(() -> ProgrammeContent.gaps(List.of(Map.of("institution", "navy", "text", "x")),
        List.of("police"), Set.of())).hasMessageContaining("Gap 1: choose one of the institutions in scope (police)");
    assertThatThrownBy(() -> ProgrammeContent.gaps(List.of(Map.of("institution", "police", "text", "x",
        "priorityIds", List.of("P-9"))), List.of("police"), Set.of("P-1")))
        .hasMessageContaining("Gap 1: there is no priority P-9");
  }

  @Test
  void storedListsReadLeniently_optionsNameIdAndText() {
    assertThat(ProgrammeContent.storedPriorities(List.of(Map.of("id", "P-1", "text", "Oversight"))))
        .containsExactly(new Priority("P-1", "Oversight", List.of(), List.of()));
    assertThat(ProgrammeContent.storedGaps(List.of())).isEmpty();
    assertThat(ProgrammeContent.gapOptions(List.of(new Gap("G-1", "police", "No complaints body", List.of()))))
        .containsExactly(Map.of("label", "G-1 — Police: No complaints body", "value", "G-1"));
  }

  private static Map<String, Object> row(String key, Object value) {
    Map<String, Object> row = new HashMap<>();
    row.put(key, value);
    return row;
  }
}
