package org.ssr.workflow.cluster;

import static org.ssr.workflow.cluster.EngineBenchmarks.cpuMillis;
import static org.ssr.workflow.cluster.EngineBenchmarks.loadAverage;
import static org.ssr.workflow.cluster.EngineBenchmarks.percentile;
import static org.ssr.workflow.cluster.EngineBenchmarks.postgresCpuMillis;
import static org.ssr.workflow.cluster.LoadModelGenerator.expect;
import static org.ssr.workflow.cluster.LoadModelGenerator.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ssr.bench.bare.BareCamundaApplication;
import org.ssr.workflow.implementation.ImplementationRestDriver;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeRestDriver;
import org.ssr.workflow.support.ApplicationProcess;
import org.ssr.workflow.support.TasklistFormSubmission;
import org.ssr.workflow.support.EmbeddedPostgresServer;
import org.ssr.workflow.support.Http;

/**
 * Issue 18's measurements on the {@link LoadModel} (docs/benchmarks.md, "National and regional scale"), not a test:
 * runs only with the {@code bench} profile. For each database (H2 file, embedded PostgreSQL 16):
 * <ol>
 *   <li>the application (own JVM, production settings) on an empty database; {@link LoadModelGenerator} builds the
 *       model through its REST API; the application stops;</li>
 *   <li>it starts again with the model's history present (start-up time), beside the bare Camunda starter on an
 *       empty database of the same kind (item 6);</li>
 *   <li>single-client probes (median of {@value #PROBES} after a warm-up): the task query of the old benchmark
 *       ({@code GET /engine-rest/task?candidateGroup=…&firstResult=950&maxResults=50}) and the list page Tasklist
 *       really asks for ({@code POST …/filter/{id}/list?firstResult=0&maxResults=15}, {@code Accept:
 *       application/hal+json}, body {@code {"sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}},
 *       as Tasklist 7.24's task list sends it), each as a parliament member and as the administrator;</li>
 *   <li>20 clients for {@code seconds}: parliament's members on their filter's list page, then the administrator
 *       on the same filter (item 1: p95 ratio, target ≤ 1.5), with the CPU per request of the application (and of
 *       PostgreSQL);</li>
 *   <li>the application once more with the engine's task-query SQL logged: the statements of one Tasklist list
 *       page as parliament and as admin, and their plans ({@code EXPLAIN ANALYZE});</li>
 *   <li>item 4: 20 clients completing tasks through {@code submit-form} for {@code seconds}, in the application
 *       (parliament's members deciding the model's open reviews) and in the bare Camunda application (a no-op user
 *       task with a Camunda Form, {@code bare.submit-form-bench=true}), once on an empty database of the same kind
 *       and once on the model's own database: p95 ratios, target ≤ 2 against the bare application on the same
 *       database;</li>
 *   <li>items 2 and 3 on REST-generated models: the dashboard, and {@code LM-001}'s details and report, on the model
 *       (measured in step 2's application) against a second database holding {@link #ONE_PROGRAMME}.</li>
 * </ol>
 * Usage: {@code ScaleBenchmarks <report.md> <model, e.g. full or programmes=2,openTasks=500> [h2,postgres]
 * [seconds=30] [parallel=4] [submitTasks=4000] [submit-only | generate-only] [reuse=&lt;ssr.data-dir&gt;]}.
 */
public final class ScaleBenchmarks {

  static final int CLIENTS = 20;
  static final int PROBES = 30;
  static final long WARM_UP_MS = 10_000;
  /** Item 4: at most this many tasks completed on each side ({@code submitTasks=N}). */
  private static int submitTasks = 4000;
  /** {@code submit-only}: after the generation, item 4 alone (a check of its harness on a small model). */
  private static boolean submitOnly;
  /** {@code generate-only}: build the model and stop, leaving its database for measurements by hand. */
  private static boolean generateOnly;
  /**
   * {@code reuse=<ssr.data-dir>}: measure the H2 model a {@code generate-only} run left there instead of building one
   * (once: item 4 decides up to {@code submitTasks} of its open reviews).
   */
  private static Path reuse;
  private static final String PASSWORD = LoadModelGenerator.PASSWORD;
  private static final String FILTER = "Reviews for parliament";
  static final String TASKLIST_BODY = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
  static final String HAL = "application/hal+json, application/json; q=0.5";

