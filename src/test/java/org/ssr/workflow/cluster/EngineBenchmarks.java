package org.ssr.workflow.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.support.ApplicationProcess;
import org.ssr.workflow.support.Http;

/**
 * The engine and cluster part of the benchmark harness ({@code -Pbench}, docs/benchmarks.md "Engine and cluster"),
 * not a test: each application runs as its own JVM on loopback, as in production.
 * <ol>
 *   <li>start-up of the application vs a bare Camunda starter application (same starters, nothing of ours);</li>
 *   <li>load check: 20 concurrent REST clients for 60 s, each working through oversight reviews (start, both
 *       bodies decide, check the outcome); bounded in time and count; any unexpected answer is an error and makes
 *       the run fail;</li>
 *   <li>task query for one group with 10,000 open tasks under 20 concurrent clients: p50/p95/p99, on H2 and on
 *       PostgreSQL (embedded), with the CPU time per query of the application and of the database server.</li>
 * </ol>
 * Usage: {@code EngineBenchmarks <report.md> [loadSeconds] [openTasks] [query-only]};
 * a further argument {@code query-seconds=N} shortens the task query's measuring window (default 30 s), e.g.
 * {@code -Dengine.bench.args="60 2000 query-only query-seconds=10"}.
 */
public final class EngineBenchmarks {

  private static final int CLIENTS = 20;
  private static final int STARTUP_ROUNDS = 3;
  private static final String PASSWORD = ReviewRestDriver.PASSWORD;

  private EngineBenchmarks() {}

  public static void main(String[] args) throws Exception {
    Path report = Path.of(args.length > 0 ? args[0] : "target/engine-benchmarks.md");
    int loadSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int openTasks = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    List<String> lines = new ArrayList<>();
    lines.add("Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
        + System.getProperty("java.version") + ", load average at start " + loadAverage());

    // optional 4th argument "query-only": only the task query, on H2 and on PostgreSQL
    boolean clean = true;
    if (args.length > 3 && args[3].equals("query-only")) {
      taskQueries(lines, openTasks, args);
    } else {
      startup(lines);
      clean = loadCheck(lines, loadSeconds);
      taskQueries(lines, openTasks, args);
    }

    org.ssr.workflow.support.EmbeddedPostgresServer.stopShared();
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.write(report, lines);
    lines.forEach(line -> System.out.println("[engine-bench] " + line));
    if (!clean) {
      System.err.println("[engine-bench] the load check had unexpected errors");
      System.exit(1);
    }
    System.exit(0);
  }

  // ------------------------------------------------------------------ 1. start-up

  private static void startup(List<String> lines) {
    List<Long> ours = new ArrayList<>();
    List<Long> bare = new ArrayList<>();
    for (int round = 0; round < STARTUP_ROUNDS; round++) {
      Path dir = ApplicationProcess.workDirectory().resolve("bench-startup-" + System.nanoTime());
      try (ApplicationProcess app = ApplicationProcess.builder("bench-ssr").productionJvm()
          .property("ssr.data-dir", dir.toString()).start()) {
        ours.add(app.startupMillis());
        app.stop();
      }
      try (ApplicationProcess app = ApplicationProcess.builder("bench-bare").productionJvm()
          .mainClass("org.ssr.bench.bare.BareCamundaApplication")
          .property("spring.config.location", "classpath:/bare-camunda.yaml")
          .property("bare.data-dir", dir.resolve("bare").toString()).start()) {
        bare.add(app.startupMillis());
        app.stop();
      }
    }
    long oursMedian = median(ours);
    long bareMedian = median(bare);
    lines.add(String.format(Locale.ROOT, "startup: ssr-workflow median %d ms %s, bare Camunda starter median %d ms %s,"
        + " ratio %.2f (target <= 1.5; JVM launch to /actuator/health UP, fresh H2 file each round)",
        oursMedian, ours, bareMedian, bare, (double) oursMedian / bareMedian));
  }

  // ------------------------------------------------------------------ 2. load check

