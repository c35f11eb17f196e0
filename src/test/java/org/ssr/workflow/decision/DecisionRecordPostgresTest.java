package org.ssr.workflow.decision;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * V13 and the record's statements on a real PostgreSQL 16: append, read, verify, tampering, the unique sequence, two
 * appends at once.
 */
class DecisionRecordPostgresTest {

  @Test
  void appendVerifyTamperAndForkOnPostgres() throws Exception {
    InMemoryDecisionRecord db = InMemoryDecisionRecord.on(new DriverManagerDataSource(
        EmbeddedPostgresServer.shared().createDatabase("decisions"), EmbeddedPostgresServer.user(), ""));
    DecisionRecordTest.checkAppendTamperAndFork(db.record(), db.jdbc());
    // the second insert waits for the first transaction's row, then fails on the unique constraint
    DecisionRecordTest.checkTwoAppendsAtOnce(db.dataSource());
  }
}
