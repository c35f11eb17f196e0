package org.ssr.workflow.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.implementation.ImplementationRestDriver;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeRestDriver;
import org.ssr.workflow.support.Http;

/**
 * Builds the database of a {@link LoadModel} through the application's REST API (the engine's APIs, never SQL), the
 * same way for an H2 file and for PostgreSQL: the application runs as its own JVM on the database to fill
 * ({@code support.ApplicationProcess}), and this class talks to it.
 * <ol>
 *   <li><b>users</b>: {@code users} people besides the demo users, members of the role groups in the proportions of
 *       {@link #ROLE_WEIGHTS} ({@code POST /engine-rest/user/create},
 *       {@code PUT /engine-rest/group/…/members/…});</li>
 *   <li><b>programmes</b>: {@code programmes} programmes {@code LM-001}, … started with the start form and driven
 *       by {@link ProgrammeRestDriver} to their implementation phase (every step's form submitted by the role's
 *       demo user, the financial plan uploaded, the oversight bodies deciding): their full history;</li>
 *   <li><b>yearly cycles</b> (2b): the first {@code longProgrammes} of them are then driven through {@code years}
 *       yearly cycles of their implementation by {@link ImplementationRestDriver} (the reporting year's timer
 *       executed by the administrator, the institutions' reports, the budget execution uploaded, the annual report
 *       consolidated and approved by the reviewing bodies);</li>
 *   <li><b>open reviews</b>: {@code openTasks} oversight reviews still to decide, each of one programme, for
 *       parliament's committee (the busiest group) and, drawn with probability ½ each, for justice oversight and the
 *       civil-society monitor: {@code openTasks} open tasks of {@code parliamentOversight}, about half as many for
 *       the two others, each with the grants the engine gives a candidate group.</li>
 * </ol>
 * Every choice comes from one {@link Random} with the model's seed, drawn in a fixed order before any request is
 * sent, and the values of a programme's yearly reports from a {@link Random} of the seed and the programme's number:
 * the same model gives the same programmes, years, users and reviews (ids and times differ).
 */
public final class LoadModelGenerator {

  public static final String PASSWORD = DemoUsers.PASSWORD;
  /** Generated users are {@code load<group><n>} (the engine's default id pattern allows letters and digits only). */
  public static final String USER_PREFIX = "load";
  public static final String BUSIEST_GROUP = SsrGroups.PARLIAMENT_OVERSIGHT;

  /** How the model's users are spread over the roles (the bodies and the coordination unit use it most). */
  static final Map<String, Integer> ROLE_WEIGHTS = rolesWeights();

