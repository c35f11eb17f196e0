package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * The task list of a group with thousands of open tasks on PostgreSQL: with {@link AuthorizationQueryStatistics}
 * the planner knows how many grants match the permission filter and looks each task's grant up in the index,
 * instead of comparing every task with every grant (docs/benchmarks.md, task query). The query is the one the engine
 * really sends (recorded from the JDBC calls) and its plan is read with EXPLAIN; its answers stay the same: a body
 * sees its own tasks and nothing of another body's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationQueryStatisticsTest {

  private static final int PARLIAMENT_TASKS = 3_000;
  private static final int JUSTICE_TASKS = 1_000;

  private String jdbcUrl;
  private ProcessEngine engine;
  private final List<Recorded> recorded = new ArrayList<>();
  private volatile boolean recording;

  @BeforeAll
  void startEngineOnPostgresql() {
    jdbcUrl = EmbeddedPostgresServer.shared().createDatabase("auth_stats");
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setUrl(jdbcUrl);
    postgres.setUser(EmbeddedPostgresServer.user());
    postgres.setPrepareThreshold(0); // as the postgres profile (application-postgres.yaml)
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("authorization-statistics-test");
    configuration.setDataSource(recordingDataSource(postgres));
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setAuthorizationEnabled(true);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new AuthorizationQueryStatistics())));
    engine = configuration.buildProcessEngine();

    IdentityService identity = engine.getIdentityService();
    for (String group : List.of("parliamentOversight", "justiceOversight")) {
      identity.saveGroup(identity.newGroup(group));
    }
    identity.saveUser(identity.newUser("parliament"));
    identity.createMembership("parliament", "parliamentOversight");
    identity.saveUser(identity.newUser("justice"));
    identity.createMembership("justice", "justiceOversight");
    seed("parliament", PARLIAMENT_TASKS, "parliamentOversight", configuration);
    seed("justice", JUSTICE_TASKS, "justiceOversight", configuration);
  }

  @AfterAll
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void theStatisticsExistOnceAndGiveThePlannerTheTrueNumberOfGrants() throws Exception {
    try (Connection db = connect(); Statement statement = db.createStatement()) {
      assertThat(AuthorizationQueryStatistics.ensure(db, "ACT_RU_AUTHORIZATION")).as("created only once").isFalse();
      statement.execute("ANALYZE ACT_RU_AUTHORIZATION"); // what autovacuum does after many new grants
      long estimated;
      try (ResultSet plan = statement.executeQuery("EXPLAIN SELECT * FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2"
          + " AND A.GROUP_ID_ IN ('parliamentOversight') AND A.RESOURCE_TYPE_ = 7 AND A.PERMS_ & 2 = 2")) {
        plan.next();
        String line = plan.getString(1);
        estimated = Long.parseLong(line.replaceAll(".* rows=(\\d+).*", "$1"));
      }
      // without the statistics PostgreSQL assumes 0.5 %: 15 of 3,000
      assertThat(estimated).as("estimated grants of parliamentOversight").isBetween(PARLIAMENT_TASKS / 2L,
          PARLIAMENT_TASKS * 2L);
    }
  }

  @Test
  void theTaskListLooksEachTasksGrantUpInsteadOfComparingAllWithAll() throws Exception {
    try (Connection db = connect(); Statement statement = db.createStatement()) {
      statement.execute("ANALYZE");
    }
    List<Task> page;
    recorded.clear();
    recording = true;
    try {
      page = as("parliament", "parliamentOversight", () -> engine.getTaskService().createTaskQuery()
          .taskCandidateGroup("parliamentOversight").orderByTaskCreateTime().desc().listPage(950, 50));
    } finally {
      recording = false;
    }
    assertThat(page).hasSize(50).allSatisfy(task -> assertThat(task.getName()).startsWith("parliament "));
    Recorded query = recorded.stream()
        .filter(r -> r.sql.contains("ACT_RU_TASK RES") && r.sql.contains("ACT_RU_AUTHORIZATION")).findFirst()
        .orElseThrow(() -> new AssertionError("no authorization-checked task query recorded: " + recorded));

    String plan = explain(query);
    assertThat(plan).as("plan of the engine's task query:\n%s\n%s", query.sql(), plan)
        .containsIgnoringCase("act_idx_auth_resource_id")
        .doesNotContain("Materialize");
  }

  @Test
  void eachBodySeesItsOwnTasksAndNoneOfAnothers() {
    assertThat(as("parliament", "parliamentOversight", () -> engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("parliamentOversight").count())).isEqualTo(PARLIAMENT_TASKS);
    assertThat(as("justice", "justiceOversight", () -> engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("parliamentOversight").count())).isZero();
    assertThat(as("justice", "justiceOversight", () -> engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("parliamentOversight").orderByTaskCreateTime().desc().listPage(0, 50))).isEmpty();
    assertThat(as("justice", "justiceOversight", () -> engine.getTaskService().createTaskQuery().count()))
        .isEqualTo(JUSTICE_TASKS);
  }

  // ------------------------------------------------------------------ helpers

  private void seed(String prefix, int count, String group, ProcessEngineConfigurationImpl configuration) {
    TaskService tasks = engine.getTaskService();
    for (int from = 0; from < count; from += 500) {
      int start = from;
      configuration.getCommandExecutorTxRequired().execute(context -> {
        for (int n = start; n < Math.min(count, start + 500); n++) {
          Task task = tasks.newTask(prefix + "-" + n);
          task.setName(prefix + " " + n);
          tasks.saveTask(task);
          tasks.addCandidateGroup(task.getId(), group);
        }
        return null;
      });
    }
  }

  private <T> T as(String user, String group, java.util.function.Supplier<T> call) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return call.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Connection connect() throws Exception {
    return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.user(), "");
  }

  /** EXPLAIN ANALYZE of a recorded statement with its recorded parameters, planned with their values. */
  private String explain(Recorded query) throws Exception {
    try (Connection db = DriverManager.getConnection(jdbcUrl + "?prepareThreshold=0", EmbeddedPostgresServer.user(),
        ""); PreparedStatement explain = db.prepareStatement("EXPLAIN ANALYZE " + query.sql)) {
      for (Map.Entry<Integer, Object> parameter : query.parameters.entrySet()) {
        if (parameter.getValue() == null) {
          explain.setNull(parameter.getKey(), java.sql.Types.VARCHAR);
        } else {
          explain.setObject(parameter.getKey(), parameter.getValue());
        }
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private record Recorded(String sql, Map<Integer, Object> parameters) {}

  /** A DataSource that records the SQL and parameters of the prepared statements while {@link #recording}. */
  private DataSource recordingDataSource(DataSource target) {
    return proxy(DataSource.class, target, (method, args, result) -> result instanceof Connection connection
        ? proxy(Connection.class, connection, (m, a, r) -> {
          if (recording && r instanceof PreparedStatement statement && m.getName().equals("prepareStatement")) {
            Recorded record = new Recorded((String) a[0], new TreeMap<>());
            recorded.add(record);
            return proxy(PreparedStatement.class, statement, (pm, pa, pr) -> {
              if (pm.getName().startsWith("set") && pa != null && pa.length >= 2 && pa[0] instanceof Integer index) {
                record.parameters.put(index, pm.getName().equals("setNull") ? null : pa[1]);
              }
              return pr;
            });
          }
          return r;
        })
        : result);
  }

  private interface AfterCall {
    Object apply(java.lang.reflect.Method method, Object[] args, Object result) throws Exception;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler = (self, method, args) -> {
      try {
        return after.apply(method, args, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
