package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.cluster.ReviewRestDriver.await;
import static org.ssr.workflow.cluster.ReviewRestDriver.chase;
import static org.ssr.workflow.cluster.ReviewRestDriver.decideOk;
import static org.ssr.workflow.cluster.ReviewRestDriver.openTasks;
import static org.ssr.workflow.cluster.ReviewRestDriver.startReview;
import static org.ssr.workflow.cluster.ReviewRestDriver.state;
import static org.ssr.workflow.cluster.ReviewRestDriver.variables;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.oversight.OversightReviewProcess.Elements;
import org.ssr.workflow.support.ApplicationProcess;

/**
 * A server dies mid-work: the application as its own JVM on its H2 file database, several reviews at different
 * points (a decision taken, none taken, a deadline passed and chased by a timer), then {@code kill -9} right after
 * the last answered request. After a restart on the same file every task and variable is there, and every review
 * completes.
 */
class CrashRecoveryTest {

  private ApplicationProcess app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  private static ApplicationProcess start(Path dataDir) {
    return ApplicationProcess.builder("crash")
        // the shipped datasource URL (application.yaml, WRITE_DELAY=0): before it, a kill -9 right after an
        // answered request lost that request
        .property("ssr.data-dir", dataDir.toString())
        .eagerJobExecutor()
        .start();
  }

  @Test
  void nothingAnsweredIsLostWhenTheServerIsKilled() {
    Path dataDir = ApplicationProcess.workDirectory().resolve("crash-data-" + System.nanoTime());
    app = start(dataDir);
    int port = app.port();

    String decidedInPart = startReview(port, "CRASH-1", List.of("parliamentOversight", "justiceOversight"),
        "P21D", "P7D");
    decideOk(port, decidedInPart, "parliamentOversight", "returned");
    String untouched = startReview(port, "CRASH-2", List.of("parliamentOversight", "civilSocietyMonitor"),
        "P21D", "P7D");
    String overdue = startReview(port, "CRASH-3", List.of("justiceOversight"), "PT2S", "P7D");
    await("the deadline timer of CRASH-3 created a chase task", Duration.ofSeconds(60),
        () -> openTasks(port, overdue, Elements.CHASE_OVERDUE_REVIEW).size() == 1);
    List<String> reviews = List.of(decidedInPart, untouched, overdue);
    Map<String, Snapshot> before = snapshot(port, reviews);
    String monitorTask = ReviewRestDriver.reviewTask(port, untouched, "civilSocietyMonitor");

    // the last write is answered, and at once the power goes (SIGKILL: no shutdown hook, no flush)
    assertThat(ReviewRestDriver.decide(port, monitorTask, "monitor", "approved", null).statusCode()).isEqualTo(204);
    app.kill();

    app = start(dataDir);
    int restarted = app.port();
    Map<String, Snapshot> after = snapshot(restarted, reviews);
    assertThat(after.get(decidedInPart)).isEqualTo(before.get(decidedInPart));
    assertThat(after.get(overdue)).isEqualTo(before.get(overdue));
    // the answered decision survived: the monitor's task is gone, its decision is in the review's record
    Snapshot untouchedBefore = before.get(untouched);
    Snapshot untouchedAfter = after.get(untouched);
    assertThat(untouchedAfter.openTasks()).doesNotContainKey(monitorTask)
        .hasSize(untouchedBefore.openTasks().size() - 1);
    assertThat(untouchedBefore.openTasks()).containsAllEntriesOf(untouchedAfter.openTasks());
    assertThat(untouchedAfter.variables().get("reviewDecisions")).contains("monitor", "approved");

    // and the work goes on: every review completes
    decideOk(restarted, decidedInPart, "justiceOversight", "approved");
    decideOk(restarted, untouched, "parliamentOversight", "approved");
    chase(restarted, openTasks(restarted, overdue, Elements.CHASE_OVERDUE_REVIEW).get(0).get("id").asText());
    decideOk(restarted, overdue, "justiceOversight", "approved");
    for (String review : reviews) {
      assertThat(state(restarted, review)).as("review %s", review).isEqualTo("COMPLETED");
    }
    assertThat(ReviewRestDriver.historicVariable(restarted, decidedInPart, "reviewOutcome")).isEqualTo("returned");
    assertThat(ReviewRestDriver.historicVariable(restarted, untouched, "reviewOutcome")).isEqualTo("approved");
  }

  /** What a user would see of an instance: its open tasks and its variables. */
  record Snapshot(Map<String, String> openTasks, Map<String, String> variables) {}

  private static Map<String, Snapshot> snapshot(int port, List<String> instances) {
    Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    for (String instance : instances) {
      Map<String, String> tasks = new TreeMap<>();
      for (JsonNode task : openTasks(port, instance)) {
        tasks.put(task.get("id").asText(), task.get("taskDefinitionKey").asText() + " | " + task.get("name").asText()
            + " | due " + task.get("due").asText());
      }
      Map<String, String> variables = new TreeMap<>();
      variables(port, instance).fields().forEachRemaining(variable ->
          variables.put(variable.getKey(), variable.getValue().get("type").asText() + " "
              + variable.getValue().get("value")));
      assertThat(tasks).as("open tasks of %s", instance).isNotEmpty();
      snapshots.put(instance, new Snapshot(tasks, variables));
    }
    return snapshots;
  }
}
