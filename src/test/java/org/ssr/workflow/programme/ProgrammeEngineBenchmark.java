package org.ssr.workflow.programme;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.ssr.workflow.monitoring.TasklistLabels;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess.Beans;
import org.ssr.workflow.support.EmbeddedPostgresServer;
import org.ssr.workflow.support.SpringBootLikeDeployment;
import org.ssr.workflow.support.SqlStatementCounter;

/**
 * Engine benchmark, part "full programme" ({@code -Pbench}, docs/benchmarks.md "Engine and cluster"): a whole
 * ssr-programme driven through the Java API by {@link ProgrammeDriver} (every task completed, history full), against
 * a bare process with the same number of no-op user tasks driven the same way (form service, the driver's queries
 * per task), on H2 and on PostgreSQL; the two alternate run by run and CPU time of the driving thread is reported
 * beside wall-clock. The beans are the ones SsrProgrammeProcessTest uses (real programme and oversight delegates,
 * finance contract mocks). Not a test. Run by the {@code bench} profile (execution programme-engine-benchmark).
 * Before any timing it counts, for one programme and one bare run on H2, the SQL statements sent (through
 * {@link SqlStatementCounter}), the historic variables and the history detail rows; with 0 iterations it only counts
 * (H2 only, about a minute).
 * Usage: {@code ProgrammeEngineBenchmark <report.md> [iterations]}.
 */
public final class ProgrammeEngineBenchmark {

  private static final AtomicInteger PLAN_VERSION = new AtomicInteger();
  private static final Map<ProcessEngine, SqlStatementCounter> COUNTERS = new HashMap<>();

