package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.cluster.ReviewRestDriver.decideOk;
import static org.ssr.workflow.cluster.ReviewRestDriver.startReview;
import static org.ssr.workflow.cluster.ReviewRestDriver.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeRestDriver;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.support.ApplicationProcess;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * Production shape on a real PostgreSQL: the application with the {@code postgres} profile, first alone (schema,
 * migrations, a review end to end), then as a two-node cluster. Each node is its own JVM with its own job executor,
 * both on one database. A whole programme is driven through the REST API, each request to the other node: the
 * dialog, scoping, a risk report, every document and review, the financial plan template prepared by a job executor
 * and the filled plan uploaded. A review deadline and escalation (2 bodies) and the risk's mitigation deadline fire
 * on whichever node takes them, and history shows each such job ran exactly once across the cluster and the risk
 * was raised to high. Node A is stopped mid-programme (after the plan upload) and node B finishes the programme.
 *
 * <p>Short deadlines without changing the models: the nodes run with {@code ssr.review.escalation-delay=PT3S} and
 * {@code ssr.risk.mitigation-deadline=PT3S}; the review deadline is the programme's {@code reviewDeadline}, which the
 * test sets to PT2S for the governance review only, as an administrator would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresClusterTest {

  /** Waiting for a task or a timer: generous, the CI machine is shared; the assertions stay exact. */
  private static final Duration PATIENCE = Duration.ofSeconds(150);

  private String jdbcUrl;
  private ApplicationProcess nodeA;
  private ApplicationProcess nodeB;

  @BeforeAll
  void startFirstNode() {
    jdbcUrl = EmbeddedPostgresServer.shared().createDatabase("cluster");
    nodeA = node("node-a");
  }

  @AfterAll
  void stopNodes() {
    for (ApplicationProcess node : new ApplicationProcess[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  private ApplicationProcess node(String name) {
    return ApplicationProcess.builder(name)
        .profiles("postgres")
        // the operator's variables (docs/operations.md)
        .env("SSR_DB_URL", jdbcUrl)
        .env("SSR_DB_USER", EmbeddedPostgresServer.user())
        .env("SSR_DB_PASSWORD", "")
        .property("ssr.data-dir", ApplicationProcess.workDirectory().resolve(name).toString())
        // the job log names the node that ran each job
        .property("camunda.bpm.generic-properties.properties.hostname", name)
        .property("spring.datasource.hikari.maximum-pool-size", "10")
        // deadlines in seconds (application.yaml ssr.review / ssr.risk): the escalation of an overdue review and the
        // mitigation plan of a medium risk; the review deadline itself stays P21D unless the test shortens it
        .property("ssr.review.escalation-delay", "PT3S")
        .property("ssr.risk.mitigation-deadline", "PT3S")
        .eagerJobExecutor()
        .start();
  }

  @Test
  @Order(1)
  void camundaSchemaAndOurMigrationsAreOnPostgresql() throws SQLException {
    try (Connection db = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.user(), "");
        Statement statement = db.createStatement()) {
      assertThat(single(statement, "select version_ from act_ge_schema_log order by timestamp_ desc limit 1"))
          .isEqualTo("7.24.0");
      assertThat(single(statement, "select count(*) from ssr_schema_history where success = false")).isEqualTo("0");
      List<String> versions = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(
          "select version from ssr_schema_history where version is not null order by installed_rank")) {
        while (rows.next()) {
          versions.add(rows.getString(1));
        }
      }
      assertThat(versions).as("our Flyway migrations applied on PostgreSQL").isNotEmpty();
      // the finance tables of V10 are there and usable
      assertThat(single(statement, "select count(*) from fin_plan_version")).isEqualTo("0");
      assertThat(single(statement, "select count(*) from act_re_procdef where key_ = 'oversight-review'"))
          .isEqualTo("1");
    }
  }

  @Test
  @Order(2)
  void aReviewRunsEndToEndOnPostgresql() {
    int port = nodeA.port();
    String review = startReview(port, "PG-E2E", List.of("parliamentOversight", "justiceOversight"), "P21D", "P7D");
    decideOk(port, review, "parliamentOversight", "approved");
    decideOk(port, review, "justiceOversight", "approved");
    assertThat(state(port, review)).isEqualTo("COMPLETED");
    assertThat(ReviewRestDriver.historicVariable(port, review, "reviewOutcome")).isEqualTo("approved");
    String decisions = ReviewRestDriver.historicVariable(port, review, "reviewDecisions");
    assertThat(decisions).contains("parliament", "justice");
  }

  @Test
  @Order(3)
  void aWholeProgrammeOnTwoNodes_timersFireOnce_oneNodeStopsAndTheOtherFinishes() {
    nodeB = node("node-b");
    // every request goes to the next live node in turn: claim on one node, submit on the other
    List<Integer> live = new CopyOnWriteArrayList<>(List.of(nodeA.port(), nodeB.port()));
    AtomicInteger turn = new AtomicInteger();
    ProgrammeRestDriver programme = new ProgrammeRestDriver(
        () -> live.get(Math.floorMod(turn.getAndIncrement(), live.size())), "PG-CLUSTER-01")
        .patience(PATIENCE);

    programme.start();
    programme.dialog();
    programme.needsAssessment();
    programme.scope();

    // step 12: a political risk, assessed 2 x 3 = medium; nobody writes the mitigation plan, so its deadline
    // (ssr.risk.mitigation-deadline, PT3S on these nodes) raises it to high on whichever node takes the timer
    String riskId = programme.reportRisk("monitor", "Spoilers in the north", "political");
    programme.assessRisk(2, 3);

    // the administrator gives the governance review a 2-second deadline (the programme's reviewDeadline, which
    // every review call passes on), and restores the usual three weeks once that review has started
    setReviewDeadline(programme, "PT2S");
    programme.governanceStructures();
    setReviewDeadline(programme, "P21D");
    programme.nationalSecurityPolicy(); // its review waits until the oversight structures are approved

    // monitor and parliament both miss the deadline, then the escalation delay (PT3S): a chase and an escalation
    // task each; the risk's deadline has passed too
    programme.await("a chase and an escalation task for each of the 2 reviewing bodies",
        () -> programme.openTasks(OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW).size() == 2
            && programme.openTasks(OversightReviewProcess.Elements.ESCALATE_OVERDUE_REVIEW).size() == 2);
    programme.await("the risk raised to high: the programme managers' decision is due",
        () -> programme.openTasks(RiskHandlingProcess.Elements.DECIDE_HIGH_RISK).size() == 1);
    programme.recordChase(programme.openTasks(OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW).get(0)
        .get("id").asText());
    programme.approveReview("monitor");
    programme.approveReview("parliament");
    assertThat(programme.openTasks()).as("the decisions withdrew the other chase and both escalations")
        .noneMatch(task -> task.get("taskDefinitionKey").asText().contains("Overdue"));

    programme.approveReview("parliament"); // NSP
    programme.agencyFrameworks();
    programme.approveReview("parliament");
    programme.approveReview("parliament");
    programme.approveReview("justice");
    programme.gapAnalysisAndStrategy();
    programme.donorPledges(); // the template is prepared asynchronously, by either node's job executor
    programme.uploadFinancialPlan();
    assertThat(programme.planVersions()).as("plan versions").hasSize(1);

    // node A goes away mid-programme; B finishes it alone
    Map<Integer, Integer> beforeStop = programme.requestsPerNode();
    live.remove(Integer.valueOf(nodeA.port()));
    nodeA.stop();
    assertThat(nodeA.isAlive()).isFalse();
    programme.decideHighRisk("accept");
    programme.confirmFinancialPlanTotals();
    programme.approveReview("parliament");
    assertThat(programme.requestsPerNode().get(nodeA.port())).as("no request to the stopped node")
        .isEqualTo(beforeStop.get(nodeA.port()));
    System.out.println("[cluster] requests per node (port): " + programme.requestsPerNode() + ", node-a="
        + nodeA.port() + ", node-b=" + nodeB.port());

    // the planning is complete, with its plan and its risk: the programme is in implementation
    assertThat(programme.state()).isEqualTo("ACTIVE");
    assertThat(programme.inImplementation()).isTrue();
    assertThat(programme.historicVariable("programmeSummary")).contains("ready for implementation",
        "Financial feasibility plan version: 1");
    List<JsonNode> versions = programme.planVersions();
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
    assertThat(versions.get(0).get("uploadedBy").asText()).isEqualTo("coordinator");
    assertThat(versions.get(0).get("approved").asBoolean()).as("approved by oversight").isTrue();
    List<JsonNode> risks = programme.risks();
    assertThat(risks).hasSize(1);
    JsonNode risk = risks.get(0);
    assertThat(risk.get("riskId").asText()).isEqualTo(riskId);
    assertThat(risk.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(risk.get("level").asText()).as("escalated").isEqualTo("high");
    List<JsonNode> levelChanges = ProgrammeRestDriver.list(risk.get("levelChanges"));
    assertThat(levelChanges).extracting(change -> change.get("level").asText()).containsExactly("medium", "high");
    assertThat(levelChanges.get(1).get("by").asText()).as("raised by the timer").isEqualTo("system");

    // exactly once across the cluster, from history: every job of the programme and of everything it called
    Map<String, List<JsonNode>> logsPerJob = new TreeMap<>();
    Map<String, Long> firings = new TreeMap<>();
    int b = nodeB.port();
    for (JsonNode instance : programme.instanceTree()) {
      String id = instance.get("id").asText();
      ReviewRestDriver.list(ReviewRestDriver.admin(b).get(
              "/engine-rest/history/job-log?processInstanceId=" + id + "&maxResults=1000"))
          .forEach(log -> logsPerJob.computeIfAbsent(log.get("jobId").asText(), job -> new ArrayList<>()).add(log));
      for (String activity : TIMERS) {
        long count = ReviewRestDriver.activityCount(b, id, activity);
        if (count > 0) {
          firings.merge(activity, count, Long::sum);
        }
      }
    }
    List<JsonNode> allLogs = logsPerJob.values().stream().flatMap(List::stream).toList();
    assertThat(allLogs).as("failed job runs").noneMatch(log -> log.get("failureLog").asBoolean());
    Map<String, Long> successfulJobsPerActivity = new TreeMap<>();
    logsPerJob.forEach((job, logs) -> {
      long runs = logs.stream().filter(log -> log.get("successLog").asBoolean()).count();
      assertThat(runs).as("successful runs of job %s (%s)", job, logs.get(0).get("activityId").asText())
          .isLessThanOrEqualTo(1L);
      if (runs == 1) {
        successfulJobsPerActivity.merge(logs.get(0).get("activityId").asText(), 1L, Long::sum);
      }
    });
    Map<String, Long> expected = Map.of(
        OversightReviewProcess.Elements.DEADLINE_TIMER, 2L,
        OversightReviewProcess.Elements.ESCALATION_TIMER, 2L,
        RiskHandlingProcess.Elements.MITIGATION_PLAN_OVERDUE, 1L,
        ProgrammeProcess.Elements.PREPARE_FINANCIAL_PLAN_TEMPLATE, 1L);
    assertThat(successfulJobsPerActivity).as("jobs that ran, per element").isEqualTo(expected);
    assertThat(firings).as("timer events in the history, per element").isEqualTo(Map.of(
        OversightReviewProcess.Elements.DEADLINE_TIMER, 2L,
        OversightReviewProcess.Elements.ESCALATION_TIMER, 2L,
        RiskHandlingProcess.Elements.MITIGATION_PLAN_OVERDUE, 1L));
    assertThat(activityCount(programme, RiskHandlingProcess.Elements.ESCALATE_TO_HIGH)).isEqualTo(1L);
    Map<String, Long> perNode = allLogs.stream().filter(log -> log.get("successLog").asBoolean())
        .collect(Collectors.groupingBy(log -> log.get("hostname").asText(), TreeMap::new, Collectors.counting()));
    System.out.println("[cluster] jobs run per node: " + perNode);
    assertThat(perNode.keySet()).isSubsetOf("node-a", "node-b");
  }

  /** The timer events whose firings the cluster test counts. */
  private static final List<String> TIMERS = List.of(OversightReviewProcess.Elements.DEADLINE_TIMER,
      OversightReviewProcess.Elements.ESCALATION_TIMER, RiskHandlingProcess.Elements.MITIGATION_PLAN_OVERDUE);

  /** How often the element ran in the programme and everything it called. */
  private long activityCount(ProgrammeRestDriver programme, String activityId) {
    return programme.instanceTree().stream()
        .mapToLong(instance -> ReviewRestDriver.activityCount(nodeB.port(), instance.get("id").asText(), activityId))
        .sum();
  }

  /** As an administrator would in Cockpit: changes the programme's review deadline for the reviews it starts next. */
  private static void setReviewDeadline(ProgrammeRestDriver programme, String deadline) {
    HttpResponse<String> changed = programme.as("admin").postJson(
        "/engine-rest/process-instance/" + programme.programmeId() + "/variables",
        "{\"modifications\":{\"" + ProgrammeProcess.Variables.REVIEW_DEADLINE.name() + "\":{\"value\":\""
            + deadline + "\",\"type\":\"String\"}}}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as(sql).isTrue();
      return rows.getString(1);
    }
  }
}
