package org.ssr.workflow.cluster;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.slf4j.LoggerFactory;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * Issue 18, item 1: the authorized task query alone, in one JVM with the engine's API, to find out where the
 * difference between "219 ms" (the old benchmark) and "4 ms" (a probe) comes from. Not a test ({@code bench}).
 *
 * <p>Builds an engine with authorizations on (the application's settings that matter here: history full, the
 * candidate group's default grant READ + TASK_WORK) on H2 in memory, H2 file or embedded PostgreSQL; creates
 * {@code tasks} open tasks of {@code parliamentOversight}, as standalone tasks (what the old benchmark created
 * through {@code POST /task/create}) or as user tasks of a process (what the application has); then times, single
 * threaded, median of 30 after 30 to warm up, as a member of the group and without authentication (an
 * administrator's check is skipped the same way):
 * <ul>
 *   <li>{@code old}: {@code candidateGroup}, {@code created desc}, page 950 + 50 (the old benchmark's request);</li>
 *   <li>{@code tasklist}: the body's filter ({@code candidateGroup}, {@code includeAssignedTasks},
 *       {@code processDefinitionKey}) with Tasklist's {@code active} and {@code created desc}, page 0 + 15;</li>
 *   <li>{@code count}: the same filter's count (the HAL list Tasklist asks for counts every time).</li>
 * </ul>
 * The SQL of each query as the engine sent it is captured from MyBatis' log and its plan printed.
 *
 * <p>Usage: {@code TaskQueryProbe <h2-mem|h2-file|postgres> <tasks> <standalone|process> [processTasksOnly]
 * [tenantCheckOff]}; {@code processTasksOnly} sets {@code cmmnEnabled=false} and {@code standaloneTasksEnabled=false},
 * {@code tenantCheckOff} {@code tenantCheckEnabled=false}.
 */
public final class TaskQueryProbe {

  private static final String GROUP = "parliamentOversight";
  private static final String USER = "parliament";
  private static final String PROCESS = "oversight-review";

  private TaskQueryProbe() {}

  public static void main(String[] args) throws Exception {
    String database = args.length > 0 ? args[0] : "h2-mem";
    int tasks = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    boolean standalone = !(args.length > 2 && args[2].equals("process"));
    List<String> options = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
    boolean processTasksOnly = options.contains("processTasksOnly");
    boolean tenantCheckOff = options.contains("tenantCheckOff");
    String label = database + ", " + tasks + (standalone ? " standalone" : " process") + " tasks"
        + (processTasksOnly ? ", cmmnEnabled=false standaloneTasksEnabled=false" : "")
        + (tenantCheckOff ? ", tenantCheckEnabled=false" : "");
    try {
      run(label, database, tasks, standalone, processTasksOnly, tenantCheckOff);
    } finally {
      EmbeddedPostgresServer.stopShared();
    }
    System.exit(0);
  }

  private static void run(String label, String database, int tasks, boolean standalone, boolean processTasksOnly,
      boolean tenantCheckOff) throws Exception {
    String url = switch (database) {
      case "h2-mem" -> "jdbc:h2:mem:probe;DB_CLOSE_DELAY=-1";
      case "h2-file" -> "jdbc:h2:file:" + java.nio.file.Files.createTempDirectory("probe") + "/probe;WRITE_DELAY=0";
      default -> EmbeddedPostgresServer.shared().createDatabase("probe");
    };
    String driver = url.startsWith("jdbc:h2") ? "org.h2.Driver" : "org.postgresql.Driver";
    String user = url.startsWith("jdbc:h2") ? "sa" : EmbeddedPostgresServer.user();
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("probe");
    PooledDataSource dataSource = new PooledDataSource(driver, url, user, "");
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setAuthorizationEnabled(true);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    if (processTasksOnly) {
      configuration.setCmmnEnabled(false);
      configuration.setStandaloneTasksEnabled(false);
    }
    if (tenantCheckOff) {
      configuration.setTenantCheckEnabled(false);
    }
    ProcessEngine engine = configuration.buildProcessEngine();
    IdentityService identity = engine.getIdentityService();
    TaskService taskService = engine.getTaskService();

    Instant seeding = Instant.now();
    if (!standalone) {
      engine.getRepositoryService().createDeployment().addModelInstance("review.bpmn",
          Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(3650).startEvent()
              .userTask("UserTask_ReviewDocument").camundaCandidateGroups(GROUP).endEvent().done()).deploy();
    }
    for (int n = 0; n < tasks; n++) {
      if (standalone) {
        Task task = taskService.newTask("benchTask" + n);
        task.setName("Review item " + n);
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), GROUP);
      } else {
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "R" + n);
      }
    }
    print(label + ": seeded in " + Duration.between(seeding, Instant.now()).toSeconds() + " s; grants "
        + engine.getAuthorizationService().createAuthorizationQuery().count() + "; load "
        + EngineBenchmarks.loadAverage());

    List<String> groups = List.of(GROUP);
    Supplier<TaskQuery> old = () -> taskService.createTaskQuery().taskCandidateGroup(GROUP).orderByTaskCreateTime()
        .desc();
    Supplier<TaskQuery> tasklist = () -> {
      TaskQuery query = taskService.createTaskQuery().taskCandidateGroup(GROUP).includeAssignedTasks().active();
      if (!standalone) {
        query.processDefinitionKey(PROCESS);
      }
      return query.orderByTaskCreateTime().desc();
    };
    for (boolean member : List.of(true, false)) {
      if (member) {
        identity.setAuthentication(USER, groups);
      } else {
        identity.clearAuthentication();
      }
      String who = member ? "member" : "no authentication (admin)";
      long seen = tasklist.get().count();
      print(String.format(Locale.ROOT, "%s: %s sees %d; old page %.2f ms, tasklist page %.2f ms, count %.2f ms",
          label, who, seen,
          time(() -> old.get().listPage(950, 50).size()),
          time(() -> tasklist.get().listPage(0, 15).size()),
          time(() -> tasklist.get().count())));
      {
        for (String kind : List.of("old", "tasklist", "count")) {
          List<String> statements = capture(() -> {
            if (kind.equals("old")) {
              old.get().listPage(950, 50);
            } else if (kind.equals("tasklist")) {
              tasklist.get().listPage(0, 15);
            } else {
              tasklist.get().count();
            }
          });
          for (String sql : statements) {
            print("SQL (" + kind + ", " + who + "):\n" + sql);
            print("plan:\n" + explain(dataSource, url.startsWith("jdbc:h2") ? "EXPLAIN ANALYZE " + sql
                : "EXPLAIN (ANALYZE, BUFFERS) " + sql));
          }
        }
      }
    }
    identity.clearAuthentication();
    engine.close();
  }

  /** Median in ms of 30 runs after 30 to warm up. */
  private static double time(Supplier<Object> query) {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      long start = System.nanoTime();
      query.get();
      if (i >= 30) {
        times.add(System.nanoTime() - start);
      }
    }
    Collections.sort(times);
    return times.get(times.size() / 2) / 1e6;
  }

  /** The task statements the engine sent while {@code action} ran, parameters inlined. */
  private static List<String> capture(Runnable action) {
    Logger logger = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    Level before = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    try {
      action.run();
    } finally {
      logger.setLevel(before);
      logger.detachAppender(appender);
    }
    String log = appender.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", (a, b) -> a + "\n" + b);
    return ScaleBenchmarks.statements(log);
  }

  private static String explain(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      StringBuilder plan = new StringBuilder();
      while (rows.next()) {
        plan.append(rows.getString(1)).append('\n');
      }
      return plan.toString();
    } catch (Exception e) {
      return "EXPLAIN failed: " + e;
    }
  }

  private static void print(String line) {
    System.out.println("[task-query-probe] " + line);
  }
}