  private static Map<String, Integer> rolesWeights() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put(SsrGroups.PARLIAMENT_OVERSIGHT, 6);
    weights.put(SsrGroups.COORDINATION_UNIT, 4);
    weights.put(SsrGroups.JUSTICE_OVERSIGHT, 4);
    weights.put(SsrGroups.CIVIL_SOCIETY_MONITOR, 4);
    weights.put(SsrGroups.PROGRAMME_MANAGERS, 3);
    weights.put(SsrGroups.AGENCY_POLICE, 3);
    weights.put(SsrGroups.AGENCY_DEFENCE, 3);
    weights.put(SsrGroups.DONORS, 2);
    weights.put(SsrGroups.FACILITATORS, 1);
    return Collections.unmodifiableMap(weights);
  }

  /** What was built: the programme codes, the users per group, the open tasks per body, the time taken. */
  public record Generated(List<String> programmes, Map<String, List<String>> usersByGroup,
      Map<String, Integer> openTasksByGroup, Duration users, Duration programmesTook, Duration reviews) {

    /** Every member of the group, demo user first. */
    public List<String> members(String group) {
      List<String> members = new ArrayList<>();
      DemoUsers.ALL.stream().filter(user -> user.groupId().equals(group)).forEach(user -> members.add(user.id()));
      members.addAll(usersByGroup.getOrDefault(group, List.of()));
      return members;
    }
  }

  private LoadModelGenerator() {}

  /**
   * Builds the model in the application listening on {@code port} (fresh database, demo data on, job executor on),
   * with {@code parallel} REST clients at a time. {@code jobExecutor}: false when the application's job executor is
   * off (the Spring tests): the generator then runs the programmes' due jobs itself.
   */
  public static Generated generate(int port, LoadModel model, int parallel, boolean jobExecutor,
      Consumer<String> log) throws Exception {
    Random random = new Random(model.seed());
    Http admin = Http.basic(port, "admin", PASSWORD);

    // 1. users, in a fixed order
    Instant start = Instant.now();
    // the roles interleaved (one of each first), so that a small model still has every role
    List<String> roles = new ArrayList<>();
    int rounds = ROLE_WEIGHTS.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Integer> role : ROLE_WEIGHTS.entrySet()) {
        if (role.getValue() > round) {
          roles.add(role.getKey());
        }
      }
    }
    Map<String, List<String>> usersByGroup = new LinkedHashMap<>();
    for (int n = 0; n < model.users(); n++) {
      String group = roles.get(n % roles.size());
      List<String> members = usersByGroup.computeIfAbsent(group, g -> new ArrayList<>());
      String id = USER_PREFIX + group.toLowerCase(Locale.ROOT) + (members.size() + 1);
      expect(204, admin.postJson("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id
          + "\",\"firstName\":\"Load\",\"lastName\":\"" + group + " " + (members.size() + 1) + "\",\"email\":\""
          + id + "@ssr.example\"},\"credentials\":{\"password\":\"" + PASSWORD + "\"}}"));
      expect(204, admin.putJson("/engine-rest/group/" + group + "/members/" + id, ""));
      members.add(id);
    }
    Duration usersTook = Duration.between(start, Instant.now());
    log.accept("users: " + model.users() + " in " + usersTook.toSeconds() + " s " + usersByGroup);

    // 2. programmes through to their implementation phase
    start = Instant.now();
    List<String> codes = new ArrayList<>();
    for (int p = 1; p <= model.programmes(); p++) {
      codes.add(String.format(Locale.ROOT, "LM-%03d", p));
    }
    // each programme's yearly cycles draw from their own seed (the model's and the programme's number), so that the
    // order the clients take them in changes no figure, and the reviews of step 3 stay those of earlier runs
    Map<String, Long> cycleSeeds = new LinkedHashMap<>();
    for (int p = 0; p < codes.size(); p++) {
      cycleSeeds.put(codes.get(p), model.seed() * 1_000_003L + p);
    }
    AtomicInteger done = new AtomicInteger();
    AtomicLong planningNanos = new AtomicLong();
    AtomicLong cycleNanos = new AtomicLong();
    AtomicInteger cycles = new AtomicInteger();
    runParallel(parallel, codes, code -> {
      long planningStart = System.nanoTime();
      ProgrammeRestDriver driver = (jobExecutor ? new ProgrammeRestDriver(() -> port, code)
          : ProgrammeRestDriver.withoutJobExecutor(port, code)).patience(Duration.ofMinutes(10));
      driver.start();
      driver.driveToEnd();
      planningNanos.addAndGet(System.nanoTime() - planningStart);
      // 2b. the long programmes' yearly cycles
      if (codes.indexOf(code) < model.longOnes()) {
        long cyclesStart = System.nanoTime();
        new ImplementationRestDriver(driver, cycleSeeds.get(code)).years(model.years());
        cycleNanos.addAndGet(System.nanoTime() - cyclesStart);
        cycles.addAndGet(model.years());
      }
      int n = done.incrementAndGet();
      if (n % 10 == 0 || n == codes.size()) {
        log.accept("programmes: " + n + " of " + codes.size() + " in implementation, " + cycles.get()
            + " yearly cycles");
      }
    });
    Duration programmesTook = Duration.between(start, Instant.now());
    if (!codes.isEmpty()) {
      log.accept(String.format(Locale.ROOT, "per programme: planning to implementation %.1f s; per yearly cycle "
          + "%.1f s (%d cycles; client time, %d clients in parallel)", planningNanos.get() / 1e9 / codes.size(),
          cycles.get() == 0 ? 0.0 : cycleNanos.get() / 1e9 / cycles.get(), cycles.get(), Math.max(1, parallel)));
    }

    // 3. open reviews: every choice drawn first, in order
    start = Instant.now();
    List<String> bodies = new ArrayList<>();
    Map<String, Integer> openTasksByGroup = new LinkedHashMap<>();
    for (int n = 0; n < model.openTasks(); n++) {
      StringBuilder groups = new StringBuilder("[\\\"" + BUSIEST_GROUP + "\\\"");
      openTasksByGroup.merge(BUSIEST_GROUP, 1, Integer::sum);
      for (String other : List.of(SsrGroups.JUSTICE_OVERSIGHT, SsrGroups.CIVIL_SOCIETY_MONITOR)) {
        if (random.nextBoolean()) {
          groups.append(",\\\"").append(other).append("\\\"");
          openTasksByGroup.merge(other, 1, Integer::sum);
        }
      }
      String code = codes.isEmpty() ? "LM-000" : codes.get(random.nextInt(codes.size()));
      bodies.add(reviewStart(code + "-R" + (n + 1), code, 1 + random.nextInt(3), groups + "]"));
    }
    AtomicInteger started = new AtomicInteger();
    runParallel(parallel, bodies, body -> {
      expect(200, admin.postJson("/engine-rest/process-definition/key/" + OversightReviewProcess.KEY + "/start",
          body));
      int n = started.incrementAndGet();
      if (n % 1000 == 0) {
        log.accept("reviews: " + n + " of " + bodies.size() + " started");
      }
    });
    Duration reviewsTook = Duration.between(start, Instant.now());
    log.accept(String.format(Locale.ROOT, "generated %s: programmes in %d s, %d open reviews in %d s, open tasks %s",
        model, programmesTook.toSeconds(), bodies.size(), reviewsTook.toSeconds(), openTasksByGroup));
    return new Generated(codes, usersByGroup, openTasksByGroup, usersTook, programmesTook, reviewsTook);
  }

  /** The start of one oversight review of the programme's National Security Policy, as the programme calls it. */
  private static String reviewStart(String businessKey, String code, int version, String groups) {
    return "{\"businessKey\":\"" + businessKey + "\",\"variables\":{"
        + "\"programmeCode\":{\"value\":\"" + code + "\",\"type\":\"String\"},"
        + "\"programmeTerm\":{\"value\":\"Security Sector Reform\",\"type\":\"String\"},"
        + "\"reviewKind\":{\"value\":\"NSP\",\"type\":\"String\"},"
        + "\"reviewSubject\":{\"value\":\"National Security Policy\",\"type\":\"String\"},"
        + "\"reviewVersion\":{\"value\":" + version + ",\"type\":\"Integer\"},"
        + "\"reviewGroups\":{\"value\":\"" + groups + "\",\"type\":\"Json\"}}}";
  }

  private interface Work<T> {
    void run(T item) throws Exception;
  }

  private static <T> void runParallel(int parallel, List<T> items, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < Math.max(1, parallel); w++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
            work.run(items.get(i));
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get(6, TimeUnit.HOURS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  static String expect(int status, HttpResponse<String> response) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
          + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  static JsonNode read(String body) {
    return ReviewRestDriver.read(body);
  }
}
