package org.ssr.workflow.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL only: gives the planner statistics on the permission bits of {@code ACT_RU_AUTHORIZATION}, so that the
 * engine's authorization-checked queries (Tasklist's task list above all) are planned for the real number of
 * authorizations (docs/benchmarks.md "Engine and cluster", task query).
 *
 * <p>Why: with authorizations on, every task carries one READ/TASK_WORK grant per candidate group, so a group with
 * 10,000 open tasks has 10,000 rows in {@code ACT_RU_AUTHORIZATION}. The engine's task query joins them with
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')} and filters them with {@code PERMS_ & 2 = 2}. PostgreSQL has
 * no statistics for such an expression and assumes 0.5 % of the rows match, i.e. 50 grants instead of 10,000; it
 * then reads the grants once into memory and compares every task with every grant (10,000 × 10,000 for a count,
 * seconds for a page) instead of looking each task's grant up in {@code ACT_IDX_AUTH_RESOURCE_ID} (under a
 * millisecond). An expression statistics object ({@code CREATE STATISTICS ... ON (PERMS_ & n)}, PostgreSQL 14+) gives
 * the planner the true fraction; autovacuum keeps it current. The object changes no data and no schema Camunda
 * manages (Camunda's upgrade scripts never touch it; dropping the table drops it), and is created after the engine
 * created or updated its tables, which is why it is not a Flyway migration (Flyway may run before Camunda's schema
 * exists on an empty database).
 *
 * <p>The planner can use the statistics only when it sees the permission values, i.e. for plans made with the
 * statement's parameters. The {@code postgres} profile therefore sets the driver's {@code prepareThreshold=0}
 * (application-postgres.yaml), without which the driver switches to named server-side statements after five runs
 * and PostgreSQL to a generic plan, which is the slow one again.
 */
@Component
public class AuthorizationQueryStatistics extends AbstractProcessEnginePlugin {

  /** The name carries a version: a changed list of permissions gets a new object, the old one is dropped. */
  static final String STATISTICS_NAME = "ssr_auth_perms_v1";
  private static final String OLDER_VERSIONS_LIKE = "ssr_auth_perms_v%";

  /**
   * The permission bits the engine tests with {@code PERMS_ & n = n} in its authorization joins: READ (tasks,
   * process instances, ...), READ_TASK and READ_INSTANCE on process definitions, READ_HISTORY.
   */
  static final List<Integer> PERMISSION_BITS = List.of(Permissions.READ.getValue(), Permissions.READ_TASK.getValue(),
      Permissions.READ_INSTANCE.getValue(), Permissions.READ_HISTORY.getValue());

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationQueryStatistics.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (configuration == null || !DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      return;
    }
    String table = (configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix())
        + "ACT_RU_AUTHORIZATION";
    try (Connection connection = configuration.getDataSource().getConnection()) {
      ensure(connection, table);
    } catch (SQLException e) {
      // a missing planner hint makes authorization-checked queries slow, not wrong: keep the engine running
      LOG.warn("Could not create the planner statistics {} on {}; authorization-checked task queries may be slow on "
          + "large task lists (docs/benchmarks.md)", STATISTICS_NAME, table, e);
    }
  }

  /** Creates the statistics object if it is missing and analyses the table once; true if it created it. */
  static boolean ensure(Connection connection, String table) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      if (exists(connection, STATISTICS_NAME)) {
        return false;
      }
      for (String older : olderVersions(connection)) {
        statement.execute("DROP STATISTICS IF EXISTS " + older);
      }
      String expressions = PERMISSION_BITS.stream().map(bit -> "(PERMS_ & " + bit + ")")
          .collect(Collectors.joining(", "));
      // one expression: univariate statistics; several: the same per expression (plus harmless cross statistics)
      statement.execute("CREATE STATISTICS IF NOT EXISTS " + STATISTICS_NAME + " ON " + expressions + " FROM "
          + table);
      statement.execute("ANALYZE " + table);
      LOG.info("Created planner statistics {} on {} ({})", STATISTICS_NAME, table, expressions);
      return true;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static boolean exists(Connection connection, String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select 1 from pg_statistic_ext where stxname = ? and pg_catalog.pg_statistics_obj_is_visible(oid)")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static List<String> olderVersions(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select stxname from pg_statistic_ext where stxname like ? and stxname <> ?"
            + " and pg_catalog.pg_statistics_obj_is_visible(oid)")) {
      query.setString(1, OLDER_VERSIONS_LIKE);
      query.setString(2, STATISTICS_NAME);
      try (ResultSet rows = query.executeQuery()) {
        List<String> names = new java.util.ArrayList<>();
        while (rows.next()) {
          names.add(rows.getString(1).toLowerCase(Locale.ROOT));
        }
        return names;
      }
    }
  }
}
