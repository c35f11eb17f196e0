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
 *   <li>task query for one group with 10,000 open tasks under 20 concurrent clients: p50/p95/p99.</li>
 * </ol>
 * Usage: {@code EngineBenchmarks <report.md> [loadSeconds] [openTasks]}.
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

    // optional 4th argument "query-only": only the task query, once as configured and once with the engine's
    // authorizationCheckRevokes=never (no REVOKE authorizations exist in this application)
    boolean clean = true;
    if (args.length > 3 && args[3].equals("query-only")) {
      taskQuery(lines, openTasks, java.util.Map.of());
      taskQuery(lines, openTasks,
          java.util.Map.of("camunda.bpm.generic-properties.properties.authorization-check-revokes", "never"));
    } else {
      startup(lines);
      clean = loadCheck(lines, loadSeconds);
      taskQuery(lines, openTasks, java.util.Map.of());
    }

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
      try (ApplicationProcess app = ApplicationProcess.builder("bench-ssr")
          .property("ssr.data-dir", dir.toString()).start()) {
        ours.add(app.startupMillis());
        app.stop();
      }
      try (ApplicationProcess app = ApplicationProcess.builder("bench-bare")
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
    try (ApplicationProcess app = ApplicationProcess.builder("bench-load")
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

  private static void taskQuery(List<String> lines, int openTasks, java.util.Map<String, String> properties)
      throws Exception {
    Path dir = ApplicationProcess.workDirectory().resolve("bench-query-" + System.nanoTime());
    ApplicationProcess.Builder builder = ApplicationProcess.builder("bench-query")
        .property("ssr.data-dir", dir.toString());
    properties.forEach(builder::property);
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
      Http check = Http.basic(port, "parliament", PASSWORD);
      long visible = ReviewRestDriver.read(expect(200, check.get(
          "/engine-rest/task/count?candidateGroup=parliamentOversight"))).get("count").asLong();

      Instant end = Instant.now().plusSeconds(30);
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
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      lines.add(String.format(Locale.ROOT, "task query: %d open tasks of group parliamentOversight (seeded in %d s; "
          + "%d visible to user parliament), %d clients for 30 s, GET /engine-rest/task?candidateGroup=...&maxResults=50"
          + " as parliament (authorization checks on%s): %d queries, p50 %d ms, p95 %d ms (target <= 100), p99 %d ms",
          openTasks, seedSeconds, visible, CLIENTS, properties.isEmpty() ? "" : ", " + properties,
          requests.get(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99)));
    }
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

  private static long percentile(List<Long> sorted, int percentile) {
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

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
