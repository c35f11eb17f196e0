package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.cluster.ReviewRestDriver.activityCount;
import static org.ssr.workflow.cluster.ReviewRestDriver.await;
import static org.ssr.workflow.cluster.ReviewRestDriver.chase;
import static org.ssr.workflow.cluster.ReviewRestDriver.decideOk;
import static org.ssr.workflow.cluster.ReviewRestDriver.list;
import static org.ssr.workflow.cluster.ReviewRestDriver.openTasks;
import static org.ssr.workflow.cluster.ReviewRestDriver.startReview;
import static org.ssr.workflow.cluster.ReviewRestDriver.state;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.ssr.workflow.oversight.OversightReviewProcess.Elements;
import org.ssr.workflow.support.ApplicationProcess;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * Production shape on a real PostgreSQL: the application with the {@code postgres} profile, first alone (schema,
 * migrations, a review end to end), then as a two-node cluster. Each node is its own JVM with its own job executor,
 * both on one database. A review is driven through both nodes alternately; its deadline and escalation timers fire
 * exactly once across the cluster (asserted from history); one node is stopped mid-review and the other finishes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresClusterTest {

  private static final List<String> BODIES = List.of("parliamentOversight", "justiceOversight", "civilSocietyMonitor");

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
  void twoNodesShareTheWorkTimersFireOnceAndOneNodeFinishesAlone() {
    nodeB = node("node-b");
    int a = nodeA.port();
    int b = nodeB.port();

    ReviewRestDriver.openTasks(b, "none"); // first request on a fresh node initialises the REST layer

    // started on A, first decision on B: both nodes see the same instance
    String review = startReview(a, "PG-CLUSTER", BODIES, "PT6S", "PT4S");
    decideOk(b, review, "parliamentOversight", "approved");

    // the two bodies still deciding pass their deadline, then the escalation delay: one chase task and one
    // escalation task per body, whichever node's job executor takes the timer
    await("a chase and an escalation task for each of the 2 late bodies", Duration.ofSeconds(90),
        () -> openTasks(a, review, Elements.CHASE_OVERDUE_REVIEW).size() == 2
            && openTasks(b, review, Elements.ESCALATE_OVERDUE_REVIEW).size() == 2);
    // a manager chases through A
    chase(a, openTasks(a, review, Elements.CHASE_OVERDUE_REVIEW).get(0).get("id").asText());

    // node A goes away mid-review; B finishes
    nodeA.stop();
    assertThat(nodeA.isAlive()).isFalse();
    decideOk(b, review, "justiceOversight", "approved");
    decideOk(b, review, "civilSocietyMonitor", "approved");
    assertThat(state(b, review)).isEqualTo("COMPLETED");
    assertThat(ReviewRestDriver.historicVariable(b, review, "reviewOutcome")).isEqualTo("approved");

    // exactly once across the cluster, from history: per body's review, the deadline and the escalation timer
    // fired at most once, and exactly once for each of the two late bodies (parliament decided within its deadline)
    Map<String, Long> deadlines = firingsPerBody(b, review, Elements.DEADLINE_TIMER);
    Map<String, Long> escalations = firingsPerBody(b, review, Elements.ESCALATION_TIMER);
    assertThat(deadlines).as("deadline timer firings per body's review").hasSizeBetween(2, 3)
        .allSatisfy((body, firings) -> assertThat(firings).isEqualTo(1L));
    assertThat(escalations).as("escalation timer firings per body's review").hasSizeBetween(2, 3)
        .allSatisfy((body, firings) -> assertThat(firings).isEqualTo(1L));
    assertThat(activityCount(b, review, Elements.CHASE_OVERDUE_REVIEW)).isEqualTo(deadlines.size());
    assertThat(activityCount(b, review, Elements.ESCALATE_OVERDUE_REVIEW)).isEqualTo(escalations.size());
    List<JsonNode> timerRuns = list(ReviewRestDriver.admin(b).get(
        "/engine-rest/history/job-log?processInstanceId=" + review + "&successLog=true&maxResults=100"));
    Map<String, Long> runsPerJob = timerRuns.stream()
        .collect(Collectors.groupingBy(log -> log.get("jobId").asText(), TreeMap::new, Collectors.counting()));
    assertThat(runsPerJob).as("successful runs per timer job")
        .hasSize(deadlines.size() + escalations.size())
        .allSatisfy((job, runs) -> assertThat(runs).as("runs of job %s", job).isEqualTo(1L));
    assertThat(ReviewRestDriver.count(b, "/engine-rest/history/job-log/count?processInstanceId=" + review
        + "&failureLog=true")).as("failed job runs").isZero();
    Map<String, Long> perNode = timerRuns.stream()
        .collect(Collectors.groupingBy(log -> log.get("hostname").asText(), TreeMap::new, Collectors.counting()));
    System.out.println("[cluster] timer jobs run per node: " + perNode);
    assertThat(perNode.keySet()).isSubsetOf("node-a", "node-b");
  }

  /** How often a boundary timer fired, per body's review (the multi-instance subprocess instance it belongs to). */
  private static Map<String, Long> firingsPerBody(int port, String review, String timerId) {
    List<JsonNode> firings = list(ReviewRestDriver.admin(port).get("/engine-rest/history/activity-instance"
        + "?processInstanceId=" + review + "&activityId=" + timerId + "&maxResults=100"));
    return firings.stream().collect(Collectors.groupingBy(
        firing -> firing.get("parentActivityInstanceId").asText(), TreeMap::new, Collectors.counting()));
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as(sql).isTrue();
      return rows.getString(1);
    }
  }
}
