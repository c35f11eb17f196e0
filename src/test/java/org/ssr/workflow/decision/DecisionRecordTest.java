package org.ssr.workflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record on the V13 table (H2 here, PostgreSQL in {@link DecisionRecordPostgresTest}): entries chained per
 * programme, tampering in the database detected, and the unique (programme, sequence) stopping a fork.
 */
class DecisionRecordTest {

  static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void appendsChainedPerProgramme_andDetectsAChangedOutcomeAndARemovedEntry() {
    InMemoryDecisionRecord db = InMemoryDecisionRecord.create();
    checkAppendTamperAndFork(db.record(), db.jdbc());
  }

  /** Shared with the PostgreSQL test: the same statements must behave the same on both databases. */
  static void checkAppendTamperAndFork(DecisionRecord record, JdbcTemplate jdbc) {
    record.append(decision("SSR-A", "approved", AT));
    record.append(decision("SSR-B", "approved", AT));
    record.append(decision("ssr-a", "returned", AT.plusSeconds(60)));
    record.append(decision("SSR-A", "rejected", AT.plusSeconds(120)));

    DecisionRecord.Checked a = record.checked("SSR-A");
    assertThat(a.entries()).extracting(DecisionEntry::sequence).containsExactly(1L, 2L, 3L);
    assertThat(a.entries()).extracting(DecisionEntry::outcome).containsExactly("approved", "returned", "rejected");
    assertThat(a.entries().get(1).previousHash()).isEqualTo(a.entries().get(0).hash());
    assertThat(a.entries().get(1).occurredAt()).isEqualTo(AT.plusSeconds(60));
    assertThat(a.chain().intact()).isTrue();
    assertThat(record.checked("SSR-B").entries()).singleElement()
        .satisfies(e -> assertThat(e.previousHash()).isEqualTo(DecisionChain.GENESIS));

    // someone with database access changes an outcome
    assertThat(jdbc.update("update decision_entry set outcome = 'approved' where programme_code = 'SSR-A' "
        + "and sequence_no = 2")).isEqualTo(1);
    ChainCheck changed = record.checked("SSR-A").chain();
    assertThat(changed.intact()).isFalse();
    assertThat(changed.brokenAt()).isEqualTo(2);
    assertThat(changed.problem()).contains("Entry 2 was changed");
    assertThat(record.checked("SSR-B").chain().intact()).as("another programme's chain").isTrue();

    // ... or removes an entry
    jdbc.update("delete from decision_entry where programme_code = 'SSR-B'");
    record.append(decision("SSR-B", "approved", AT));
    record.append(decision("SSR-B", "returned", AT));
    jdbc.update("delete from decision_entry where programme_code = 'SSR-B' and sequence_no = 1");
    ChainCheck removed = record.checked("SSR-B").chain();
    assertThat(removed.brokenAt()).isEqualTo(2);
    assertThat(removed.problem()).contains("Entry 1 is missing");

    // two appends that read the same newest entry: the second cannot take the same number, nothing forks
    DecisionRecord stale = new DecisionRecord(new DecisionRecordRepository(jdbc) {
      @Override
      public Optional<DecisionEntry> last(String programmeCode) {
        return Optional.of(record.entries(programmeCode).get(1));
      }
    });
    assertThatThrownBy(() -> stale.append(decision("SSR-A", "approved", AT)))
        .isInstanceOf(DecisionRecordConflictException.class)
        .hasMessageContaining("Another decision of programme SSR-A was recorded at the same moment");
    assertThat(record.entries("SSR-A")).hasSize(3);
  }

  static DecisionMade decision(String code, String outcome, Instant at) {
    return new DecisionMade(code, "pi-1", "OVERSIGHT_REVIEW", "NSP: National Security Policy 2027, version 1",
        "parliamentOversight", "parliament", outcome, outcome.equals("approved") ? null : "Add the budget annex.",
        at);
  }
}
