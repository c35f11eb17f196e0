package org.ssr.workflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssr.workflow.support.Race;

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

  @Test
  void twoAppendsAtOnce_oneIsStoredTheOtherIsAConflict_theChainDoesNotFork() throws Exception {
    checkTwoAppendsAtOnce(InMemoryDecisionRecord.create().dataSource());
  }

  /**
   * Two transactions append to one programme at the same moment, both having read the same newest entry (held at a
   * barrier between reading it and inserting): the unique (programme, sequence) stores one, the other fails with the
   * conflict and leaves nothing; the chain stays one line.
   */
  static void checkTwoAppendsAtOnce(DataSource dataSource) throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    DecisionRecord record = new DecisionRecord(new DecisionRecordRepository(jdbc));
    record.append(decision("SSR-RACE", "approved", AT));
    CyclicBarrier bothRead = new CyclicBarrier(2);
    DecisionRecord racing = new DecisionRecord(new DecisionRecordRepository(jdbc) {
      @Override
      public Optional<DecisionEntry> last(String programmeCode) {
        Optional<DecisionEntry> last = super.last(programmeCode);
        try {
          bothRead.await(20, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new IllegalStateException("the other append did not read", e);
        }
        return last;
      }
    });
    TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    Callable<String> append = () -> {
      try {
        transaction.executeWithoutResult(status -> racing.append(decision("SSR-RACE", "returned", AT.plusSeconds(1))));
        return "stored";
      } catch (DecisionRecordConflictException e) {
        return "conflict";
      }
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThat(Race.atOnce(pool, Duration.ofSeconds(60), append, append))
          .containsExactlyInAnyOrder("stored", "conflict");
    } finally {
      pool.shutdownNow();
    }
    DecisionRecord.Checked after = record.checked("SSR-RACE");
    assertThat(after.entries()).extracting(DecisionEntry::sequence).containsExactly(1L, 2L);
    assertThat(after.chain().intact()).isTrue();
  }

  static DecisionMade decision(String code, String outcome, Instant at) {
    return new DecisionMade(code, "pi-1", "OVERSIGHT_REVIEW", "NSP: National Security Policy 2027, version 1",
        "parliamentOversight", "parliament", outcome, outcome.equals("approved") ? null : "Add the budget annex.",
        at);
  }
}
