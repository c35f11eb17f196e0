package org.ssr.workflow.programme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess.Beans;
import org.ssr.workflow.support.EmbeddedPostgresServer;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * Engine benchmark, part "full programme" ({@code -Pbench}, docs/benchmarks.md "Engine and cluster"): a whole
 * ssr-programme driven through the Java API by {@link ProgrammeDriver} (every task completed, history full), against
 * a bare process with the same number of no-op user tasks, on H2 and on PostgreSQL. The beans are the ones
 * SsrProgrammeProcessTest uses (real programme and oversight delegates, finance contract mocks). Not a test.
 * Usage: {@code ProgrammeEngineBenchmark <report.md> [iterations]}.
 */
public final class ProgrammeEngineBenchmark {

  private static final AtomicInteger PLAN_VERSION = new AtomicInteger();

  private ProgrammeEngineBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args.length > 0 ? args[0] : "target/programme-benchmark.md");
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    registerBeans();
    List<String> lines = new ArrayList<>();
    lines.add("Run " + Instant.now() + ", " + iterations + " measured iterations after " + iterations / 2
        + " warm-up, load average at start " + Files.readString(Path.of("/proc/loadavg")).trim());

    ProcessEngine h2 = engine("bench-h2", "org.h2.Driver", "jdbc:h2:mem:bench-h2;DB_CLOSE_DELAY=-1", "sa");
    ProcessEngine pg = engine("bench-pg", "org.postgresql.Driver",
        EmbeddedPostgresServer.shared().createDatabase("bench"), EmbeddedPostgresServer.user());
    for (ProcessEngine engine : List.of(h2, pg)) {
      SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
          "bpmn-stubs/risk-handling-stub.bpmn");
    }
    int tasks = tasksOfOneProgramme(h2);
    for (ProcessEngine engine : List.of(h2, pg)) {
      engine.getRepositoryService().createDeployment().addModelInstance("bare-noop.bpmn", bareProcess(tasks))
          .deploy();
    }

    double h2Programme = measure(iterations, () -> runProgramme(h2));
    double h2Bare = measure(iterations, () -> runBare(h2));
    double pgProgramme = measure(iterations, () -> runProgramme(pg));
    double pgBare = measure(iterations, () -> runBare(pg));
    lines.add(String.format(Locale.ROOT, "full programme (%d user tasks incl. the called oversight reviews) on H2: "
        + "%.1f ms; bare process with %d no-op user tasks on H2: %.1f ms; ratio %.2f (target <= 1.3)",
        tasks, h2Programme, tasks, h2Bare, h2Programme / h2Bare));
    lines.add(String.format(Locale.ROOT, "full programme on PostgreSQL 16: %.1f ms vs H2 %.1f ms: ratio %.2f; bare "
        + "process on PostgreSQL %.1f ms (programme/bare on PostgreSQL %.2f)", pgProgramme, h2Programme,
        pgProgramme / h2Programme, pgBare, pgProgramme / pgBare));
    h2.close();
    pg.close();
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.write(report, lines);
    lines.forEach(line -> System.out.println("[programme-bench] " + line));
    System.exit(0);
  }

  private static ProcessEngine engine(String name, String driver, String url, String user) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcDriver(driver);
    configuration.setJdbcUrl(url);
    configuration.setJdbcUsername(user);
    configuration.setJdbcPassword("");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin())));
    return configuration.buildProcessEngine();
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

  private static void runBare(ProcessEngine engine) {
    String id = engine.getRuntimeService().startProcessInstanceByKey("bare-noop").getId();
    for (Task task = next(engine, id); task != null; task = next(engine, id)) {
      engine.getTaskService().complete(task.getId());
    }
  }

  private static Task next(ProcessEngine engine, String processInstanceId) {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).listPage(0, 1);
    return open.isEmpty() ? null : open.get(0);
  }

  /** Mean milliseconds of one run, after a warm-up of half as many runs. */
  private static double measure(int iterations, Runnable run) {
    for (int i = 0; i < Math.max(1, iterations / 2); i++) {
      run.run();
    }
    long start = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      run.run();
    }
    return (System.nanoTime() - start) / 1e6 / iterations;
  }
}
