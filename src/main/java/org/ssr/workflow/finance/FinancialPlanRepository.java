package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plan versions, lines, refused attempts and donor pledges in the tables of V10__financial_plans.sql (the pledges' priorities:
 * V14__pledge_priorities.sql).
 */
public class FinancialPlanRepository {

  private static final int BATCH = 1000;
  /** Tries to give an upload the next version number before answering with a conflict. */
  static final int VERSION_ATTEMPTS = 5;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  /**
   * A version and its lines: in their own transaction (REST upload), or in a savepoint of the caller's (the import
   * delegate runs inside the engine's transaction), so that a lost race for the version number undoes only this
   * attempt and the next attempt can run in the same transaction (on PostgreSQL a failed statement would otherwise
   * abort the whole transaction, and Spring would mark it rollback-only).
   */
  private final TransactionTemplate versionTx;

  public FinancialPlanRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tx = new TransactionTemplate(transactions);
    this.versionTx = new TransactionTemplate(transactions);
    this.versionTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** A version with its totals as stored JSON. */
  public record StoredVersion(long id, PlanVersionInfo info, String totalsJson) {}

  /** A refused upload. */
  public record Attempt(String programmeCode, String attemptedBy, Instant attemptedAt, String fileName, long fileSize,
      int errorCount, List<String> errors) {}

  private static final String VERSION_COLUMNS = "id, programme_code, version_no, uploaded_by, uploaded_at, file_name, "
      + "line_count, approved, approved_by, approved_at, totals_json";

  private static final RowMapper<StoredVersion> VERSION = (rs, n) -> new StoredVersion(rs.getLong("id"),
      new PlanVersionInfo(rs.getString("programme_code"), rs.getInt("version_no"), rs.getString("uploaded_by"),
          instant(rs, "uploaded_at"), rs.getString("file_name"), rs.getInt("line_count"), rs.getBoolean("approved"),
          rs.getString("approved_by"), instant(rs, "approved_at")),
      rs.getString("totals_json"));

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /**
   * Stores a new version and its lines in one transaction; returns the new version number, the highest stored one
   * plus one. Two uploads for one programme at the same moment both read the same highest number; the unique
   * constraint (programme_code, version_no) lets only one of them store it, the other waits for that transaction and
   * then fails on the constraint, undoes its attempt and takes the following number. Versions therefore stay
   * consecutive and complete. When an upload keeps losing ({@value #VERSION_ATTEMPTS} times), or the database gives
   * up waiting for the other upload's lock, it fails with {@link PlanVersionConflictException}: nothing of it stored.
   */
  public int insertVersion(String code, String user, Instant at, String fileName, byte[] file, List<PlanLine> lines,
      String totalsJson) {
    for (int attempt = 1; ; attempt++) {
      try {
        Integer v = versionTx.execute(status -> insert(code, user, at, fileName, file, lines, totalsJson));
        return v;
      } catch (DuplicateKeyException e) {
        if (attempt >= VERSION_ATTEMPTS) {
          throw new PlanVersionConflictException(code, e);
        }
      } catch (PessimisticLockingFailureException | QueryTimeoutException e) {
        // waited too long for the other upload's transaction (H2: "Timeout trying to lock table"), or a deadlock
        throw new PlanVersionConflictException(code, e);
      }
    }
  }

