package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * {@link EngineIndexes} creates its two indexes once the engine made its tables, on H2 and on PostgreSQL, again
 * without complaint at the next start, and the database uses them for the lookups they are for: a task's subtasks,
 * and whether a programme ever offered a task to a group.
 */
class EngineIndexesTest {

  private static final String SUBTASKS = "SELECT * FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'task-1'";
  private static final String OFFERED = "SELECT 1 FROM ACT_HI_IDENTITYLINK L WHERE L.ROOT_PROC_INST_ID_ = 'pi-1'"
      + " AND L.GROUP_ID_ = 'parliamentOversight' AND L.TYPE_ = 'candidate'";

  @Test
  void onH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:engine-indexes;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    checkIndexes("engine-indexes-h2", h2, "EXPLAIN ");
  }

  @Test
  void onPostgresql() throws Exception {
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setUrl(EmbeddedPostgresServer.shared().createDatabase("engine_indexes"));
    postgres.setUser(EmbeddedPostgresServer.user());
    // a planner that may scan instead of seeking on a nearly empty table: ask it to seek where it can
    checkIndexes("engine-indexes-postgres", postgres, "SET enable_seqscan = off; EXPLAIN ");
  }

  private static void checkIndexes(String name, DataSource dataSource, String explain) throws Exception {
    for (int start = 1; start <= 2; start++) {
      StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
      configuration.setProcessEngineName(name + "-" + start);
      configuration.setDataSource(dataSource);
      configuration.setDatabaseSchemaUpdate("true");
      configuration.setJobExecutorActivate(false);
      configuration.setHistory("full");
      configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new EngineIndexes())));
      configuration.buildProcessEngine().close();
    }
    try (Connection db = dataSource.getConnection()) {
      // what the plugin runs at every start: harmless once the indexes exist (it only logs a failure, so ask here)
      try (Statement again = db.createStatement()) {
        for (String statement : EngineIndexes.statements(null)) {
          again.execute(statement);
        }
      }
      assertThat(plan(db, explain + SUBTASKS)).containsIgnoringCase(EngineIndexes.TASK_PARENT);
      assertThat(plan(db, explain + OFFERED)).containsIgnoringCase(EngineIndexes.LINK_ROOT_GROUP);
    }
  }

  private static String plan(Connection db, String sql) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (Statement statement = db.createStatement()) {
      String[] parts = sql.split("; ");
      for (int i = 0; i < parts.length - 1; i++) {
        statement.execute(parts[i]);
      }
      try (ResultSet rows = statement.executeQuery(parts[parts.length - 1])) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }
}
