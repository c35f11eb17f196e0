package org.ssr.workflow.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table of V13__decision_record.sql: insert and read, nothing else (the record is append-only; no statement of
 * the application updates or deletes a row). Runs in the caller's transaction, the engine's when a decision is taken,
 * so a rolled-back decision leaves no entry.
 */
@Repository
public class DecisionRecordRepository {

  private static final String COLUMNS = "programme_code, sequence_no, process_instance_id, kind, subject, party, "
      + "actor, outcome, reason, occurred_at, previous_hash, hash";

  private final JdbcTemplate jdbc;

  public DecisionRecordRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an entry; fails on the unique (programme_code, sequence_no) when its number is already taken. */
  public void insert(DecisionEntry e) {
    jdbc.update("insert into decision_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.programmeCode(), e.sequence(), e.processInstanceId(), e.kind(), e.subject(), e.party(), e.actor(),
        e.outcome(), e.reason(), OffsetDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC), e.previousHash(),
        e.hash());
  }

  /** A programme's entries in sequence order. */
  public List<DecisionEntry> entries(String programmeCode) {
    return jdbc.query("select " + COLUMNS + " from decision_entry where programme_code = ? order by sequence_no",
        DecisionRecordRepository::entry, programmeCode);
  }

  /** A programme's newest entry, if it has one. */
  public Optional<DecisionEntry> last(String programmeCode) {
    return jdbc.query("select " + COLUMNS + " from decision_entry where programme_code = ? "
            + "and sequence_no = (select max(sequence_no) from decision_entry where programme_code = ?)",
        DecisionRecordRepository::entry, programmeCode, programmeCode).stream().findFirst();
  }

  private static DecisionEntry entry(ResultSet rs, int n) throws SQLException {
    return new DecisionEntry(rs.getLong("sequence_no"), rs.getString("programme_code"),
        rs.getString("process_instance_id"), rs.getString("kind"), rs.getString("subject"), rs.getString("party"),
        rs.getString("actor"), rs.getString("outcome"), rs.getString("reason"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), trim(rs.getString("previous_hash")),
        trim(rs.getString("hash")));
  }

  /** char(64) comes back as stored; a database that pads would add blanks a hash never has. */
  private static String trim(String hash) {
    return hash == null ? null : hash.strip();
  }
}
