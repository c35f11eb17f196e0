package org.ssr.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes on the engine's tables that Camunda does not create and that an installation with years of history
 * needs (docs/benchmarks.md, "Fourth pass"; docs/operations.md, "Indexes of our own on the engine's tables"):
 * <ul>
 *   <li>{@value #TASK_PARENT} on {@code ACT_RU_TASK (PARENT_TASK_ID_)}: completing a task makes the engine look for
 *       its subtasks by {@code PARENT_TASK_ID_}, which no index covers, so every completion read the whole task table
 *       (16 ms on H2 with the load model's 20,000 open tasks; 0.2 ms with the index);</li>
 *   <li>{@value #LINK_ROOT_GROUP} on {@code ACT_HI_IDENTITYLINK (ROOT_PROC_INST_ID_, GROUP_ID_, TYPE_)}: whether a
 *       body was ever offered a task of a programme ({@code ProgrammeAccess}, a member's dashboard) is one seek per
 *       programme, however many tasks the body was offered over the years.</li>
 * </ul>
 * Created after the engine created or updated its tables (which is why they are not a Flyway migration: on an empty
 * database Flyway runs before Camunda's schema exists), with {@code CREATE INDEX IF NOT EXISTS}, on H2 and PostgreSQL.
 * They change no data; Camunda's upgrade scripts do not touch them. A failure leaves the engine running, slower, and
 * says which statement to run by hand.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String TASK_PARENT = "SSR_IDX_TASK_PARENT";
  static final String LINK_ROOT_GROUP = "SSR_IDX_HI_IDENT_LNK_ROOT_GROUP";

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    for (String statement : statements(configuration.getDatabaseTablePrefix())) {
      try (Connection connection = configuration.getDataSource().getConnection()) {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement create = connection.createStatement()) {
          create.execute(statement);
        } finally {
          connection.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        // a missing index makes these reads slow, not wrong: keep the engine running
        LOG.warn("Could not create an index the application needs at scale; run it by hand: {}", statement, e);
      }
    }
  }

  /** The statements, for the engine's table prefix (none by default). */
  static List<String> statements(String tablePrefix) {
    String prefix = tablePrefix == null ? "" : tablePrefix;
    List<String> statements = new ArrayList<>();
    statements.add("CREATE INDEX IF NOT EXISTS " + TASK_PARENT + " ON " + prefix + "ACT_RU_TASK (PARENT_TASK_ID_)");
    statements.add("CREATE INDEX IF NOT EXISTS " + LINK_ROOT_GROUP + " ON " + prefix
        + "ACT_HI_IDENTITYLINK (ROOT_PROC_INST_ID_, GROUP_ID_, TYPE_)");
    return statements;
  }
}
