package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeRestDriver;
import org.ssr.workflow.support.ApplicationProcess;

/**
 * A server dies mid-work: the application as its own JVM on its H2 file database, three programmes driven through the
 * REST API to different points (in the dialog with a risk just reported; in the governance review, half decided,
 * with a high risk awaiting the managers; at the financial plan), then the filled plan is uploaded and {@code kill -9}
 * follows the answer at once. After a restart on the same file every task, variable, plan version and risk is there
 * (the uploaded plan included), and every programme runs to its end.
 */
class CrashRecoveryTest {

  /** Waiting for a task or a job: generous, the CI machine is shared; the assertions stay exact. */
  private static final Duration PATIENCE = Duration.ofSeconds(150);

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
    IntSupplier server = () -> app.port(); // the running process: after the restart, the new one
    ProgrammeRestDriver inDialog = new ProgrammeRestDriver(server, "CRASH-1").patience(PATIENCE);
    ProgrammeRestDriver inReview = new ProgrammeRestDriver(server, "CRASH-2").patience(PATIENCE);
    ProgrammeRestDriver atPlan = new ProgrammeRestDriver(server, "CRASH-3").patience(PATIENCE);
    List<ProgrammeRestDriver> programmes = List.of(inDialog, inReview, atPlan);

    // CRASH-1: step 1, the facilitated session is due; the police report a risk, not yet assessed
    inDialog.start();
    inDialog.recordFirstDialogSession();
    String unassessedRisk = inDialog.reportRisk("police", "Salaries unpaid for three months", "financial");

    // CRASH-2: the governance review half decided (the monitor approved, parliament not yet), track B at step 4;
    // a political risk assessed 3 x 4 = high: the programme managers' decision is due
    inReview.start();
    inReview.dialog();
    inReview.needsAssessment();
    inReview.scope();
    inReview.governanceStructures();
    inReview.approveReview("monitor");
    String highRisk = inReview.reportRisk("monitor", "Spoilers in the north", "political");
    inReview.assessRisk(3, 4);

    // CRASH-3: everything up to step 10; the job executor prepared the plan template, the coordinator filled it
    atPlan.start();
    atPlan.dialog();
    atPlan.needsAssessment();
    atPlan.scope();
    atPlan.governanceStructures();
    atPlan.approveReview("monitor");
    atPlan.approveReview("parliament");
    atPlan.nationalSecurityPolicy();
    atPlan.approveReview("parliament");
    atPlan.agencyFrameworks();
    atPlan.approveReview("parliament");
    atPlan.approveReview("parliament");
    atPlan.approveReview("justice");
    atPlan.gapAnalysisAndStrategy();
    atPlan.donorPledges();
    JsonNode filledPlan = atPlan.filledPlanFile();

    Map<String, Snapshot> before = snapshot(programmes);
    assertThat(before.get("CRASH-2").risks()).contains(highRisk, "DECISION_DUE");
    assertThat(before.get("CRASH-1").risks()).contains(unassessedRisk, "REPORTED");
    assertThat(atPlan.planVersions()).isEmpty();

    // the last write is answered (the plan imported as version 1), and at once the power goes (SIGKILL: no
    // shutdown hook, no flush)
    atPlan.complete("coordinator", Elements.UPLOAD_FINANCIAL_PLAN, Map.of("financialPlanFile", filledPlan));
    app.kill();

    app = start(dataDir);
    Map<String, Snapshot> after = snapshot(programmes);
    assertThat(after.get("CRASH-1")).isEqualTo(before.get("CRASH-1"));
    assertThat(after.get("CRASH-2")).isEqualTo(before.get("CRASH-2"));
    // the answered upload survived: the plan is stored as version 1, the process went on to the totals
    Snapshot planBefore = before.get("CRASH-3");
    Snapshot planAfter = after.get("CRASH-3");
    assertThat(planAfter.openTasks().values()).singleElement().asString()
        .startsWith(Elements.REVIEW_FINANCIAL_PLAN_TOTALS);
    assertThat(planAfter.variables()).containsKeys(planBefore.variables().keySet().toArray(String[]::new))
        .containsEntry(atPlan.programmeId() + "/financialPlanVersion", "Integer 1");
    List<JsonNode> versions = atPlan.planVersions();
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
    assertThat(versions.get(0).get("uploadedBy").asText()).isEqualTo("coordinator");
    assertThat(versions.get(0).get("fileName").asText()).isEqualTo("plan.xlsx");
    assertThat(planAfter.risks()).isEqualTo(planBefore.risks());

    // and the work goes on: every programme runs into implementation, the open risks closed on the way
    for (ProgrammeRestDriver programme : programmes) {
      programme.driveToEnd();
      assertThat(programme.inImplementation()).as(programme.code() + " in implementation").isTrue();
    }
    assertThat(inDialog.risks()).singleElement()
        .satisfies(risk -> assertThat(risk.get("status").asText()).isEqualTo("RESOLVED"));
    assertThat(inReview.risks()).singleElement().satisfies(risk -> {
      assertThat(risk.get("riskId").asText()).isEqualTo(highRisk);
      assertThat(risk.get("level").asText()).isEqualTo("high");
      assertThat(risk.get("status").asText()).isEqualTo("ACCEPTED");
    });
    assertThat(atPlan.planVersions()).singleElement()
        .satisfies(version -> assertThat(version.get("approved").asBoolean()).isTrue());
    assertThat(atPlan.historicVariable("programmeSummary")).contains("Financial feasibility plan version: 1");
  }

  /**
   * What users would see of a programme: the open tasks of the programme and of everything it called, the variables
   * of each of its running instances ({@code <instance id>/<name>} -> type and value), its plan versions and its risk
   * register (as the API returns them).
   */
  record Snapshot(Map<String, String> openTasks, Map<String, String> variables, String planVersions, String risks) {}

  private static Map<String, Snapshot> snapshot(List<ProgrammeRestDriver> programmes) {
    Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    for (ProgrammeRestDriver programme : programmes) {
      Map<String, String> tasks = new TreeMap<>();
      for (JsonNode task : programme.openTasks()) {
        tasks.put(task.get("id").asText(), task.get("taskDefinitionKey").asText() + " | " + task.get("name").asText()
            + " | assignee " + task.get("assignee").asText() + " | due " + task.get("due").asText());
      }
      assertThat(tasks).as("open tasks of %s", programme.code()).isNotEmpty();
      Map<String, String> variables = new TreeMap<>();
      List<JsonNode> running = ProgrammeRestDriver.list(ProgrammeRestDriver.read(programme.as("admin").get(
          "/engine-rest/process-instance?businessKey=" + programme.code() + "&maxResults=100").body()));
      for (JsonNode instance : running) {
        String id = instance.get("id").asText();
        ProgrammeRestDriver.read(programme.as("admin").get(
                "/engine-rest/process-instance/" + id + "/variables?deserializeValues=false").body())
            .fields().forEachRemaining(variable -> variables.put(id + "/" + variable.getKey(),
                variable.getValue().get("type").asText() + " " + variable.getValue().get("value")
                    + (variable.getValue().hasNonNull("valueInfo") && variable.getValue().get("valueInfo").size() > 0
                        ? " " + variable.getValue().get("valueInfo") : "")));
      }
      snapshots.put(programme.code(), new Snapshot(tasks, variables,
          programme.planVersions().toString(), programme.risks().toString()));
    }
    return snapshots;
  }
}