  private ProgrammeEngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args.length > 0 ? args[0] : "target/programme-benchmark.md");
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    registerBeans();
    List<String> lines = new ArrayList<>();
    lines.add("Run " + Instant.now() + ", " + iterations + " measured iterations after " + iterations / 2
        + " warm-up, load average at start " + Files.readString(Path.of("/proc/loadavg")).trim());

    ProcessEngine h2 = engine("bench-h2", "org.h2.Driver", "jdbc:h2:mem:bench-h2;DB_CLOSE_DELAY=-1", "sa");
    List<ProcessEngine> engines = new ArrayList<>(List.of(h2));
    ProcessEngine pgOrNull = null;
    if (iterations > 0) {
      pgOrNull = engine("bench-pg", "org.postgresql.Driver",
          EmbeddedPostgresServer.shared().createDatabase("bench"), EmbeddedPostgresServer.user());
      engines.add(pgOrNull);
    }
    for (ProcessEngine engine : engines) {
      SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
          "bpmn-stubs/risk-handling-stub.bpmn");
    }
    int tasks = tasksOfOneProgramme(h2);
    for (ProcessEngine engine : engines) {
      engine.getRepositoryService().createDeployment().addModelInstance("bare-noop.bpmn", bareProcess(tasks))
          .deploy();
    }

    // counts first, on the warmed-up H2 engine: what one programme and one bare run write and send
    Counts programmeCounts = count(h2, () -> runProgramme(h2));
    Counts bareCounts = count(h2, () -> runBare(h2));
    lines.add(String.format(Locale.ROOT, "counts of one run on H2 (history full): programme %s; bare process %s; "
        + "SQL statements programme/bare %.2f", programmeCounts, bareCounts,
        (double) programmeCounts.statements() / bareCounts.statements()));
    if (iterations == 0) {
      h2.close();
      finish(report, lines);
      return;
    }
    ProcessEngine pg = pgOrNull;

    // programme and bare run alternately (A/B in one JVM), so load from other processes hits both alike; CPU time of
    // the driving thread (which also runs the engine and the in-memory H2) is the steadier figure on a shared machine
    Timing[] h2Runs = measure(iterations, () -> runProgramme(h2), () -> runBare(h2));
    Timing h2Programme = h2Runs[0];
    Timing h2Bare = h2Runs[1];
    lines.add(String.format(Locale.ROOT, "full programme (%d user tasks incl. the called oversight reviews) on H2: "
        + "%s; bare process with %d no-op user tasks on H2: %s; ratio %.2f by CPU time, %.2f by wall-clock "
        + "(issue 18, item 5: target <= 2)", tasks, h2Programme, tasks, h2Bare, h2Programme.cpuMs() / h2Bare.cpuMs(),
        h2Programme.wallMs() / h2Bare.wallMs()));
    Timing[] pgRuns = measure(iterations, () -> runProgramme(pg), () -> runBare(pg));
    Timing pgProgramme = pgRuns[0];
    Timing pgBare = pgRuns[1];
    lines.add(String.format(Locale.ROOT, "full programme on PostgreSQL 16: %s vs H2 %s: wall-clock ratio %.2f; bare "
        + "process on PostgreSQL %s (programme/bare on PostgreSQL %.2f by wall-clock; CPU time excludes the "
        + "PostgreSQL server)", pgProgramme, h2Programme, pgProgramme.wallMs() / h2Programme.wallMs(), pgBare,
        pgProgramme.wallMs() / pgBare.wallMs()));
    h2.close();
    pg.close();
    EmbeddedPostgresServer.stopShared();
    finish(report, lines);
  }

  private static void finish(Path report, List<String> lines) throws java.io.IOException {
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.write(report, lines);
    lines.forEach(line -> System.out.println("[programme-bench] " + line));
    System.exit(0);
  }

  /**
   * What one run sends and leaves in the history: SQL statements (by first keyword), historic variable instances
   * (by process definition key, task-local ones apart) and history detail rows (variable updates, form fields).
   */
  record Counts(long statements, Map<String, Long> statementsByKind, int variables, Map<String, Long> variablesByOwner,
      long detailRows, long variableUpdates) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d SQL statements %s, %,d historic variables %s, %,d history detail rows "
          + "(%,d variable updates)", statements, statementsByKind, variables, variablesByOwner, detailRows,
          variableUpdates);
    }
  }

  private static Counts count(ProcessEngine engine, Runnable run) {
    HistoryService history = engine.getHistoryService();
    Set<String> variablesBefore = history.createHistoricVariableInstanceQuery().list().stream()
        .map(HistoricVariableInstance::getId).collect(Collectors.toCollection(HashSet::new));
    long detailsBefore = history.createHistoricDetailQuery().count();
    long updatesBefore = history.createHistoricDetailQuery().variableUpdates().count();
    SqlStatementCounter counter = COUNTERS.get(engine);
    counter.reset();
    run.run();
    long statements = counter.total();
    Map<String, Long> byKind = counter.byKind();
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery().list().stream()
        .filter(variable -> !variablesBefore.contains(variable.getId())).toList();
    Map<String, Long> byOwner = new TreeMap<>(variables.stream().collect(Collectors.groupingBy(
        variable -> variable.getProcessDefinitionKey() + (variable.getTaskId() != null ? " task-local" : ""),
        Collectors.counting())));
    return new Counts(statements, byKind, variables.size(), byOwner,
        history.createHistoricDetailQuery().count() - detailsBefore,
        history.createHistoricDetailQuery().variableUpdates().count() - updatesBefore);
  }

  private static ProcessEngine engine(String name, String driver, String url, String user) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    // the engine's own default pool, wrapped to count the statements it sends
    SqlStatementCounter counter = new SqlStatementCounter(new PooledDataSource(driver, url, user, ""));
    configuration.setDataSource(counter);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setExpressionManager(new MockExpressionManager());
    // the application labels every user task for Tasklist's list columns: part of a programme's cost
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin(), new TasklistLabels())));
    ProcessEngine engine = configuration.buildProcessEngine();
    COUNTERS.put(engine, counter);
    return engine;
  }

  /** The beans of SsrProgrammeProcessTest#setUp. */
  private static void registerBeans() {
    OversightReviewTestBeans.register();
    ProgrammeTestBeans.register();
    Mocks.register(Beans.DONOR_PLEDGES, (TaskListener) task -> { });
    Mocks.register(Beans.PREPARE_FINANCIAL_PLAN_TEMPLATE,
        (JavaDelegate) execution -> execution.setVariable("financialPlanTemplate", file("template.xlsx")));
    Mocks.register(Beans.IMPORT_FINANCIAL_PLAN, (JavaDelegate) execution -> {
      FileValue upload = execution.getVariableTyped("financialPlanFile");
      if (upload.getFilename().startsWith("bad")) {
        throw new BpmnError(ProgrammeProcess.Errors.FINANCIAL_PLAN_INVALID, "The plan has errors");
      }
      execution.setVariable("financialPlanVersion", PLAN_VERSION.incrementAndGet());
      execution.setVariable("financialPlanSummary", file("plan-summary.xlsx"));
    });
    Mocks.register(Beans.FINANCIAL_PLAN_APPROVED, (org.camunda.bpm.engine.delegate.ExecutionListener) execution -> { });
  }

  private static FileValue file(String name) {
    return Variables.fileValue(name).file(new byte[] {1, 2, 3})
        .mimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").create();
  }

  private static final AtomicInteger PROGRAMMES = new AtomicInteger();

  private static void runProgramme(ProcessEngine engine) {
    ProgrammeDriver driver = new ProgrammeDriver(engine);
    driver.code = "BENCH-" + PROGRAMMES.incrementAndGet();
    driver.start();
    driver.driveToEnd();
  }

  /** How many user tasks one programme completes (its own and those of the reviews it calls). */
  private static int tasksOfOneProgramme(ProcessEngine h2) {
    long before = h2.getHistoryService().createHistoricTaskInstanceQuery().count();
    runProgramme(h2);
    return (int) (h2.getHistoryService().createHistoricTaskInstanceQuery().count() - before);
  }

  private static BpmnModelInstance bareProcess(int tasks) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("bare-noop").camundaHistoryTimeToLive(1)
        .startEvent();
    for (int i = 1; i <= tasks; i++) {
      flow = flow.userTask("UserTask_NoOp" + i).camundaCandidateGroups("coordinationUnit");
    }
    return flow.endEvent().done();
  }

  /**
   * The baseline, driven exactly as {@link ProgrammeDriver#driveToEnd()} drives the programme, so the difference is
   * the programme's own work: started through the form service (latest definition looked up, a business key), then
   * per round the driver's queries (executable jobs, has it ended, open tasks of the business key by creation time)
   * and the first open task submitted through the form service (here with no values: the tasks are no-ops).
   */
  private static void runBare(ProcessEngine engine) {
    String key = "BARE-" + PROGRAMMES.incrementAndGet();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("bare-noop")
        .latestVersion().singleResult().getId();
    String id = engine.getFormService().submitStartForm(definitionId, key, Map.of()).getId();
    for (int i = 0; i < 400 && !ended(engine, id); i++) {
      engine.getManagementService().createJobQuery().messages().executable().list()
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key)
          .orderByTaskCreateTime().asc().list();
      if (open.isEmpty()) {
        break;
      }
      engine.getFormService().submitTaskForm(open.get(0).getId(), Map.of());
    }
    if (!ended(engine, id)) {
      throw new IllegalStateException("The bare process did not end");
    }
  }

  private static boolean ended(ProcessEngine engine, String processInstanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getEndTime() != null;
  }

  /** Mean wall-clock and CPU milliseconds of one run (CPU time of this thread). */
  record Timing(double wallMs, double cpuMs) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f ms CPU (%.1f ms wall-clock)", cpuMs, wallMs);
    }
  }

  /**
   * Mean timings of a and b, run alternately (a, b, a, b, ...) after a warm-up of half as many runs of each, so both
   * see the same JIT state and the same load from other processes.
   */
  private static Timing[] measure(int iterations, Runnable a, Runnable b) {
    for (int i = 0; i < Math.max(1, iterations / 2); i++) {
      a.run();
      b.run();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[2];
    long[] cpu = new long[2];
    Runnable[] runs = {a, b};
    for (int i = 0; i < iterations; i++) {
      for (int r = 0; r < 2; r++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        runs[r].run();
        wall[r] += System.nanoTime() - wallStart;
        cpu[r] += threads.getCurrentThreadCpuTime() - cpuStart;
      }
    }
    return new Timing[] {
        new Timing(wall[0] / 1e6 / iterations, cpu[0] / 1e6 / iterations),
        new Timing(wall[1] / 1e6 / iterations, cpu[1] / 1e6 / iterations)};
  }
}
