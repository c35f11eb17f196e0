package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The decision record on the whole application: each oversight body's decision submitted through the REST API is one
 * entry of {@code GET /api/programmes/{code}/decisions}, appended in the completion's transaction (a rolled-back
 * completion leaves none); an outcome changed directly in the database is detected and the entry named, in the API
 * and the report; an administrator overwriting the old {@code decisionLog} variable changes nothing there.
 */
@SsrApplicationTest
class DecisionRecordApiTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  IdentityService identity;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  DecisionRecord record;

  private String code;
  private String programmeId;
  private final List<String> started = new ArrayList<>();

  /** A programme at step 1 (so that /api/programmes/{code} knows it) and its code for the reviews. */
  @BeforeEach
  void startProgramme() {
    code = "DEC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    programmeId = runtime.createProcessInstanceByKey(ProgrammeProcess.KEY)
        .businessKey(code)
        .setVariable("programmeCode", code)
        .setVariable("programmeName", "Decision record test")
        .setVariable("country", "Testland")
        .setVariable("transformationOnHold", false)
        .startBeforeActivity(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION)
        .execute().getId();
    started.add(programmeId);
  }

  @AfterEach
  void cleanUp() {
    for (String id : started) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "test finished", true, true);
      }
    }
  }

  @Test
  void eachBodysDecisionIsOneEntry_andAChangedOutcomeIsDetectedAtItsEntry() throws Exception {
    ProcessInstance review = startReview("parliamentOversight", "justiceOversight");
    decideOverRest(review, "parliament", "approved", null);
    decideOverRest(review, "justice", "returned", "Section 4 lacks civilian control of the intelligence services.");

    JsonNode decisions = decisions("manager");
    assertThat(decisions.get("programmeCode").asText()).isEqualTo(code);
    assertThat(decisions.get("chainIntact").asBoolean()).isTrue();
    assertThat(decisions.get("count").asInt()).isEqualTo(2);
    assertThat(decisions.get("brokenAt").isNull()).isTrue();
    JsonNode entries = decisions.get("entries");
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).get("sequence").asInt()).isEqualTo(1);
    assertThat(entries.get(0).get("kind").asText()).isEqualTo("OVERSIGHT_REVIEW");
    assertThat(entries.get(0).get("subject").asText()).isEqualTo("NSP: National Security Policy 2027, version 2");
    assertThat(entries.get(0).get("party").asText()).isEqualTo("parliamentOversight");
    assertThat(entries.get(0).get("actor").asText()).isEqualTo("parliament");
    assertThat(entries.get(0).get("outcome").asText()).isEqualTo("approved");
    assertThat(entries.get(0).get("processInstanceId").asText()).isEqualTo(review.getId());
    assertThat(entries.get(1).get("party").asText()).isEqualTo("justiceOversight");
    assertThat(entries.get(1).get("outcome").asText()).isEqualTo("returned");
    assertThat(entries.get(1).get("previousHash").asText()).isEqualTo(entries.get(0).get("hash").asText());
    assertThat(decisions.get("headHash").asText()).isEqualTo(entries.get(1).get("hash").asText());
    // the access rule of the programme itself: the coordination unit takes part (step 1 is offered to it), an
    // outsider learns nothing
    assertThat(as("coordinator").get(path()).statusCode()).isEqualTo(200);
    assertThat(as("donor").get(path()).statusCode()).isEqualTo(404);
    assertThat(as("manager").get("/api/programmes/NO-SUCH-CODE/decisions").statusCode()).isEqualTo(404);

    // someone with access to the database turns the return into an approval
    assertThat(jdbc.update("update decision_entry set outcome = 'approved' where programme_code = ? "
        + "and sequence_no = 2", code)).isEqualTo(1);

    JsonNode tampered = decisions("manager");
    assertThat(tampered.get("chainIntact").asBoolean()).isFalse();
    assertThat(tampered.get("brokenAt").asInt()).isEqualTo(2);
    assertThat(tampered.get("problem").asText())
        .isEqualTo("Entry 2 was changed after it was recorded: its content no longer matches its hash.");
    JsonNode details = Json.mapper().readTree(as("manager").get("/api/programmes/" + code).body());
    assertThat(details.at("/decisionChain/intact").asBoolean()).isFalse();
    assertThat(details.at("/decisionChain/brokenAt").asInt()).isEqualTo(2);
    assertThat(summary(report()).get("Decision chain")).startsWith("BROKEN at entry 2: Entry 2 was changed");
  }

  @Test
  void overwritingTheDecisionLogVariable_changesNothingInTheRecordOrTheReport() throws Exception {
    ProcessInstance review = startReview("parliamentOversight");
    decideOverRest(review, "parliament", "returned", "Add the budget annex.");
    String before = as("manager").get(path()).body();
    List<List<String>> reportBefore = decisionRows(report());
    assertThat(reportBefore).hasSize(1);

    // what issue 15 found: camunda-admin may overwrite the old variable through the engine REST API
    String forged = Json.mapper().writeValueAsString(Map.of("value", "[{\"kind\":\"NSP\",\"subject\":\"National "
        + "Security Policy 2027\",\"version\":2,\"group\":\"parliamentOversight\",\"userId\":\"parliament\","
        + "\"decision\":\"approved\",\"reasons\":null,\"decidedAt\":\"2026-01-01T00:00:00Z\"}]", "type", "Json"));
    HttpResponse<String> overwritten = as("admin").putJson("/engine-rest/process-instance/" + programmeId
        + "/variables/" + ProgrammeProcess.Variables.DECISION_LOG.name(), forged);
    assertThat(overwritten.statusCode()).as(overwritten.body()).isEqualTo(204);
    assertThat(runtime.getVariable(programmeId, ProgrammeProcess.Variables.DECISION_LOG.name()).toString())
        .contains("\"approved\"");

    assertThat(as("manager").get(path()).body()).isEqualTo(before);
    assertThat(decisionRows(report())).isEqualTo(reportBefore);
    assertThat(reportBefore.get(0)).contains("returned for revision", "Add the budget annex.");
  }

  @Test
  void aRolledBackCompletion_appendsNothing() {
    ProcessInstance review = startReview("parliamentOversight");
    Task task = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
    tasks.claim(task.getId(), "parliament");

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      identity.setAuthenticatedUserId("parliament");
      try {
        tasks.complete(task.getId(), Variables.createVariables().putValue(DECISION.name(), "approved"));
      } finally {
        identity.clearAuthentication();
      }
      // appended in the completion's own transaction ...
      assertThat(record.entries(code)).hasSize(1);
      status.setRollbackOnly();
    });

    // ... and gone with it: the task is still open, the record empty
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(record.entries(code)).isEmpty();
    assertThat(as("manager").get(path()).body()).contains("\"count\":0");
  }

  // ---------------------------------------------------------------- helpers

  private ProcessInstance startReview(String... groups) {
    ProcessInstance review = runtime.startProcessInstanceByKey(OversightReviewProcess.KEY, code,
        Variables.createVariables()
            .putValue(PROGRAMME_CODE.name(), code)
            .putValue(PROGRAMME_TERM.name(), "Security Sector Reform")
            .putValue(REVIEW_KIND.name(), "NSP")
            .putValue(REVIEW_SUBJECT.name(), "National Security Policy 2027")
            .putValue(REVIEW_VERSION.name(), 2)
            .putValue(REVIEW_DOCUMENT.name(), Variables.fileValue("nsp-2027-v2.pdf")
                .file("%PDF-1.4 the NSP".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create())
            .putValue(REVIEW_GROUPS.name(), List.of(groups)));
    started.add(review.getId());
    return review;
  }

  /** Claims the body's task and submits the decision as its reviewer, as Tasklist does. */
  private void decideOverRest(ProcessInstance review, String user, String decision, String reasons)
      throws Exception {
    Http reviewer = as(user);
    JsonNode open = Json.mapper().readTree(
        reviewer.get("/engine-rest/task?maxResults=50&processInstanceId=" + review.getId()).body());
    assertThat(open).hasSize(1);
    String taskId = open.get(0).get("id").asText();
    assertThat(reviewer.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}")
        .statusCode()).isEqualTo(204);
    String variables = "{\"decision\":{\"value\":\"" + decision + "\"}"
        + (reasons == null ? "" : ",\"reasons\":{\"value\":" + Json.mapper().writeValueAsString(reasons) + "}") + "}";
    HttpResponse<String> submitted =
        reviewer.postJson("/engine-rest/task/" + taskId + "/submit-form", "{\"variables\":" + variables + "}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
  }

  private String path() {
    return "/api/programmes/" + code + "/decisions";
  }

  private JsonNode decisions(String user) throws Exception {
    HttpResponse<String> response = as(user).get(path());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  private byte[] report() {
    HttpResponse<byte[]> report = as("manager").getBytes("/api/programmes/" + code + "/report.xlsx");
    assertThat(report.statusCode()).isEqualTo(200);
    return report.body();
  }

  private static Map<String, String> summary(byte[] xlsx) throws Exception {
    Map<String, String> pairs = new java.util.LinkedHashMap<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet(ProgrammeReportWriter.SHEET_SUMMARY);
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        pairs.put(row.getCell(0).getStringCellValue(), row.getCell(1) == null ? "" : row.getCell(1).toString());
      }
    }
    return pairs;
  }

  private static List<List<String>> decisionRows(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet(ProgrammeReportWriter.SHEET_DECISIONS);
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(i).forEach(cell -> cells.add(cell.toString()));
        rows.add(cells);
      }
    }
    return rows;
  }

  private Http as(String user) {
    return Http.basic(port, user, DemoUsers.PASSWORD);
  }
}
