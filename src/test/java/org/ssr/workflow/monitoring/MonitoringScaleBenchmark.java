package org.ssr.workflow.monitoring;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.finance.BudgetExecutionProcess;
import org.ssr.workflow.finance.BudgetExecutionTestBeans;
import org.ssr.workflow.finance.StrategyAction;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.implementation.ImplementationProperties;
import org.ssr.workflow.implementation.ImplementationTestBeans;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeGenerator;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * Monitoring at scale ({@code -Pbench}, docs/benchmarks.md "Monitoring at scale", issues 18 items 2 and 3 and 14):
 * generates programmes through the engine's Java API (every task completed as its form submits it, the real
 * programme, oversight-review and programme-implementation models with their real beans, finance's real budget
 * execution on its own H2, the engine clock moved year by year) and measures, in one run,
 * <ul>
 *   <li>the dashboard list ({@code GET /api/programmes}: the access rule, then {@link ProgrammeStatusService#statuses})
 *       with 1 programme in the database, then with N (default 200), for a programme manager and for parliament; and
 *       the per-programme way it was computed before ({@link ProgrammeStatusService#status} for each) beside it;</li>
 *   <li>{@code GET /api/programmes/{code}} ({@link ProgrammeStatusService#details}) and the programme report
 *       (details, traceability, workbook) of a programme after 1 yearly cycle and one after Y (default 20).</li>
 * </ul>
 * CPU time of the measuring thread (which also runs the engine and the in-memory H2) beside wall-clock. Not a test.
 * Usage: {@code MonitoringScaleBenchmark <report.md> [programmes] [years] [iterations]}.
 */
public final class MonitoringScaleBenchmark {

  private static final Instant START = LocalDate.of(2027, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

  private final ProcessEngine engine;
  private final BudgetExecutionTestBeans finance;
  private final ProgrammeStatusService status;
  private final ProgrammeAccess access;
  private final TraceabilityService traceability;
  private final ProgrammeReportWriter reports = new ProgrammeReportWriter();

  private MonitoringScaleBenchmark() {
    engine = engine();
    SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        ImplementationProcess.RESOURCE, "bpmn-stubs/risk-handling-stub.bpmn", "forms/review-decision.html",
        "forms/implementation-report.form", "forms/annual-report.form");
    InMemoryDecisionRecord decisions = InMemoryDecisionRecord.create();
    ProgrammeGenerator.registerBeans();
    OversightReviewTestBeans.register(decisions);
    ImplementationTestBeans.register(ImplementationProperties.defaults());
    finance = BudgetExecutionTestBeans.register();
    ProgrammeFinance facts = new FinancialPlanFacts(finance.plans());
    status = new ProgrammeStatusService(engine, facts, decisions.record());
    access = new ProgrammeAccess(engine);
    traceability = new TraceabilityService(ProgrammeDirectory.of(engine), facts);
    // programme managers read every programme's history (identity.RoleAuthorizations)
    Authorization managers = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    managers.setGroupId("programmeManagers");
    managers.setResource(Resources.PROCESS_DEFINITION);
    managers.setResourceId(ProgrammeProcess.KEY);
    managers.addPermission(Permissions.READ_HISTORY);
    engine.getAuthorizationService().saveAuthorization(managers);
  }

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args.length > 0 ? args[0] : "target/monitoring-benchmark.md");
    int programmes = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int years = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    List<String> lines = new ArrayList<>();
    lines.add("Run " + Instant.now() + ": " + programmes + " programmes, " + years + " yearly cycles, " + iterations
        + " measured iterations after " + Math.max(1, iterations / 2) + " warm-up; load average at start "
        + loadAverage());
    ClockUtil.setCurrentTime(Date.from(START));
    MonitoringScaleBenchmark bench = new MonitoringScaleBenchmark();
    long generation = System.nanoTime();

    // the one-year programme alone: the dashboard with one programme
    String oneYear = bench.programme("SSR-YEARS-01", 1);
    Timing dashboardOne = bench.measure(iterations, () -> bench.dashboard("manager", "programmeManagers"));
    Timing dashboardOneParliament = bench.measure(iterations,
        () -> bench.dashboard("parliament", "parliamentOversight"));
    int seenAlone = bench.dashboard("manager", "programmeManagers");

    // the long programme, then the rest of the portfolio: one in four left at step 1, one in eight through all twelve
    // steps into implementation, the others into implementation with steps 3 to 10 scoped out
    String longOne = bench.programme("SSR-YEARS-" + years, years);
    for (int i = 3; i <= programmes; i++) {
      String code = String.format(Locale.ROOT, "SSR-GEN-%03d", i);
      if (i % 4 == 0) {
        ProgrammeGenerator.started(bench.engine, code);
      } else if (i % 8 == 1) {
        ProgrammeGenerator.toImplementation(bench.engine, code);
      } else {
        ProgrammeGenerator.toImplementationScopedOut(bench.engine, code);
      }
      if (i % 25 == 0) {
        System.out.println("[monitoring-bench] generated " + i + " programmes");
      }
    }
    double generationSeconds = (System.nanoTime() - generation) / 1e9;
    int seen = bench.dashboard("manager", "programmeManagers");
    ProgrammeStatus longStatus = bench.status.status(ProgrammeDirectory.of(bench.engine)
        .newest(ProgrammeCode.of(longOne)).orElseThrow());
    lines.add(String.format(Locale.ROOT, "%s: phase %s, cycle year %s, budget execution rate %s (%s), %d decisions "
        + "recorded", longOne, longStatus.phase(), longStatus.cycleYear(), longStatus.executionRate(),
        longStatus.executionYear(), bench.details(longOne)));
    lines.add(String.format(Locale.ROOT, "generated in %.0f s (engine API only); the dashboard lists %d programme(s) "
        + "alone, then %d; load average after generation %s", generationSeconds, seenAlone, seen, loadAverage()));

    Timing dashboardMany = bench.measure(iterations, () -> bench.dashboard("manager", "programmeManagers"));
    Timing dashboardManyParliament = bench.measure(iterations,
        () -> bench.dashboard("parliament", "parliamentOversight"));
    Timing perProgramme = bench.measure(Math.max(1, iterations / 5), () -> bench.dashboardPerProgramme());
    lines.add(String.format(Locale.ROOT, "dashboard (manager): 1 programme %s; %d programmes %s; ratio %.1f by CPU, "
        + "%.1f by wall-clock (target <= 10)", dashboardOne, seen, dashboardMany,
        dashboardMany.cpuMs() / dashboardOne.cpuMs(), dashboardMany.wallMs() / dashboardOne.wallMs()));
    lines.add(String.format(Locale.ROOT, "dashboard (parliament, takes part in every programme past scoping): "
        + "1 programme %s; %d programmes %s; ratio %.1f by CPU, %.1f by wall-clock", dashboardOneParliament, seen,
        dashboardManyParliament, dashboardManyParliament.cpuMs() / dashboardOneParliament.cpuMs(),
        dashboardManyParliament.wallMs() / dashboardOneParliament.wallMs()));
    lines.add(String.format(Locale.ROOT, "the same %d programmes per programme (each status with its own queries, as "
        + "before): %s, %.1f x the set-based list", seen, perProgramme,
        perProgramme.cpuMs() / dashboardMany.cpuMs()));

    Timing[] details = bench.alternate(iterations, () -> bench.details(oneYear), () -> bench.details(longOne));
    lines.add(String.format(Locale.ROOT, "GET /api/programmes/{code}: 1-year programme %s; %d-year programme %s; "
        + "ratio %.2f by CPU, %.2f by wall-clock (target <= 5)", details[0], years, details[1],
        details[1].cpuMs() / details[0].cpuMs(), details[1].wallMs() / details[0].wallMs()));
    Timing[] reportTimes = bench.alternate(iterations, () -> bench.report(oneYear), () -> bench.report(longOne));
    lines.add(String.format(Locale.ROOT, "programme report (details, traceability, workbook): 1-year programme %s; "
        + "%d-year programme %s; ratio %.2f by CPU, %.2f by wall-clock (target <= 5)", reportTimes[0], years, reportTimes[1],
        reportTimes[1].cpuMs() / reportTimes[0].cpuMs(), reportTimes[1].wallMs() / reportTimes[0].wallMs()));
    lines.add("load average at the end " + loadAverage());
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.write(report, lines);
    lines.forEach(line -> System.out.println("[monitoring-bench] " + line));
    System.exit(0);
  }

  // ---------------------------------------------------------------- what is measured

  /** ProgrammeController#programmes: the user's view, then the set-based statuses; the number listed. */
  private int dashboard(String user, String group) {
    engine.getProcessEngineConfiguration().setAuthorizationEnabled(true);
    try {
      ProgrammeAccess.View view = access.of(new Authentication(user, List.of(group)));
      return status.statuses(status.programmes().stream().filter(view::sees).toList()).size();
    } finally {
      engine.getProcessEngineConfiguration().setAuthorizationEnabled(false);
    }
  }

  /** What the list cost before: each programme's status with its own queries. */
  private int dashboardPerProgramme() {
    return status.programmes().stream().map(status::status).toList().size();
  }

  /** ProgrammeController#programme. */
  private int details(String code) {
    return status.details(ProgrammeDirectory.of(engine).newest(ProgrammeCode.of(code)).orElseThrow())
        .decisions().size();
  }

  /** ProgrammeController#report. */
  private int report(String code) {
    ProgrammeCode programme = ProgrammeCode.of(code);
    ProgrammeDetails details = status.details(ProgrammeDirectory.of(engine).newest(programme).orElseThrow());
    Traceability trace = traceability.of(programme).orElse(null);
    return reports.programme(details, trace, ClockUtil.getCurrentTime().toInstant()).length;
  }

  // ---------------------------------------------------------------- the generator

  /**
   * A programme driven to its implementation with an approved plan for every year, then the given number of yearly
   * cycles: each owner institution reports, the budget execution of the year is imported, the annual report is
   * consolidated and approved by parliament and the civil-society monitor.
   */
  private String programme(String code, int years) {
    ProgrammeGenerator.toImplementation(engine, code);
    int first = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).getYear();
    int last = first + years + 1;
    List<Object[]> lines = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      lines.add(new Object[] {"A1", year, "Training", "National budget", 60000});
      lines.add(new Object[] {"A2", year, "Technical assistance", "National budget", 40000});
    }
    finance.approvedPlan(code, List.of(new StrategyAction("A1", "Train police", "police", first, last),
        new StrategyAction("A2", "Defence review", "defence", first, last)), List.of("defence", "police"), first,
        last, lines.toArray(Object[][]::new));
    String implementation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ImplementationProcess.KEY).processInstanceBusinessKey(code).singleResult().getId();
    for (int year = 1; year <= years; year++) {
      cycle(implementation, year);
    }
    return code;
  }

  private void cycle(String implementation, int year) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(implementation).timers()
        .activityId(ImplementationProcess.Elements.REPORTING_YEAR_DUE).singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    engine.getManagementService().executeJob(timer.getId());
    for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(implementation)
        .taskDefinitionKey(ImplementationProcess.Elements.REPORT_PROGRESS).list()) {
      report(task, year);
    }
    List<Task> upload = engine.getTaskService().createTaskQuery().processInstanceId(implementation)
        .taskDefinitionKey(ImplementationProcess.Elements.UPLOAD_BUDGET_EXECUTION).list();
    if (!upload.isEmpty()) {
      FileValue template = engine.getRuntimeService().getVariableTyped(implementation,
          BudgetExecutionProcess.Variables.TEMPLATE.name());
      byte[] filled;
      try {
        filled = BudgetExecutionTestBeans.filled(template.getValue().readAllBytes());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      as("coordinator", () -> {
        engine.getTaskService().claim(upload.get(0).getId(), "coordinator");
        engine.getFormService().submitTaskForm(upload.get(0).getId(), Map.of(
            BudgetExecutionProcess.Variables.FILE.name(), org.camunda.bpm.engine.variable.Variables
                .fileValue("execution.xlsx").file(filled)
                .mimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").create()));
        return null;
      });
    }
    Task consolidate = engine.getTaskService().createTaskQuery().processInstanceId(implementation)
        .taskDefinitionKey(ImplementationProcess.Elements.CONSOLIDATE_ANNUAL_REPORT).singleResult();
    if (consolidate == null) {
      throw new IllegalStateException("Year " + year + ": no annual report to consolidate; open: "
          + engine.getTaskService().createTaskQuery().processInstanceId(implementation).list().stream()
              .map(Task::getTaskDefinitionKey).toList());
    }
    engine.getFormService().submitTaskForm(consolidate.getId(), Map.of("annualReportSummary", "Year " + year,
        "annualReportDecisions", "Continue as planned", "implementationNextStep", "continue"));
    decide("parliamentOversight", "parliament");
    decide("civilSocietyMonitor", "monitor");
  }

  /** An institution's report of the year: every action on track, each indicator a value (one added the first year). */
  private void report(Task task, int year) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> prefilled : ImplementationProcess.Variables.ACTION_REPORTS.read(
        engine.getTaskService().getVariableTyped(task.getId(), ImplementationProcess.Variables.ACTION_REPORTS.name()))) {
      Map<String, Object> row = new HashMap<>();
      row.put("actionId", prefilled.get("actionId"));
      row.put("status", "onTrack");
      String values = prefilled.get("indicatorValuesText") instanceof String text ? text.strip() : "";
      if (values.isEmpty()) {
        int reportingYear = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).getYear();
        row.put("newIndicatorsText", "Progress | % | 0 | " + (reportingYear + 40) + "=100");
        row.put("indicatorValuesText", "Progress=" + year);
      } else {
        row.put("indicatorValuesText", values.lines().map(line -> line.endsWith("=") ? line + (year * 5) : line)
            .reduce((a, b) -> a + "\n" + b).orElse(""));
      }
      row.put("milestonesReachedText", "");
      row.put("narrative", "Year " + year + " of " + prefilled.get("actionId"));
      rows.add(row);
    }
    as("agency", () -> {
      engine.getFormService().submitTaskForm(task.getId(),
          ImplementationProcess.Variables.ACTION_REPORTS.putIn(new HashMap<>(), rows));
      return null;
    });
  }

  private void decide(String group, String user) {
    Task review = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(OversightReviewProcess.Elements.REVIEW_TASK).taskCandidateGroup(group).singleResult();
    as(user, () -> {
      engine.getFormService().submitTaskForm(review.getId(), Map.of("decision", "approved"));
      return null;
    });
  }

  private <T> T as(String user, Supplier<T> work) {
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // ---------------------------------------------------------------- engine and timing

  private static ProcessEngine engine() {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("monitoring-bench");
    configuration.setDataSource(new PooledDataSource("org.h2.Driver", "jdbc:h2:mem:monitoring-bench;DB_CLOSE_DELAY=-1",
        "sa", ""));
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new SpinProcessEnginePlugin(),
        new TasklistLabels())));
    return configuration.buildProcessEngine();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** Mean wall-clock and CPU milliseconds of one call (CPU time of this thread). */
  record Timing(double wallMs, double cpuMs) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.1f ms CPU (%.1f ms wall-clock)", cpuMs, wallMs);
    }
  }

  private Timing measure(int iterations, Supplier<?> run) {
    return alternate(iterations, run, () -> null)[0];
  }

  /** a and b alternately after a warm-up of half as many runs, so both see the same JIT state and load. */
  private Timing[] alternate(int iterations, Supplier<?> a, Supplier<?> b) {
    for (int i = 0; i < Math.max(1, iterations / 2); i++) {
      a.get();
      b.get();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] wall = new long[2];
    long[] cpu = new long[2];
    List<Supplier<?>> runs = List.of(a, b);
    for (int i = 0; i < iterations; i++) {
      for (int r = 0; r < 2; r++) {
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        runs.get(r).get();
        wall[r] += System.nanoTime() - wallStart;
        cpu[r] += threads.getCurrentThreadCpuTime() - cpuStart;
      }
    }
    return new Timing[] {
        new Timing(wall[0] / 1e6 / iterations, cpu[0] / 1e6 / iterations),
        new Timing(wall[1] / 1e6 / iterations, cpu[1] / 1e6 / iterations)};
  }
}
