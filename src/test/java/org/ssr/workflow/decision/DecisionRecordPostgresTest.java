package org.ssr.workflow.decision;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/** V13 and the record's statements on a real PostgreSQL 16: append, read, verify, tampering, the unique sequence. */
class DecisionRecordPostgresTest {

  @Test
  void appendVerifyTamperAndForkOnPostgres() {
    InMemoryDecisionRecord db = InMemoryDecisionRecord.on(new DriverManagerDataSource(
        EmbeddedPostgresServer.shared().createDatabase("decisions"), EmbeddedPostgresServer.user(), ""));
    DecisionRecordTest.checkAppendTamperAndFork(db.record(), db.jdbc());
  }
}
