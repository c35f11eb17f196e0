package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementLedgerServiceTest {

  private final AgreementLedgerService ledger = new AgreementLedgerService();
  private final AgreementLedgerService.Session round1 =
      new AgreementLedgerService.Session("dialog round 1", "coordinator", Instant.parse("2026-05-04T10:00:00Z"));
  private final AgreementLedgerService.Session round2 =
      new AgreementLedgerService.Session("dialog round 2", "facilitator", Instant.parse("2026-05-20T10:00:00Z"));

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  @Test
  void idsAreNeverReused_aWithdrawnItemStaysAndKeepsItsNumber() {
    List<Map<String, Object>> items = ledger.record(List.of(), List.of(row("text", "A"), row("text", "B")),
        List.of(), round1);
    items = ledger.record(items, List.of(), List.of(row("item", "AG-2", "change", "withdraw", "reason", "Merged")),
        round2);
    items = ledger.record(items, List.of(row("text", "C")), List.of(), round2);

    assertThat(items).extracting(i -> i.get("id"), i -> i.get("status"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("AG-1", "agreed"),
            org.assertj.core.groups.Tuple.tuple("AG-2", "withdrawn"),
            org.assertj.core.groups.Tuple.tuple("AG-3", "agreed"));
    assertThat(ledger.options(items)).extracting(o -> o.get("value")).containsExactly("AG-1", "AG-3");
    assertThat(ledger.describe(items)).contains("**AG-2** (withdrawn, dialog round 2): B — withdrawn: Merged");
  }

  @Test
  void anItemWithAnObjectionIsDisputedUnlessTheFormSaysOtherwise() {
    List<Map<String, Object>> items = ledger.record(List.of(),
        List.of(row("text", "Courts first", "agreedBy", List.of("youth"), "objectedBy", List.of("civilSociety"))),
        List.of(), round1);
    assertThat(items.get(0)).containsEntry("status", "disputed").containsEntry("recordedBy", "coordinator")
        .containsEntry("recordedAt", "2026-05-04T10:00:00Z");
  }

  @Test
  void refusesUnknownSegments_aSegmentOnBothSides_anUnknownStatus_andTwoChangesOfOneItem_namingEachRow() {
    List<Map<String, Object>> items = ledger.record(List.of(), List.of(row("text", "A")), List.of(), round1);
    assertThatThrownBy(() -> ledger.record(items,
        List.of(row("text", "B", "agreedBy", List.of("youth"), "objectedBy", List.of("youth")),
            row("text", "C", "agreedBy", List.of("students")), row("text", "D", "status", "maybe")),
        List.of(row("item", "AG-1", "change", "agree"), row("item", "AG-1", "change", "dispute")), round2))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Agreements not recorded: new item 1: Youth cannot both agree and object; new item 2: unknown "
            + "segment 'students' (segments: youth, womensGroups, religiousLeaders, businessActors, "
            + "traditionalAuthorities, civilSociety, securitySectorPersonnel, armedGroups); new item 3: the status is "
            + "'agreed' or 'disputed', not 'maybe'; change 2 (AG-1): AG-1 is changed twice in this session; make it one "
            + "change.");
  }

  @Test
  void aRevisionNeedsItsText() {
    List<Map<String, Object>> items = ledger.record(List.of(), List.of(row("text", "A")), List.of(), round1);
    assertThatThrownBy(() -> ledger.record(items, List.of(), List.of(row("item", "AG-1", "change", "revise")), round2))
        .hasMessage("Agreements not recorded: change 1 (AG-1): write the revised text.");
    assertThat(items.get(0)).as("the ledger handed in is not changed").containsEntry("status", "agreed");
  }
}