  private int insert(String code, String user, Instant at, String fileName, byte[] file, List<PlanLine> lines,
      String totalsJson) {
    Integer max = jdbc.queryForObject("select max(version_no) from fin_plan_version where programme_code = ?",
        Integer.class, code);
    int version = (max == null ? 0 : max) + 1;
    jdbc.update("insert into fin_plan_version (programme_code, version_no, uploaded_by, uploaded_at, file_name, "
        + "file_bytes, line_count, totals_json, approved) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        code, version, user, Timestamp.from(at), fileName, file, lines.size(), totalsJson, false);
    Long id = jdbc.queryForObject("select id from fin_plan_version where programme_code = ? and version_no = ?",
        Long.class, code, version);
    for (int from = 0; from < lines.size(); from += BATCH) {
      List<PlanLine> chunk = lines.subList(from, Math.min(lines.size(), from + BATCH));
      int offset = from;
      jdbc.batchUpdate("insert into fin_plan_line (version_id, line_no, action_id, institution, plan_year, "
          + "cost_category, required_amount, funding_source, available_amount, notes) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
              PlanLine l = chunk.get(i);
              ps.setLong(1, id);
              ps.setInt(2, offset + i + 1);
              ps.setString(3, l.actionId());
              ps.setString(4, l.institution());
              ps.setInt(5, l.year());
              ps.setString(6, l.costCategory());
              ps.setBigDecimal(7, l.required());
              ps.setString(8, l.fundingSource());
              ps.setBigDecimal(9, l.available());
              if (l.notes() == null) {
                ps.setNull(10, Types.VARCHAR);
              } else {
                ps.setString(10, l.notes());
              }
            }

            @Override
            public int getBatchSize() {
              return chunk.size();
            }
          });
    }
    return version;
  }

  public Optional<StoredVersion> latest(String code) {
    return jdbc.query("select " + VERSION_COLUMNS + " from fin_plan_version where programme_code = ? "
        + "order by version_no desc fetch first 1 rows only", VERSION, code).stream().findFirst();
  }

  /**
   * The latest version of each of these programmes in one query (the monitoring list); a programme without a plan is
   * left out. At most 500 codes a call.
   */
  public List<StoredVersion> latest(java.util.Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    String marks = String.join(", ", java.util.Collections.nCopies(codes.size(), "?"));
    return jdbc.query("select " + VERSION_COLUMNS + " from fin_plan_version v where programme_code in (" + marks
        + ") and version_no = (select max(version_no) from fin_plan_version w where w.programme_code = "
        + "v.programme_code)", VERSION, codes.toArray());
  }

  public Optional<StoredVersion> version(String code, int version) {
    return jdbc.query("select " + VERSION_COLUMNS + " from fin_plan_version where programme_code = ? "
        + "and version_no = ?", VERSION, code, version).stream().findFirst();
  }

  public List<StoredVersion> versions(String code) {
    return jdbc.query("select " + VERSION_COLUMNS + " from fin_plan_version where programme_code = ? "
        + "order by version_no", VERSION, code);
  }

  public List<PlanLine> lines(long versionId) {
    return jdbc.query("select action_id, institution, plan_year, cost_category, required_amount, funding_source, "
        + "available_amount, notes from fin_plan_line where version_id = ? order by line_no",
        (rs, n) -> new PlanLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getBigDecimal(5).setScale(2), rs.getString(6), rs.getBigDecimal(7).setScale(2), rs.getString(8)),
        versionId);
  }

  public Optional<byte[]> originalFile(String code, int version) {
    return jdbc.query("select file_bytes from fin_plan_version where programme_code = ? and version_no = ?",
        (rs, n) -> rs.getBytes(1), code, version).stream().findFirst();
  }

  public boolean markApproved(String code, int version, String by, Instant at) {
    return jdbc.update("update fin_plan_version set approved = ?, approved_by = ?, approved_at = ? "
        + "where programme_code = ? and version_no = ?", true, by, Timestamp.from(at), code, version) == 1;
  }

  public void insertAttempt(String code, String user, Instant at, String fileName, long size, List<String> errors) {
    jdbc.update("insert into fin_plan_attempt (programme_code, attempted_by, attempted_at, file_name, file_size, "
        + "error_count, errors_text) values (?, ?, ?, ?, ?, ?, ?)", code, user, Timestamp.from(at), fileName, size,
        errors.size(), String.join("\n", errors));
  }

  public List<Attempt> attempts(String code) {
    return jdbc.query("select programme_code, attempted_by, attempted_at, file_name, file_size, error_count, "
        + "errors_text from fin_plan_attempt where programme_code = ? order by attempted_at, id",
        (rs, n) -> new Attempt(rs.getString(1), rs.getString(2), instant(rs, "attempted_at"), rs.getString(4),
            rs.getLong(5), rs.getInt(6), List.of(rs.getString(7).split("\n"))), code);
  }

  /** Replaces the pledges of one donor (a donor may record them again). */
  public void replacePledges(String code, String donor, List<DonorPledge> pledges) {
    tx.executeWithoutResult(status -> {
      jdbc.update("delete from fin_donor_pledge where programme_code = ? and donor = ?", code, donor);
      for (DonorPledge p : pledges) {
        jdbc.update("insert into fin_donor_pledge (programme_code, donor, amount, pledge_year, action_id, "
            + "institution, conditions, agenda, recorded_by, recorded_at, priority_ids) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            code, donor, p.amount(), p.year(), p.actionId(), p.institution(), p.conditions(), p.agenda(),
            p.recordedBy(), Timestamp.from(p.recordedAt()),
            p.priorityIds().isEmpty() ? null : String.join(",", p.priorityIds()));
      }
    });
  }

  public List<DonorPledge> pledges(String code) {
    return jdbc.query("select donor, amount, pledge_year, action_id, institution, conditions, agenda, recorded_by, "
        + "recorded_at, priority_ids from fin_donor_pledge where programme_code = ? order by donor, pledge_year, id",
        (rs, n) -> new DonorPledge(rs.getString(1), rs.getBigDecimal(2).setScale(2), rs.getInt(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, "recorded_at"),
            rs.getString(10) == null ? List.of() : List.of(rs.getString(10).split(","))), code);
  }

  static BigDecimal nz(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