  private static boolean loadCheck(List<String> lines, int seconds) throws Exception {
    Path dir = ApplicationProcess.workDirectory().resolve("bench-load-" + System.nanoTime());
    try (ApplicationProcess app = ApplicationProcess.builder("bench-load").productionJvm()
        .property("ssr.data-dir", dir.toString()).start()) {
      int port = app.port();
      Instant end = Instant.now().plusSeconds(seconds);
      int maxReviewsPerClient = 5_000; // bounded in count as well as in time
      AtomicInteger reviews = new AtomicInteger();
      AtomicLong requests = new AtomicLong();
      ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> clients = new ArrayList<>();
      Instant started = Instant.now();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          Http admin = Http.basic(port, "admin", PASSWORD);
          Http parliament = Http.basic(port, "parliament", PASSWORD);
          Http justice = Http.basic(port, "justice", PASSWORD);
          for (int n = 0; n < maxReviewsPerClient && Instant.now().isBefore(end); n++) {
            try {
              oneReview(port, "LOAD-" + client + "-" + n, admin, parliament, justice, requests, latencies);
              reviews.incrementAndGet();
            } catch (Throwable e) {
              errors.add(e.toString());
            }
          }
        }));
      }
      for (Future<?> f : clients) {
        f.get(seconds + 120L, TimeUnit.SECONDS);
      }
      pool.shutdownNow();
      double elapsed = Duration.between(started, Instant.now()).toMillis() / 1000.0;
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      lines.add(String.format(Locale.ROOT, "load check: %d clients for %.1f s: %d reviews completed (%.1f/s), %d REST "
          + "requests (%.1f/s), request latency p50 %d ms, p95 %d ms, p99 %d ms, unexpected errors: %d%s",
          CLIENTS, elapsed, reviews.get(), reviews.get() / elapsed, requests.get(), requests.get() / elapsed,
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), errors.size(),
          errors.isEmpty() ? "" : " e.g. " + errors.peek()));
      return errors.isEmpty();
    }
  }

  /** One review: admin starts it for two bodies, each body's member decides, admin reads the outcome. */
  private static void oneReview(int port, String code, Http admin, Http parliament, Http justice,
      AtomicLong requests, ConcurrentLinkedQueue<Long> latencies) {
    String body = "{\"businessKey\":\"" + code + "\",\"variables\":{"
        + "\"programmeCode\":{\"value\":\"" + code + "\",\"type\":\"String\"},"
        + "\"programmeTerm\":{\"value\":\"Security Sector Reform\",\"type\":\"String\"},"
        + "\"reviewKind\":{\"value\":\"NSP\",\"type\":\"String\"},"
        + "\"reviewSubject\":{\"value\":\"National Security Policy\",\"type\":\"String\"},"
        + "\"reviewVersion\":{\"value\":1,\"type\":\"Integer\"},"
        + "\"reviewGroups\":{\"value\":\"[\\\"parliamentOversight\\\",\\\"justiceOversight\\\"]\",\"type\":\"Json\"}}}";
    JsonNode started = ReviewRestDriver.read(expect(200, timed(requests, latencies, () -> admin.postJson(
        "/engine-rest/process-definition/key/" + OversightReviewProcess.KEY + "/start", body))));
    String id = started.get("id").asText();
    for (Http member : List.of(parliament, justice)) {
      JsonNode tasks = ReviewRestDriver.read(expect(200, timed(requests, latencies, () -> member.get(
          "/engine-rest/task?processInstanceId=" + id + "&taskDefinitionKey="
              + OversightReviewProcess.Elements.REVIEW_TASK + "&maxResults=10"))));
      if (tasks.size() != 1) {
        throw new IllegalStateException("expected one review task for the member, got " + tasks);
      }
      expect(204, timed(requests, latencies, () -> member.postJson("/engine-rest/task/" + tasks.get(0).get("id")
          .asText() + "/complete", "{\"variables\":{\"decision\":{\"value\":\"approved\"}}}")));
    }
    JsonNode history = ReviewRestDriver.read(expect(200, timed(requests, latencies,
        () -> admin.get("/engine-rest/history/process-instance/" + id))));
    if (!"COMPLETED".equals(history.get("state").asText())) {
      throw new IllegalStateException("review " + id + " not completed: " + history);
    }
  }

  // ------------------------------------------------------------------ 3. task query

  /** How long the clients query: 30 s, or an argument {@code query-seconds=N} (e.g. in engine.bench.args). */
  private static int querySeconds = 30;

  /**
   * The task query on both databases, one after the other: H2 (file, the local default) and PostgreSQL 16
   * (embedded, the production database, {@code postgres} profile as in production).
   */
  private static void taskQueries(List<String> lines, int openTasks, String[] args) throws Exception {
    for (String arg : args) {
      if (arg.startsWith("query-seconds=")) {
        querySeconds = Integer.parseInt(arg.substring("query-seconds=".length()));
      }
    }
    taskQuery(lines, openTasks, java.util.Map.of());
    taskQueryOnPostgres(lines, openTasks);
  }

  private static void taskQuery(List<String> lines, int openTasks, java.util.Map<String, String> properties)
      throws Exception {
    Path dir = ApplicationProcess.workDirectory().resolve("bench-query-" + System.nanoTime());
    ApplicationProcess.Builder builder = ApplicationProcess.builder("bench-query").productionJvm()
        .property("ssr.data-dir", dir.toString());
    properties.forEach(builder::property);
    taskQuery(lines, openTasks, builder, "H2 file" + (properties.isEmpty() ? "" : ", " + properties), null);
  }

  private static void taskQueryOnPostgres(List<String> lines, int openTasks) throws Exception {
    org.ssr.workflow.support.EmbeddedPostgresServer postgres = org.ssr.workflow.support.EmbeddedPostgresServer.shared();
    String jdbcUrl = postgres.createDatabase("bench_query");
    String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    ApplicationProcess.Builder builder = ApplicationProcess.builder("bench-query-pg").productionJvm()
        .profiles("postgres")
        .env("SSR_DB_URL", jdbcUrl)
        .env("SSR_DB_USER", org.ssr.workflow.support.EmbeddedPostgresServer.user())
        .env("SSR_DB_PASSWORD", "")
        .property("ssr.data-dir", ApplicationProcess.workDirectory().resolve("bench-query-pg-" + System.nanoTime())
            .toString());
    taskQuery(lines, openTasks, builder, "PostgreSQL 16 embedded", database);
  }

  /**
   * Seeds {@code openTasks} tasks of parliamentOversight as admin, checks that parliament sees all and justice none,
   * then 20 clients query pages of 50 as parliament. {@code postgresDatabase}: the database whose server processes'
   * CPU time is reported as well (null for H2, which runs inside the application).
   */
  private static void taskQuery(List<String> lines, int openTasks, ApplicationProcess.Builder builder, String label,
      String postgresDatabase) throws Exception {
    try (ApplicationProcess app = builder.start()) {
      int port = app.port();
      Instant seedStart = Instant.now();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> seeders = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        seeders.add(pool.submit(() -> {
          Http admin = Http.basic(port, "admin", PASSWORD);
          for (int n = next.getAndIncrement(); n < openTasks; n = next.getAndIncrement()) {
            String id = "benchTask" + n;
            expect(204, admin.postJson("/engine-rest/task/create",
                "{\"id\":\"" + id + "\",\"name\":\"Review item " + n + "\",\"priority\":50}"));
            expect(204, admin.postJson("/engine-rest/task/" + id + "/identity-links",
                "{\"groupId\":\"parliamentOversight\",\"type\":\"candidate\"}"));
          }
          return null;
        }));
      }
      for (Future<?> f : seeders) {
        f.get(30, TimeUnit.MINUTES);
      }
      long seedSeconds = Duration.between(seedStart, Instant.now()).toSeconds();
      long visible = ReviewRestDriver.read(expect(200, Http.basic(port, "parliament", PASSWORD).get(
          "/engine-rest/task/count?candidateGroup=parliamentOversight"))).get("count").asLong();
      long leaked = ReviewRestDriver.read(expect(200, Http.basic(port, "justice", PASSWORD).get(
          "/engine-rest/task/count?candidateGroup=parliamentOversight"))).get("count").asLong();
      if (visible != openTasks || leaked != 0) {
        throw new IllegalStateException("task query answers wrong: parliament sees " + visible + " of " + openTasks
            + " tasks, justice sees " + leaked + " (must be 0)");
      }

      long appCpuBefore = cpuMillis(app.pid());
      long dbCpuBefore = postgresDatabase == null ? 0 : postgresCpuMillis(postgresDatabase);
      Instant started = Instant.now();
      Instant end = started.plusSeconds(querySeconds);
      ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
      AtomicLong requests = new AtomicLong();
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          Http member = Http.basic(port, "parliament", PASSWORD);
          for (int n = 0; n < 100_000 && Instant.now().isBefore(end); n++) {
            int page = (client + n) % 20;
            expect(200, timed(requests, latencies, () -> member.get("/engine-rest/task?candidateGroup="
                + "parliamentOversight&sortBy=created&sortOrder=desc&firstResult=" + page * 50 + "&maxResults=50")));
          }
          return null;
        }));
      }
      for (Future<?> f : clients) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdownNow();
      double elapsed = Duration.between(started, Instant.now()).toMillis() / 1000.0;
      long appCpu = cpuMillis(app.pid()) - appCpuBefore;
      long dbCpu = postgresDatabase == null ? 0 : postgresCpuMillis(postgresDatabase) - dbCpuBefore;
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      long queries = Math.max(1, requests.get());
      lines.add(String.format(Locale.ROOT, "task query, %s: %d open tasks of group parliamentOversight (seeded in %d s;"
          + " %d visible to parliament, %d to justice), %d clients for %.1f s, GET /engine-rest/task?candidateGroup="
          + "parliamentOversight&sortBy=created&sortOrder=desc&firstResult=0..950&maxResults=50 as parliament"
          + " (authorization checks on): %d queries (%.1f/s), p50 %d ms, p95 %d ms (target <= 100), p99 %d ms;"
          + " CPU per query: application %.1f ms%s; load average after %s",
          label, openTasks, seedSeconds, visible, leaked, CLIENTS, elapsed, requests.get(), requests.get() / elapsed,
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), (double) appCpu / queries,
          postgresDatabase == null ? " (H2 inside it)"
              : String.format(Locale.ROOT, " + PostgreSQL server %.1f ms", (double) dbCpu / queries),
          loadAverage()));
    }
  }

  /** User + system CPU time of a process so far (Linux /proc; -1 elsewhere). */
  static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // fields after the command: state(0) ... utime(11) stime(12), in clock ticks (100 per second on Linux)
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** CPU time so far of the PostgreSQL server processes that serve {@code database} (their title names it). */
  static long postgresCpuMillis(String database) {
    long total = 0;
    try (java.util.stream.Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : (Iterable<Path>) processes::iterator) {
        String name = process.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String title = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
          if (title.startsWith("postgres: ") && title.contains(" " + database + " ")) {
            total += Math.max(0, cpuMillis(Long.parseLong(name)));
          }
        } catch (IOException | RuntimeException gone) {
          // the process ended meanwhile
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return total;
  }

  // ------------------------------------------------------------------ helpers

  private static HttpResponse<String> timed(AtomicLong requests, ConcurrentLinkedQueue<Long> latencies,
      java.util.function.Supplier<HttpResponse<String>> call) {
    long start = System.nanoTime();
    HttpResponse<String> response = call.get();
    latencies.add((System.nanoTime() - start) / 1_000_000);
    requests.incrementAndGet();
    return response;
  }

  private static String expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
          + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static long percentile(List<Long> sorted, int percentile) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
