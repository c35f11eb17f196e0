package org.ssr.workflow.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The tables of V12__notification_outbox.sql. {@link #enqueue} joins whatever transaction the caller runs in (the
 * engine's, inside a task listener: a rolled-back task leaves no message); everything else runs in its own short
 * statement, so a dispatcher never holds a lock while it talks to a mail server.
 */
public class NotificationOutbox {

  private static final String COLUMNS = "id, kind, recipient_id, recipient_email, recipient_group, task_id, "
      + "process_instance_id, programme_code, subject, body, created_at, status, attempts, next_attempt_at, "
      + "last_error, sent_at";

  private static final RowMapper<OutboxMessage> ROW = (rs, n) -> new OutboxMessage(rs.getLong("id"),
      NotificationKind.valueOf(rs.getString("kind")), rs.getString("recipient_id"), rs.getString("recipient_email"),
      rs.getString("recipient_group"), rs.getString("task_id"), rs.getString("process_instance_id"),
      rs.getString("programme_code"), rs.getString("subject"), rs.getString("body"), instant(rs, "created_at"),
      OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
      rs.getString("last_error"), instant(rs, "sent_at"));

  /** Rows of users who chose the daily digest wait for it; escalations never wait. */
  private static final String NOT_DIGESTED = " and (o.kind = 'ESCALATION' or not exists (select 1 from ntf_preference p"
      + " where p.user_id = o.recipient_id and p.delivery = 'DAILY_DIGEST'))";

  private final JdbcTemplate jdbc;

  public NotificationOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the message unless one with the same dedup key exists; true if it was written. */
  public boolean enqueue(NewMessage message, Instant now) {
    Recipient to = message.recipient();
    Timestamp at = Timestamp.from(now);
    String insert = "insert into ntf_outbox (kind, recipient_id, recipient_email, recipient_group, task_id, "
        + "process_instance_id, programme_code, dedup_key, subject, body, created_at, status, attempts, "
        + "next_attempt_at) ";
    Object[] values = {message.kind().name(), to.userId(), to.email(), to.viaGroup(), message.taskId(),
        message.processInstanceId(), message.programmeCode(), message.dedupKey(), truncate(message.subject(), 500),
        message.body(), at, OutboxStatus.PENDING.name(), 0, at};
    if (message.dedupKey() == null) {
      return jdbc.update(insert + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values) == 1;
    }
    // no failed statement (PostgreSQL would abort the caller's transaction): insert only what is not there yet
    Object[] withKey = Arrays.copyOf(values, values.length + 1);
    withKey[values.length] = message.dedupKey();
    return jdbc.update(insert + "select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from (values (1)) as one (x) "
        + "where not exists (select 1 from ntf_outbox where dedup_key = ?)", withKey) == 1;
  }

  /**
   * Ids of messages to send now, oldest first: pending and due, or claimed by a dispatcher whose lease ran out. One
   * query per status, each ordered as the index {@code ix_ntf_outbox_due} (status, next attempt, id) is, so the
   * database reads the first {@code limit} due rows of a backlog in index order instead of sorting all of them.
   */
  public List<Long> dueForImmediateDelivery(Instant now, int limit) {
    record Due(long id, Timestamp at) {}
    List<Due> due = new ArrayList<>();
    for (OutboxStatus status : List.of(OutboxStatus.PENDING, OutboxStatus.SENDING)) {
      due.addAll(jdbc.query("select o.id, o.next_attempt_at from ntf_outbox o where o.status = ? "
          + "and o.next_attempt_at <= ?" + NOT_DIGESTED + " order by o.status, o.next_attempt_at, o.id fetch first "
          + limit + " rows only", (rs, n) -> new Due(rs.getLong(1), rs.getTimestamp(2)), status.name(),
          Timestamp.from(now)));
    }
    return due.stream().sorted(Comparator.comparing(Due::at).thenComparingLong(Due::id)).limit(limit)
        .map(Due::id).toList();
  }

  /** Pending messages of the users who chose the daily digest, by recipient then age. */
  public List<OutboxMessage> pendingDigest(Instant now) {
    return jdbc.query("select " + COLUMNS + " from ntf_outbox o where o.status in ('PENDING', 'SENDING') "
        + "and o.next_attempt_at <= ? and o.kind <> 'ESCALATION' and exists (select 1 from ntf_preference p "
        + "where p.user_id = o.recipient_id and p.delivery = 'DAILY_DIGEST') order by o.recipient_id, o.id", ROW,
        Timestamp.from(now));
  }

  /**
   * Takes a due message for one dispatcher until {@code leaseUntil}, counting the attempt; false if another dispatcher
   * (another node) took it first. Under READ COMMITTED the loser's update re-reads the row and matches nothing.
   */
  public boolean claim(long id, Instant now, Instant leaseUntil) {
    return jdbc.update("update ntf_outbox set status = 'SENDING', attempts = attempts + 1, next_attempt_at = ? "
        + "where id = ? and status in ('PENDING', 'SENDING') and next_attempt_at <= ?", Timestamp.from(leaseUntil), id,
        Timestamp.from(now)) == 1;
  }

  public Optional<OutboxMessage> find(long id) {
    return jdbc.query("select " + COLUMNS + " from ntf_outbox where id = ?", ROW, id).stream().findFirst();
  }

  public void markSent(long id, Instant at) {
    finish(id, OutboxStatus.SENT, null, at);
  }

  public void markLocal(long id, Instant at) {
    finish(id, OutboxStatus.LOCAL, null, at);
  }

  public void markWithheld(long id, String reason, Instant at) {
    finish(id, OutboxStatus.WITHHELD, reason, at);
  }

  /** A failed attempt: due again at {@code nextAttempt}, the error kept. */
  public void retryLater(long id, String error, Instant nextAttempt) {
    jdbc.update("update ntf_outbox set status = 'PENDING', next_attempt_at = ?, last_error = ? where id = ?",
        Timestamp.from(nextAttempt), truncate(error, 2000), id);
  }

  /** The last attempt failed too: kept as FAILED with its error. */
  public void markFailed(long id, String error, Instant at) {
    jdbc.update("update ntf_outbox set status = 'FAILED', next_attempt_at = ?, last_error = ? where id = ?",
        Timestamp.from(at), truncate(error, 2000), id);
  }

  /** An administrator's retry of a FAILED message: due at once with fresh attempts; false if not FAILED. */
  public boolean requeueFailed(long id, Instant now) {
    return jdbc.update("update ntf_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? "
        + "where id = ? and status = 'FAILED'", Timestamp.from(now), id) == 1;
  }

  /** The newest messages, optionally of one status and/or one recipient (the administrator's view). */
  public List<OutboxMessage> newest(OutboxStatus status, String recipientId, int limit) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from ntf_outbox where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (status != null) {
      sql.append(" and status = ?");
      args.add(status.name());
    }
    if (recipientId != null) {
      sql.append(" and recipient_id = ?");
      args.add(recipientId);
    }
    sql.append(" order by id desc fetch first ").append(limit).append(" rows only");
    return jdbc.query(sql.toString(), ROW, args.toArray());
  }

  private void finish(long id, OutboxStatus status, String error, Instant at) {
    jdbc.update("update ntf_outbox set status = ?, sent_at = ?, last_error = coalesce(?, last_error) where id = ?",
        status.name(), status == OutboxStatus.WITHHELD ? null : Timestamp.from(at), truncate(error, 2000), id);
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
