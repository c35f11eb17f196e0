package org.ssr.workflow.finance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Budget execution versions, rows and refused attempts in the tables of V15__budget_execution.sql. */
public class BudgetExecutionRepository {

  static final int VERSION_ATTEMPTS = FinancialPlanRepository.VERSION_ATTEMPTS;
  private final JdbcTemplate jdbc;
  /** A version and its rows in a savepoint of the caller's transaction or their own (see FinancialPlanRepository). */
  private final TransactionTemplate versionTx;

  public BudgetExecutionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.versionTx = new TransactionTemplate(transactions);
    this.versionTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** A stored version without its rows. */
  public record VersionInfo(String programmeCode, int year, int version, Integer planVersion, String uploadedBy,
      Instant uploadedAt, String fileName, int rowCount) {}

  record Stored(long id, VersionInfo info) {}

  /** A refused upload. */
  public record Attempt(String programmeCode, int year, String attemptedBy, Instant attemptedAt, String fileName,
      long fileSize, int errorCount, List<String> errors) {}

  private static final RowMapper<Stored> VERSION = (rs, n) -> new Stored(rs.getLong("id"),
      new VersionInfo(rs.getString("programme_code"), rs.getInt("exec_year"), rs.getInt("version_no"),
          (Integer) rs.getObject("plan_version", Integer.class), rs.getString("uploaded_by"),
          instant(rs, "uploaded_at"), rs.getString("file_name"), rs.getInt("row_count")));

  private static final String COLUMNS = "id, programme_code, exec_year, version_no, plan_version, uploaded_by, "
      + "uploaded_at, file_name, row_count";

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  /**
   * Stores a new version of the year with its rows; the next number after the highest stored. Two uploads at the
   * same moment: the unique constraint lets one store the number, the other undoes its attempt and takes the next
   * (as plan versions do); after {@value #VERSION_ATTEMPTS} lost races, or when the database gives up waiting, it
   * fails with {@link ExecutionVersionConflictException} and nothing of it is stored.
   */
  public int insertVersion(String code, int year, Integer planVersion, String user, Instant at, String fileName,
      byte[] file, List<ExecutionLine> lines) {
    for (int attempt = 1; ; attempt++) {
      try {
        return versionTx.execute(status -> insert(code, year, planVersion, user, at, fileName, file, lines));
      } catch (DuplicateKeyException e) {
        if (attempt >= VERSION_ATTEMPTS) {
          throw new ExecutionVersionConflictException(code, year, e);
        }
      } catch (PessimisticLockingFailureException | QueryTimeoutException e) {
        throw new ExecutionVersionConflictException(code, year, e);
      }
    }
  }

  private int insert(String code, int year, Integer planVersion, String user, Instant at, String fileName,
      byte[] file, List<ExecutionLine> lines) {
    Integer max = jdbc.queryForObject("select max(version_no) from fin_execution_version where programme_code = ? "
        + "and exec_year = ?", Integer.class, code, year);
    int version = (max == null ? 0 : max) + 1;
    jdbc.update("insert into fin_execution_version (programme_code, exec_year, version_no, plan_version, "
        + "uploaded_by, uploaded_at, file_name, file_bytes, row_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        code, year, version, planVersion, user, Timestamp.from(at), fileName, file, lines.size());
    Long id = jdbc.queryForObject("select id from fin_execution_version where programme_code = ? and exec_year = ? "
        + "and version_no = ?", Long.class, code, year, version);
    int n = 0;
    for (ExecutionLine l : lines) {
      jdbc.update("insert into fin_execution_row (version_id, row_no, action_id, institution, exec_year, "
          + "funding_source, planned_amount, committed_amount, spent_amount, notes) "
          + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, ++n, l.actionId(), l.institution(), l.year(),
          l.fundingSource(), l.planned(), l.committed(), l.spent(), l.notes());
    }
    return version;
  }

  public List<VersionInfo> versions(String code, int year) {
    return jdbc.query("select " + COLUMNS + " from fin_execution_version where programme_code = ? and exec_year = ? "
        + "order by version_no", VERSION, code, year).stream().map(Stored::info).toList();
  }

  Optional<Stored> version(String code, int year, Integer version) {
    if (version == null) {
      return jdbc.query("select " + COLUMNS + " from fin_execution_version where programme_code = ? and exec_year = ? "
          + "order by version_no desc", VERSION, code, year).stream().findFirst();
    }
    return jdbc.query("select " + COLUMNS + " from fin_execution_version where programme_code = ? and exec_year = ? "
        + "and version_no = ?", VERSION, code, year, version).stream().findFirst();
  }

  List<ExecutionLine> lines(long versionId) {
    return jdbc.query("select action_id, institution, exec_year, funding_source, planned_amount, committed_amount, "
        + "spent_amount, notes from fin_execution_row where version_id = ? order by row_no",
        (rs, n) -> new ExecutionLine(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
            rs.getBigDecimal(5).setScale(2), rs.getBigDecimal(6).setScale(2), rs.getBigDecimal(7).setScale(2),
            rs.getString(8)), versionId);
  }

  public Optional<byte[]> originalFile(String code, int year, int version) {
    return jdbc.query("select file_bytes from fin_execution_version where programme_code = ? and exec_year = ? "
        + "and version_no = ?", (rs, n) -> rs.getBytes(1), code, year, version).stream().findFirst();
  }

  public void insertAttempt(String code, int year, String user, Instant at, String fileName, long size,
      List<String> errors) {
    jdbc.update("insert into fin_execution_attempt (programme_code, exec_year, attempted_by, attempted_at, file_name, "
        + "file_size, error_count, errors_text) values (?, ?, ?, ?, ?, ?, ?, ?)", code, year, user,
        Timestamp.from(at), fileName, size, errors.size(), String.join("\n", errors));
  }

  public List<Attempt> attempts(String code, int year) {
    return jdbc.query("select programme_code, exec_year, attempted_by, attempted_at, file_name, file_size, "
        + "error_count, errors_text from fin_execution_attempt where programme_code = ? and exec_year = ? "
        + "order by attempted_at, id", (rs, n) -> new Attempt(rs.getString(1), rs.getInt(2), rs.getString(3),
            instant(rs, "attempted_at"), rs.getString(5), rs.getLong(6), rs.getInt(7),
            List.of(rs.getString(8).split("\n"))), code, year);
  }
}