  private ScaleBenchmarks() {}

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args.length > 0 ? args[0] : "target/scale-benchmarks.md");
    LoadModel model = LoadModel.of(args.length > 1 ? args[1] : "full");
    List<String> databases = List.of((args.length > 2 ? args[2] : "h2,postgres").split(","));
    int seconds = 30;
    int parallel = 4;
    for (int i = 3; i < args.length; i++) {
      if (args[i].startsWith("seconds=")) {
        seconds = Integer.parseInt(args[i].substring(8));
      } else if (args[i].startsWith("parallel=")) {
        parallel = Integer.parseInt(args[i].substring(9));
      } else if (args[i].startsWith("submitTasks=")) {
        submitTasks = Integer.parseInt(args[i].substring(12));
      } else if (args[i].equals("submit-only")) {
        submitOnly = true;
      } else if (args[i].equals("generate-only")) {
        generateOnly = true;
      } else if (args[i].startsWith("reuse=")) {
        reuse = Path.of(args[i].substring(6)).toAbsolutePath();
      }
    }
    List<String> lines = new ArrayList<>();
    Files.createDirectories(report.toAbsolutePath().getParent());
    log(lines, report, "Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
        + System.getProperty("java.version") + ", model " + model + ", load average " + loadAverage());
    try {
      for (String database : databases) {
        run(lines, report, model, database.trim(), seconds, parallel);
      }
    } finally {
      EmbeddedPostgresServer.stopShared();
    }
    System.exit(0);
  }

  private static void log(List<String> lines, Path report, String line) {
    lines.add(line);
    System.out.println("[scale-bench] " + line);
    try {
      Files.write(report, lines);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Where one database lives and how the application (and the bare starter) reach it. */
  private record Database(String label, Map<String, String> properties, Map<String, String> env, String jdbcUrl,
      String user, String postgresName, Map<String, String> bareProperties) {}

  private static Database database(String kind) {
    Path dir = ApplicationProcess.workDirectory().resolve("scale-" + kind + "-" + System.nanoTime());
    if (kind.equals("h2")) {
      return new Database("H2 file", Map.of("ssr.data-dir", dir.toString()), Map.of(),
          "jdbc:h2:file:" + dir + "/ssr-workflow", "sa", null,
          Map.of("bare.data-dir", dir.resolve("bare").toString()));
    }
    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.shared();
    String url = postgres.createDatabase("scale");
    String bareUrl = postgres.createDatabase("scale_bare");
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("ssr.data-dir", dir.toString());
    properties.put("spring.profiles.active", "postgres");
    return new Database("PostgreSQL 16 embedded", properties,
        Map.of("SSR_DB_URL", url, "SSR_DB_USER", EmbeddedPostgresServer.user(), "SSR_DB_PASSWORD", ""),
        url, EmbeddedPostgresServer.user(), url.substring(url.lastIndexOf('/') + 1),
        Map.of("spring.datasource.url", bareUrl, "spring.datasource.username", EmbeddedPostgresServer.user(),
            "spring.datasource.password", ""));
  }

  private static ApplicationProcess.Builder application(String name, Database db) {
    ApplicationProcess.Builder builder = ApplicationProcess.builder(name).productionJvm();
    db.properties().forEach(builder::property);
    db.env().forEach(builder::env);
    return builder;
  }

  /**
   * The application that builds a model: jobs executed at once, and the notification dispatcher every second instead
   * of every 30 s, so the messages of the generated tasks are delivered while they are made, as an installation's
   * dispatcher keeps up with tasks made over months. The model is measured without a backlog of its own making.
   */
  private static ApplicationProcess.Builder generator(String name, Database db) {
    return application(name, db).eagerJobExecutor().property("ssr.notifications.dispatch-interval", "PT1S");
  }

  /** Waits (at most 30 minutes) until the outbox holds no pending message: the generation's notifications sent. */
  private static void drainOutbox(int port, java.util.function.Consumer<String> log) throws InterruptedException {
    Instant start = Instant.now();
    Http admin = Http.basic(port, "admin", PASSWORD);
    while (read(expect(200, admin.get("/api/notifications/outbox?status=PENDING&limit=1"))).size() > 0) {
      if (Duration.between(start, Instant.now()).toMinutes() >= 30) {
        throw new IllegalStateException("the generated model's notifications were not delivered within 30 minutes");
      }
      Thread.sleep(2000);
    }
    log.accept("outbox drained in " + Duration.between(start, Instant.now()).toSeconds() + " s after the model");
  }

  private static void run(List<String> lines, Path report, LoadModel model, String kind, int seconds, int parallel)
      throws Exception {
    Database db = reuse != null && kind.equals("h2") ? reused(reuse) : database(kind);
    log(lines, report, "## " + db.label());

    // 1. build the model
    LoadModelGenerator.Generated generated;
    if (reuse != null && kind.equals("h2")) {
      try (ApplicationProcess app = application("scale-reuse-" + kind, db).start()) {
        generated = existing(app.port());
        log(lines, report, "the model of " + reuse + ", built before (generate-only); "
            + LoadModelGenerator.BUSIEST_GROUP + " has " + generated.members(LoadModelGenerator.BUSIEST_GROUP).size()
            + " members");
        app.stop();
      }
    } else {
      generated = generate(lines, report, model, kind, db, parallel);
    }
    if (generateOnly) {
      log(lines, report, "generate-only: the database stays in " + db.properties().get("ssr.data-dir")
          + (db.postgresName() == null ? "" : " and PostgreSQL database " + db.postgresName()));
      return;
    }
    measure(lines, report, kind, db, generated, seconds, parallel);
  }

  /** The H2 database a {@code generate-only} run left in this directory; the bare application's beside it, anew. */
  private static Database reused(Path dir) throws java.io.IOException {
    Path bare = dir.resolve("bare");
    for (Path old : List.of(bare, dir.resolve("bare-durable"))) {
      if (Files.exists(old)) {
        try (var files = Files.walk(old)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
    return new Database("H2 file", Map.of("ssr.data-dir", dir.toString()), Map.of(),
        "jdbc:h2:file:" + dir + "/ssr-workflow", "sa", null, Map.of("bare.data-dir", bare.toString()));
  }

  /** What the measurements need of a model built before: the busiest group's generated members, in their order. */
  private static LoadModelGenerator.Generated existing(int port) {
    List<String> members = new ArrayList<>();
    read(expect(200, Http.basic(port, "admin", PASSWORD).get("/engine-rest/user?memberOfGroup="
        + LoadModelGenerator.BUSIEST_GROUP + "&maxResults=1000"))).forEach(user -> {
          String id = user.get("id").asText();
          if (id.startsWith(LoadModelGenerator.USER_PREFIX)) {
            members.add(id);
          }
        });
    members.sort(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));
    return new LoadModelGenerator.Generated(List.of(), Map.of(LoadModelGenerator.BUSIEST_GROUP, members), Map.of(),
        Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  private static LoadModelGenerator.Generated generate(List<String> lines, Path report, LoadModel model, String kind,
      Database db, int parallel) throws Exception {
    LoadModelGenerator.Generated generated;
    try (ApplicationProcess app = generator("scale-gen-" + kind, db).start()) {
      log(lines, report, "generator: application started in " + app.startupMillis() + " ms (empty database)");
      Instant start = Instant.now();
      generated = LoadModelGenerator.generate(app.port(), model, parallel, true, line -> log(lines, report,
          "generator: " + line + " (load " + loadAverage() + ")"));
      log(lines, report, "generator: model built in " + Duration.between(start, Instant.now()).toSeconds() + " s");
      drainOutbox(app.port(), line -> log(lines, report, "generator: " + line));
      app.stop();
    }
    return generated;
  }

  private static void measure(List<String> lines, Path report, String kind, Database db,
      LoadModelGenerator.Generated generated, int seconds, int parallel) throws Exception {
    if (submitOnly) {
      measureSubmitForm(lines, report, db, generated, seconds, parallel);
      return;
    }

    // 2. start-up with the model present vs the bare starter on an empty database
    Map<String, Long> dashboard;
    long bareStartup;
    ApplicationProcess.Builder bareBuilder = ApplicationProcess.builder("scale-bare-" + kind).productionJvm()
        .mainClass("org.ssr.bench.bare.BareCamundaApplication")
        .property("spring.config.location", "classpath:/bare-camunda.yaml");
    db.bareProperties().forEach(bareBuilder::property);
    try (ApplicationProcess bare = bareBuilder.start()) {
      bareStartup = bare.startupMillis();
      bare.stop();
    }
    try (ApplicationProcess app = application("scale-run-" + kind, db).start()) {
      log(lines, report, String.format(Locale.ROOT, "item 6, start-up (JVM launch to /actuator/health UP): "
          + "ssr-workflow with the model's history %d ms, bare Camunda starter on an empty %s %d ms: ratio %.2f "
          + "(target <= 1.5); load %s", app.startupMillis(), db.label(), bareStartup,
          (double) app.startupMillis() / bareStartup, loadAverage()));
      measureTaskList(lines, report, app, db, generated, seconds);
      dashboard = dashboard(lines, report, app.port(), "the model");
      app.stop();
    }

    // 3. the SQL of one list page, and its plan
    try (ApplicationProcess app = application("scale-sql-" + kind, db)
        .property("logging.level.org.camunda.bpm.engine.impl.persistence.entity.TaskEntity", "DEBUG").start()) {
      String filter = filterId(app.port());
      for (String user : List.of("parliament", "admin")) {
        Files.writeString(app.log(), "", java.nio.file.StandardOpenOption.APPEND);
        long before = Files.size(app.log());
        expect(200, Http.basic(app.port(), user, PASSWORD).postJson(
            "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", TASKLIST_BODY, HAL));
        Thread.sleep(500);
        String logged = Files.readString(app.log()).substring((int) before);
        for (String sql : statements(logged)) {
          log(lines, report, "SQL of one Tasklist list page as " + user + ":\n\n```sql\n" + sql + "\n```\n");
          if (db.postgresName() != null) {
            log(lines, report, "plan (PostgreSQL, EXPLAIN ANALYZE):\n\n```\n"
                + explain(db, "EXPLAIN (ANALYZE, BUFFERS) " + sql) + "\n```\n");
          } else {
            pendingH2.add(sql);
          }
        }
      }
      app.stop();
    }
    for (String sql : pendingH2) {
      log(lines, report, "plan (H2, EXPLAIN ANALYZE):\n\n```\n" + explain(db, "EXPLAIN ANALYZE " + sql) + "\n```\n");
    }
    pendingH2.clear();

    // 4. item 4: completing tasks through submit-form, the application against the bare application
    measureSubmitForm(lines, report, db, generated, seconds, parallel);

    // 5. items 2 and 3 on a REST-generated model: against one programme through one yearly cycle
    Database single = database(kind);
    try (ApplicationProcess app = generator("scale-one-gen-" + kind, single).start()) {
      LoadModelGenerator.generate(app.port(), ONE_PROGRAMME, 1, true, line -> { });
      drainOutbox(app.port(), line -> { });
      app.stop();
    }
    try (ApplicationProcess app = application("scale-one-" + kind, single).start()) {
      Map<String, Long> one = dashboard(lines, report, app.port(), "one programme (" + ONE_PROGRAMME + ")");
      dashboard.forEach((request, full) -> log(lines, report, String.format(Locale.ROOT, "items 2/3, %s: the model "
          + "%.1f ms, one programme %.1f ms: ratio %.2f (target: the list <= 10, a 20-year programme's details and "
          + "report <= 5)", request, full / 1000.0, one.get(request) / 1000.0, (double) full / one.get(request))));
      app.stop();
    }
  }

  /** Items 2 and 3's baseline: one programme, through one yearly cycle, with its share of the open reviews. */
  static final LoadModel ONE_PROGRAMME = LoadModel.of("programmes=1,years=1,longProgrammes=1,openTasks=50,users=9");

  /** What Cockpit's dashboard asks for when it opens: its first page of 25 programmes (dashboard.js). */
  static final String DASHBOARD_PAGE = "/api/programmes?firstResult=0&maxResults=25";

  /**
   * The dashboard (its first page, as Cockpit opens it, and the whole list) and the details and report of
   * {@code LM-001} (on the full model a 20-year programme), one client, median of 15 after at least 5 requests and
   * {@value #WARM_UP_MS} ms of warm-up: what a programme manager and a body's member open in the monitoring.
   */
  private static Map<String, Long> dashboard(List<String> lines, Path report, int port, String on) {
    Map<String, Long> medians = new LinkedHashMap<>();
    Http manager = Http.basic(port, "manager", PASSWORD);
    Http parliament = Http.basic(port, "parliament", PASSWORD);
    Request page = new Request("GET /api/programmes, first page", http -> http.get(DASHBOARD_PAGE));
    medians.put("the dashboard's first page (GET " + DASHBOARD_PAGE + ") as the programme manager",
        probe(manager, page, 5, 15));
    medians.put("the dashboard's first page as a parliament member", probe(parliament, page, 5, 15));
    Request list = new Request("GET /api/programmes", http -> http.get("/api/programmes"));
    medians.put("the whole list unpaged (GET /api/programmes, what the portfolio export reads) as the programme "
        + "manager", probe(manager, list, 5, 15));
    medians.put("the whole list unpaged as a parliament member", probe(parliament, list, 5, 15));
    medians.put("LM-001's details (GET /api/programmes/LM-001)", probe(manager,
        new Request("details", http -> http.get("/api/programmes/LM-001")), 5, 15));
    medians.put("LM-001's report (GET /api/programmes/LM-001/report.xlsx)", probe(manager,
        // the workbook read as text: only its time and status count here
        new Request("report", http -> http.get("/api/programmes/LM-001/report.xlsx")), 5, 15));
    medians.forEach((request, micros) -> log(lines, report, String.format(Locale.ROOT,
        "one client, %s on %s: median %.1f ms; load %s", request, on, micros / 1000.0, loadAverage())));
    return medians;
  }

  private static final List<String> pendingH2 = new ArrayList<>();

  private static String filterId(int port) {
    JsonNode filters = read(expect(200, Http.basic(port, "admin", PASSWORD).get(
        "/engine-rest/filter?resourceType=Task&maxResults=10&name="
            + URLEncoder.encode(FILTER, StandardCharsets.UTF_8))));
    return filters.get(0).get("id").asText();
  }

  /** One request kind: what it sends, as whom. */
  private record Request(String name, Function<Http, HttpResponse<String>> send) {}

  private static void measureTaskList(List<String> lines, Path report, ApplicationProcess app, Database db,
      LoadModelGenerator.Generated generated, int seconds) throws Exception {
    int port = app.port();
    String filter = filterId(port);
    String listPath = "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15";
    Request tasklist = new Request("Tasklist list page (POST filter/{id}/list, HAL, first 15, created desc)",
        http -> http.postJson(listPath, TASKLIST_BODY, HAL));
    Request tasklistJson = new Request("the same filter list as plain JSON (no count, no embedded variables)",
        http -> http.postJson(listPath, TASKLIST_BODY));
    Request count = new Request("the filter's count (GET filter/{id}/count)",
        http -> http.get("/engine-rest/filter/" + filter + "/count"));
    Request oldBenchmark = new Request("old benchmark's query (GET task?candidateGroup, created desc, 950+50)",
        http -> http.get("/engine-rest/task?candidateGroup=" + LoadModelGenerator.BUSIEST_GROUP
            + "&sortBy=created&sortOrder=desc&firstResult=950&maxResults=50"));

    // what each sees: the member and the admin the same tasks; justice none of them
    long memberCount = read(expect(200, Http.basic(port, "parliament", PASSWORD)
        .get("/engine-rest/filter/" + filter + "/count"))).get("count").asLong();
    long adminCount = read(expect(200, Http.basic(port, "admin", PASSWORD)
        .get("/engine-rest/filter/" + filter + "/count"))).get("count").asLong();
    int justiceFilter = Http.basic(port, "justice", PASSWORD).get("/engine-rest/filter/" + filter + "/count")
        .statusCode();
    long justiceSees = read(expect(200, Http.basic(port, "justice", PASSWORD).get("/engine-rest/task/count?"
        + "candidateGroup=" + LoadModelGenerator.BUSIEST_GROUP))).get("count").asLong();
    log(lines, report, String.format(Locale.ROOT, "filter '%s': parliament sees %d tasks, admin %d; justice's "
        + "request for the filter answered %d, justice sees %d of parliament's tasks", FILTER, memberCount,
        adminCount, justiceFilter, justiceSees));
    if (memberCount != adminCount || justiceSees != 0 || justiceFilter != 403 && justiceFilter != 404) {
      throw new IllegalStateException("authorization answers wrong on the generated database");
    }

    // single client
    Http parliament = Http.basic(port, "parliament", PASSWORD);
    Http admin = Http.basic(port, "admin", PASSWORD);
    for (Request request : List.of(tasklist, tasklistJson, count, oldBenchmark)) {
      long member = probe(parliament, request);
      long administrator = probe(admin, request);
      log(lines, report, String.format(Locale.ROOT, "one client, %s: parliament median %.1f ms, admin %.1f ms "
          + "(ratio %.2f); load %s", request.name(), member / 1000.0, administrator / 1000.0,
          (double) member / administrator, loadAverage()));
    }

    // 20 clients
    List<String> members = generated.members(LoadModelGenerator.BUSIEST_GROUP);
    Result byMembers = load(app, db, members, tasklist, seconds);
    Result byAdmin = load(app, db, List.of("admin"), tasklist, seconds);
    log(lines, report, String.format(Locale.ROOT, "item 1, %d clients x %d s, %s: parliament's %d members %s; admin %s;"
        + " p95 ratio %.2f (target <= 1.5)", CLIENTS, seconds, tasklist.name(), members.size(), byMembers, byAdmin,
        (double) byMembers.p95 / byAdmin.p95));
    Result oldMembers = load(app, db, members, oldBenchmark, seconds);
    Result oldAdmin = load(app, db, List.of("admin"), oldBenchmark, seconds);
    log(lines, report, String.format(Locale.ROOT, "%d clients x %d s, %s: parliament %s; admin %s; p95 ratio %.2f",
        CLIENTS, seconds, oldBenchmark.name(), oldMembers, oldAdmin, (double) oldMembers.p95 / oldAdmin.p95));
  }

  /** Median in microseconds of {@value #PROBES} requests after as many to warm up. */
  private static long probe(Http http, Request request) {
    return probe(http, request, PROBES, PROBES);
  }

  /**
   * Median in microseconds of {@code measured} requests after {@code warmUp}, and after at least {@value #WARM_UP_MS}
   * ms of warm-up (a freshly started JVM runs cheap requests interpreted for longer than a few of them take).
   */
  private static long probe(Http http, Request request, int warmUp, int measured) {
    long warmUntil = System.nanoTime() + WARM_UP_MS * 1_000_000L;
    for (int i = 0; i < warmUp || System.nanoTime() < warmUntil; i++) {
      expect(200, request.send().apply(http));
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < measured; i++) {
      long start = System.nanoTime();
      expect(200, request.send().apply(http));
      times.add((System.nanoTime() - start) / 1000);
    }
    Collections.sort(times);
    return times.get(times.size() / 2);
  }

  record Result(long requests, double perSecond, long p50, long p95, long p99, double appCpu, double dbCpu,
      String load, long conflicts) {

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d requests (%.1f/s), p50 %d ms, p95 %d ms, p99 %d ms, CPU per request: "
          + "application %.1f ms%s%s (load %s)", requests, perSecond, p50, p95, p99, appCpu,
          dbCpu < 0 ? "" : String.format(Locale.ROOT, " + PostgreSQL %.1f ms", dbCpu),
          conflicts == 0 ? "" : String.format(Locale.ROOT, "; %d of them answered 409 (a concurrent change, e.g. "
              + "another decision of the same programme) and were sent again", conflicts), load);
    }
  }

  private static Result load(ApplicationProcess app, Database db, List<String> users, Request request, int seconds)
      throws Exception {
    return clients(app, db.postgresName(), users, seconds, (http, end, tally) -> {
      while (Instant.now().isBefore(end)) {
        long start = System.nanoTime();
        expect(200, request.send().apply(http));
        tally.took(start);
      }
    }, () -> "");
  }

  /** One client's work: requests through {@code http} until {@code end}, each counted in {@code tally}. */
  private interface Client {
    void work(Http http, Instant end, Tally tally) throws Exception;
  }

  /** What the clients of one load count together. */
  private static final class Tally {
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();

    /** A request sent at {@code startNanos} has been answered. */
    void took(long startNanos) {
      latencies.add((System.nanoTime() - startNanos) / 1_000_000);
      requests.incrementAndGet();
    }

    /** It was answered 409 and will be sent again. */
    void conflict() {
      conflicts.incrementAndGet();
    }
  }

  /**
   * {@value #CLIENTS} clients, as {@code users} in turn, each doing {@code client}'s work for {@code seconds}; the
   * latencies, throughput and the CPU the application (and PostgreSQL) spent per request, with {@code note} after the
   * load average.
   */
  private static Result clients(ApplicationProcess app, String postgresName, List<String> users, int seconds,
      Client client, java.util.function.Supplier<String> note) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    Tally tally = new Tally();
    long appBefore = cpuMillis(app.pid());
    long dbBefore = postgresName == null ? 0 : postgresCpuMillis(postgresName);
    Instant started = Instant.now();
    Instant end = started.plusSeconds(seconds);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      Http http = Http.basic(app.port(), users.get(c % users.size()), PASSWORD);
      clients.add(pool.submit(() -> {
        client.work(http, end, tally);
        return null;
      }));
    }
    for (Future<?> each : clients) {
      each.get(seconds + 300L, TimeUnit.SECONDS);
    }
    pool.shutdownNow();
    double elapsed = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    long requests = tally.requests.get();
    long n = Math.max(1, requests);
    List<Long> sorted = new ArrayList<>(tally.latencies);
    Collections.sort(sorted);
    return new Result(requests, requests / elapsed, percentile(sorted, 50), percentile(sorted, 95),
        percentile(sorted, 99), (double) (cpuMillis(app.pid()) - appBefore) / n,
        postgresName == null ? -1 : (double) (postgresCpuMillis(postgresName) - dbBefore) / n,
        loadAverage() + note.get(), tally.conflicts.get());
  }

  // ------------------------------------------------------------------ item 4: completing a task through submit-form

  /**
   * Item 4: {@value #CLIENTS} clients complete tasks through {@code POST /engine-rest/task/{id}/submit-form},
   * claim-free, each taking distinct tasks, until the time is up or the tasks run out: first in the application on the model
   * (parliament's members deciding the open oversight reviews with the body {@code review-decision.html} sends), then
   * in the bare Camunda application (a no-op user task with a small Camunda Form, the body Tasklist builds for it,
   * {@link TasklistFormSubmission}), as members of its candidate group: on an empty database of the same kind, and on
   * the model's own database.
   */
  private static void measureSubmitForm(List<String> lines, Path report, Database db,
      LoadModelGenerator.Generated generated, int seconds, int parallel) throws Exception {
    Result application;
    int applicationTasks;
    try (ApplicationProcess app = application("scale-submit-" + (db.postgresName() == null ? "h2" : "postgres"), db)
        .start()) {
      Http admin = Http.basic(app.port(), "admin", PASSWORD);
      List<String> tasks = new ArrayList<>();
      while (tasks.size() < submitTasks) {
        List<JsonNode> page = ProgrammeRestDriver.list(read(expect(200, admin.get("/engine-rest/task?candidateGroup="
            + LoadModelGenerator.BUSIEST_GROUP + "&taskDefinitionKey=" + OversightReviewProcess.Elements.REVIEW_TASK
            // by id: unique, so the pages neither overlap nor skip (creation times tie)
            + "&sortBy=id&sortOrder=asc&firstResult=" + tasks.size() + "&maxResults="
            + Math.min(500, submitTasks - tasks.size())))));
        page.forEach(task -> tasks.add(task.get("id").asText()));
        if (page.isEmpty()) {
          break;
        }
      }
      applicationTasks = tasks.size();
      String decision = ImplementationRestDriver.reviewDecision("approved", null);
      List<String> members = generated.members(LoadModelGenerator.BUSIEST_GROUP);
      int warm = warmUp(tasks.size());
      submitLoad(app, db.postgresName(), members, tasks.subList(0, warm), id -> decision, seconds);
      application = submitLoad(app, db.postgresName(), members, tasks.subList(warm, tasks.size()), id -> decision,
          seconds);
      app.stop();
    }
    log(lines, report, String.format(Locale.ROOT, "item 4, application: %d clients x %d s, POST task/{id}/submit-form "
        + "(parliament's %d members deciding open oversight reviews, review-decision.html's body), of %d open tasks: "
        + "%s (after %d not timed to warm up)", CLIENTS, seconds,
        generated.members(LoadModelGenerator.BUSIEST_GROUP).size(), applicationTasks, application,
        warmUp(applicationTasks)));

    int memberCount = generated.members(LoadModelGenerator.BUSIEST_GROUP).size();
    // the bare application on an empty database of the same kind, as the starter comes: the engine's own cost
    String bareUrl = db.bareProperties().get("spring.datasource.url");
    Result bareEmpty = measureBareSubmitForm(lines, report, "an empty " + db.label() + ", the starter's settings",
        db.bareProperties(),
        db.postgresName() == null || bareUrl == null ? null : bareUrl.substring(bareUrl.lastIndexOf('/') + 1),
        applicationTasks, memberCount, seconds, parallel);
    // on H2 also with the application's durability: WRITE_DELAY=0 writes every commit before the answer, where the
    // starter's H2 URL lets H2 wait up to half a second (PostgreSQL commits the same way on both sides)
    Result bareEmptyDurable = null;
    if (db.postgresName() == null) {
      Map<String, String> durable = new LinkedHashMap<>(db.bareProperties());
      durable.put("spring.datasource.url", "jdbc:h2:file:" + db.bareProperties().get("bare.data-dir")
          + "-durable/bare;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
      bareEmptyDurable = measureBareSubmitForm(lines, report, "an empty " + db.label() + ", with the application's "
          + "WRITE_DELAY=0", durable, null, applicationTasks, memberCount, seconds, parallel);
    }
    // the bare application on the model's own database, as the issue words it ("on the same database"): the same
    // tables, indexes and durability setting, so that the ratio is the application's work and not the database's size
    Result bareModel = measureBareSubmitForm(lines, report, "the model's " + db.label(), modelForBare(db),
        db.postgresName(), applicationTasks, memberCount, seconds, parallel);
    log(lines, report, "item 4, submit-form p95: application " + application.p95 + " ms; "
        + ratio("bare on the model's database (target <= 2)", application, bareModel) + "; "
        + (bareEmptyDurable == null ? "" : ratio("bare on an empty database with WRITE_DELAY=0", application,
            bareEmptyDurable) + "; ")
        + ratio("bare on an empty database as the starter comes", application, bareEmpty));
  }

  private static String ratio(String baseline, Result application, Result bare) {
    return String.format(Locale.ROOT, "%s %d ms: ratio %.2f (p50 ratio %.2f, CPU per request ratio %.2f)", baseline,
        bare.p95, (double) application.p95 / Math.max(1, bare.p95),
        (double) application.p50 / Math.max(1, bare.p50), application.appCpu / Math.max(0.001, bare.appCpu));
  }

  /**
   * The bare application's connection to the model's database: the application's URL as it is (on H2 with its
   * {@code WRITE_DELAY=0}, a commit on disk before the answer), and a job executor that takes only the jobs of its own
   * deployment, so that it never runs one of the model's (it has none of the application's beans).
   */
  private static Map<String, String> modelForBare(Database db) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.datasource.url", db.postgresName() == null
        ? db.jdbcUrl() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" : db.jdbcUrl());
    properties.put("spring.datasource.username", db.user());
    properties.put("spring.datasource.password", "");
    properties.put("camunda.bpm.job-execution.deployment-aware", "true");
    return properties;
  }

  /**
   * Item 4's baseline: {@value #CLIENTS} clients completing as many no-op user tasks of the bare application as the
   * application offered, the body Tasklist builds for its form, as members of its candidate group (made when missing,
   * so that a model measured twice keeps the first run's).
   */
  private static Result measureBareSubmitForm(List<String> lines, Path report, String database,
      Map<String, String> properties, String postgresName, int taskCount, int memberCount, int seconds,
      int parallel) throws Exception {
    ApplicationProcess.Builder bareBuilder = ApplicationProcess.builder("scale-bare-submit").productionJvm()
        .mainClass("org.ssr.bench.bare.BareCamundaApplication")
        .property("spring.config.location", "classpath:/bare-camunda.yaml")
        .property("bare.submit-form-bench", "true");
    properties.forEach(bareBuilder::property);
    try (ApplicationProcess app = bareBuilder.start()) {
      Http admin = Http.basic(app.port(), BARE_ADMIN, BARE_PASSWORD);
      Instant deployed = Instant.now().plusSeconds(120);
      while (admin.get("/engine-rest/process-definition/key/" + BareCamundaApplication.PROCESS_KEY).statusCode()
          != 200) {
        if (Instant.now().isAfter(deployed)) {
          throw new IllegalStateException("the bare application did not deploy " + BareCamundaApplication.BPMN);
        }
        Thread.sleep(250);
      }
      // the group and as many members as the application's busiest group has
      if (admin.get("/engine-rest/group/" + BareCamundaApplication.GROUP).statusCode() != 200) {
        expect(204, admin.postJson("/engine-rest/group/create", "{\"id\":\"" + BareCamundaApplication.GROUP
            + "\",\"name\":\"Bench\",\"type\":\"WORKFLOW\"}"));
      }
      List<String> members = new ArrayList<>();
      for (int m = 1; m <= memberCount; m++) {
        String id = "bench" + m;
        if (admin.get("/engine-rest/user/" + id + "/profile").statusCode() != 200) {
          expect(204, admin.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
              + "\",\"firstName\":\"Bench\",\"lastName\":\"" + m + "\",\"email\":\"" + id
              + "@bench.example\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}"));
          expect(204, admin.putJson("/engine-rest/group/" + BareCamundaApplication.GROUP + "/members/" + id, ""));
        }
        members.add(id);
      }
      // as many tasks as the application offered, started by the administrator
      java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
      ExecutorService starters = Executors.newFixedThreadPool(Math.max(1, parallel));
      List<Future<?>> started = new ArrayList<>();
      for (int w = 0; w < Math.max(1, parallel); w++) {
        started.add(starters.submit(() -> {
          for (int i = next.getAndIncrement(); i < taskCount; i = next.getAndIncrement()) {
            expect(200, admin.postJson("/engine-rest/process-definition/key/" + BareCamundaApplication.PROCESS_KEY
                + "/start", "{\"businessKey\":\"bench-" + (i + 1) + "\"}"));
          }
          return null;
        }));
      }
      for (Future<?> starter : started) {
        starter.get(1, TimeUnit.HOURS);
      }
      starters.shutdownNow();
      List<String> tasks = new ArrayList<>();
      while (tasks.size() < taskCount) {
        List<JsonNode> page = ProgrammeRestDriver.list(read(expect(200, admin.get("/engine-rest/task?"
            + "processDefinitionKey=" + BareCamundaApplication.PROCESS_KEY + "&sortBy=id&sortOrder=asc"
            + "&firstResult=" + tasks.size() + "&maxResults=" + Math.min(500, taskCount - tasks.size())))));
        page.forEach(task -> tasks.add(task.get("id").asText()));
        if (page.isEmpty()) {
          break;
        }
      }
      // the body Tasklist builds for the deployed form, the member choosing "approved"
      JsonNode form = read(expect(200, Http.basic(app.port(), members.get(0), PASSWORD)
          .get("/engine-rest/task/" + tasks.get(0) + "/deployed-form")));
      JsonNode formVariables = read(expect(200, Http.basic(app.port(), members.get(0), PASSWORD)
          .get("/engine-rest/task/" + tasks.get(0) + "/form-variables?deserializeValues=false")));
      TasklistFormSubmission submission = TasklistFormSubmission.taskForm(form, formVariables);
      String body = submission.body(submission.submitData(Map.of(
          "decision", com.fasterxml.jackson.databind.node.TextNode.valueOf("approved")))).toString();
      submitLoad(app, postgresName, members, tasks.subList(0, warmUp(tasks.size())), id -> body, seconds);
      Result bare = submitLoad(app, postgresName, members, tasks.subList(warmUp(tasks.size()), tasks.size()),
          id -> body, seconds);
      log(lines, report, String.format(Locale.ROOT, "item 4, bare Camunda application (%s, one no-op user task with "
          + "a Camunda Form, body %s): %d clients x %d s, of %d tasks: %s (after %d not timed to warm up)", database,
          body, CLIENTS, seconds, tasks.size(), bare, warmUp(tasks.size())));
      app.stop();
      return bare;
    }
  }

  /** The first tasks of each side are completed before the measurement, by the same 20 clients (not timed). */
  private static int warmUp(int tasks) {
    return Math.min(200, tasks / 10);
  }

  private static final String BARE_ADMIN = "demo";
  private static final String BARE_PASSWORD = "Demo#Baseline2026";

  /** Each client takes the next task of the shared queue and submits its form, until the time is up or none is left. */
  private static Result submitLoad(ApplicationProcess app, String postgresName, List<String> users,
      List<String> tasks, Function<String, String> body, int seconds) throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tasks);
    return clients(app, postgresName, users, seconds, (http, end, tally) -> {
      while (Instant.now().isBefore(end)) {
        String task = queue.poll();
        if (task == null) {
          break;
        }
        for (int attempt = 1; ; attempt++) {
          long start = System.nanoTime();
          HttpResponse<String> answer = http.postJson("/engine-rest/task/" + task + "/submit-form",
              body.apply(task));
          tally.took(start);
          // the decision record takes one decision of a programme at a time: a concurrent one answers 409 (a
          // concurrent change, nothing saved) and the person submits again; a task completed by someone else
          // would be a fault of this harness (each client takes distinct tasks) and fails the run
          if (answer.statusCode() == 409 && (answer.body().contains("ConcurrentChangeException")
              || answer.body().contains("OptimisticLockingException"))) {
            tally.conflict();
            if (Instant.now().isBefore(end) && attempt < 1000) {
              continue;
            }
            break; // the time is up: this task stays open
          }
          expect(204, answer);
          break;
        }
      }
    }, () -> queue.isEmpty() ? "; the tasks ran out before the time" : "");
  }

  // ------------------------------------------------------------------ the SQL the engine sent, and its plan

  /** The task statements MyBatis logged ({@code ==>  Preparing:} + {@code ==> Parameters:}), parameters inlined. */
  static List<String> statements(String log) {
    List<String> statements = new ArrayList<>();
    String sql = null;
    for (String line : log.split("\n")) {
      int preparing = line.indexOf("==>  Preparing: ");
      int parameters = line.indexOf("==> Parameters: ");
      if (preparing >= 0) {
        sql = line.substring(preparing + "==>  Preparing: ".length()).trim();
      } else if (parameters >= 0 && sql != null) {
        statements.add(inline(sql, line.substring(parameters + "==> Parameters: ".length()).trim()));
        sql = null;
      }
    }
    return statements;
  }

  private static String inline(String sql, String parameters) {
    List<String> values = new ArrayList<>();
    if (!parameters.isEmpty()) {
      for (String parameter : parameters.split(", (?=[^,]*\\()|, (?=null)")) {
        int type = parameter.lastIndexOf('(');
        if (parameter.equals("null") || type < 0) {
          values.add("NULL");
          continue;
        }
        String value = parameter.substring(0, type);
        String kind = parameter.substring(type + 1, parameter.length() - 1);
        values.add(switch (kind) {
          case "Integer", "Long", "Short", "Double", "BigDecimal" -> value;
          case "Boolean" -> value;
          default -> "'" + value.replace("'", "''") + "'";
        });
      }
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?' && next < values.size()) {
        out.append(values.get(next++));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String explain(Database db, String sql) {
    try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), "");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> plan = new ArrayList<>();
      while (rows.next()) {
        plan.add(rows.getString(1));
      }
      return plan.stream().collect(Collectors.joining("\n"));
    } catch (Exception e) {
      return "EXPLAIN failed: " + e;
    }
  }
}
