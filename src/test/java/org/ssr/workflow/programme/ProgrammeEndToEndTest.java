package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A whole programme through the REST API, as Tasklist drives it: the start form submitted without a business key,
 * list values as Json, files as File variables, each demo user completing only the tasks of their own role.
 */
@SsrApplicationTest
class ProgrammeEndToEndTest {

  private static final String PASSWORD = "SsrDemo#2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CODE = "SSR-E2E-01";

  @LocalServerPort
  int port;

  @Test
  void aWholeProgramme_eachRoleCompletingItsOwnTasks() throws Exception {
    As coordinator = user("coordinator");

    // the start form, as Tasklist submits it: no business key, checklists as Json
    HttpResponse<String> started = coordinator.postJson(
        "/engine-rest/process-definition/key/" + ProgrammeProcess.KEY + "/submit-form", variables(Map.of(
            "programmeCode", string("ssr-e2e-01"),
            "programmeName", string("National programme (end to end)"),
            "country", string("Testland"),
            "programmeTerm", string("Security Sector Reform"),
            "institutions", json("[\"defence\",\"police\"]"),
            "oversightPolice", json("[\"parliamentOversight\",\"justiceOversight\"]"),
            "regionsText", string("North\nSouth"),
            "requiredSegments", json("[\"youth\",\"womensGroups\"]"),
            "donorsText", string("European Union"))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = JSON.readTree(started.body());
    assertThat(instance.get("businessKey").asText()).isEqualTo(CODE);
    String programmeId = instance.get("id").asText();

    // a second programme with the same code is refused with the reason
    HttpResponse<String> refused = coordinator.postJson(
        "/engine-rest/process-definition/key/" + ProgrammeProcess.KEY + "/submit-form", variables(Map.of(
            "programmeCode", string(CODE), "programmeName", string("Again"), "country", string("Testland"),
            "institutions", json("[\"defence\"]"), "regionsText", string("North"))));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Programme code SSR-E2E-01 is already used by another programme");

    // step 1: a session where one segment is missing, then a facilitated session, then consensus
    complete(coordinator, Elements.RECORD_DIALOG_SESSION, Map.of(
        "sessionDate", string("2026-05-04"), "sessionPlace", string("Capital"), "participants", integer(80),
        "segmentsPresent", json("[\"youth\"]"), "agreements", string("Security must serve the people"),
        "requestMediation", bool(true)));
    complete(user("facilitator"), Elements.FACILITATE_DIALOG_SESSION, Map.of(
        "sessionKind", string("facilitated"), "sessionDate", string("2026-05-20"), "sessionPlace", string("North"),
        "participants", integer(60), "segmentsPresent", json("[\"womensGroups\"]"),
        "agreements", string("Women's groups join the dialog"), "requestMediation", bool(false)));
    complete(coordinator, Elements.DECLARE_CONSENSUS, Map.of(
        "consensusDecision", string("consensus"), "consensusStatement", string("Commitment to change")));

    // step 2: one consultation per region, then the consolidation
    for (String region : List.of("first", "second")) {
      complete(coordinator, Elements.REGIONAL_CONSULTATION, Map.of(
          "regionalParticipants", integer(30), "regionalSegmentsConsulted", json("[\"youth\"]"),
          "regionalPriorities", string("Priorities of the " + region + " region")));
    }
    complete(coordinator, Elements.CONSOLIDATE_NEEDS_ASSESSMENT, Map.of("consolidatedNeeds", string("Police first")));

    // scoping: step 3 does not apply
    ObjectNode scope = JSON.createObjectNode();
    for (int step = 3; step <= 10; step++) {
      scope.set("applyStep" + step, bool(step != 3));
    }
    scope.set("justificationStep3", string("No short-term threat after the elections"));
    complete(coordinator, Elements.SCOPE_PROGRAMME, scope);

    // track C: governance and oversight structures, reviewed by the monitor and parliament
    complete(coordinator, Elements.DEVELOP_GOVERNANCE_STRUCTURES, Map.of(
        "governanceCharterTitle", string("Oversight charter"), "governanceCharterSummary", string("Who oversees what"),
        "governanceCharter", file("charter.pdf", "application/pdf")));
    review(user("monitor"));
    review(user("parliament"));

    // track B: steps 4 to 6 and the NSP review
    complete(coordinator, Elements.ESTABLISH_STRUCTURES, Map.of("coordinationStructures", string("SSR office")));
    complete(coordinator, Elements.STRATEGIC_ANALYSIS, Map.of(
        "nationalVision", string("Safety for all"), "threatAssessment", string("Organised crime")));
    complete(coordinator, Elements.DRAFT_NSP, Map.of("nspTitle", string("NSP 2027"), "nspSummary", string("Summary"),
        "nspDocument", file("nsp.pdf", "application/pdf")));
    review(user("parliament"));

    // step 7: each agency drafts its framework, its oversight bodies review it
    complete(user("defence"), Elements.DRAFT_AGENCY_FRAMEWORK, framework("Defence policy"));
    complete(user("police"), Elements.DRAFT_AGENCY_FRAMEWORK, framework("Police policy"));
    review(user("parliament"));
    review(user("parliament"));
    review(user("justice"));

    // steps 8 and 9
    complete(coordinator, Elements.GAP_ANALYSIS, Map.of(
        "presentCapacity", string("Low"), "changesNeeded", string("Training")));
    complete(coordinator, Elements.DRAFT_TRANSFORMATION_STRATEGY, Map.of("strategyActions", json(
        "[{\"id\":\"A1\",\"title\":\"Train police\",\"institution\":\"police\",\"startYear\":2027,\"endYear\":2028},"
            + "{\"id\":\"A2\",\"title\":\"Defence review\",\"institution\":\"defence\",\"startYear\":2027,\"endYear\":2027}]")));

    // step 10: the donor pledges, the coordination unit fills the template and uploads it, parliament reviews
    complete(user("donor"), Elements.RECORD_DONOR_PLEDGES, Map.of("pledges", json(
        "[{\"amount\":50000,\"year\":2027,\"action\":\"A1\",\"agenda\":\"Community policing\"}]")));
    runJobs(programmeId);
    String uploadTask = taskId(coordinator, Elements.UPLOAD_FINANCIAL_PLAN);
    HttpResponse<byte[]> template =
        coordinator.getBytes("/engine-rest/task/" + uploadTask + "/variables/financialPlanTemplate/data");
    assertThat(template.statusCode()).isEqualTo(200);
    complete(coordinator, Elements.UPLOAD_FINANCIAL_PLAN, Map.of("financialPlanFile", fileValue("plan.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", filled(template.body()))));
    complete(coordinator, Elements.REVIEW_FINANCIAL_PLAN_TOTALS, Map.of("financialPlanTotalsConfirmed", bool(true)));
    review(user("parliament"));

    // the end: the summary Cockpit shows
    As admin = user("admin");
    JsonNode history = JSON.readTree(admin.get("/engine-rest/history/process-instance/" + programmeId).body());
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    JsonNode status = JSON.readTree(admin.get("/engine-rest/history/variable-instance?processInstanceId=" + programmeId
        + "&variableName=programmeSummary&maxResults=5").body());
    assertThat(status.get(0).get("value").asText()).contains(
        "Security Sector Reform programme SSR-E2E-01", "ready for implementation",
        "Step 3 (Contain short-term threats) did not apply: No short-term threat after the elections",
        "Financial feasibility plan version: 1");
  }

  // ---------------------------------------------------------------- REST as Tasklist does it

  /** A demo user and their HTTP Basic client. */
  private record As(String name, Http http) {
    HttpResponse<String> get(String path) {
      return http.get(path);
    }

    HttpResponse<byte[]> getBytes(String path) {
      return http.getBytes(path);
    }

    HttpResponse<String> postJson(String path, String json) {
      return http.postJson(path, json);
    }
  }

  private As user(String name) {
    return new As(name, Http.basic(port, name, PASSWORD));
  }

  private String taskId(As as, String taskKey) throws IOException {
    HttpResponse<String> response = as.get("/engine-rest/task?processInstanceBusinessKey=" + CODE
        + "&taskDefinitionKey=" + taskKey + "&maxResults=50");
    JsonNode tasks = JSON.readTree(response.body());
    assertThat(tasks.isArray() && tasks.size() > 0).as("open " + taskKey + " visible to " + as.name() + ": "
        + response.statusCode() + " " + response.body()).isTrue();
    return tasks.get(0).get("id").asText();
  }

  private void complete(As as, String taskKey, Map<String, JsonNode> values) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    values.forEach(node::set);
    complete(as, taskKey, node);
  }

  private void complete(As as, String taskKey, ObjectNode values) throws IOException {
    String id = taskId(as, taskKey);
    HttpResponse<String> claim = as.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + as.name() + "\"}");
    assertThat(claim.statusCode()).as("claim " + taskKey + ": " + claim.body()).isEqualTo(204);
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", typed(values));
    HttpResponse<String> submitted = as.postJson("/engine-rest/task/" + id + "/submit-form", body.toString());
    assertThat(submitted.statusCode()).as("submit " + taskKey + ": " + submitted.body()).isEqualTo(204);
  }

  /** The reviewing body decides: approved. */
  private void review(As reviewer) throws IOException {
    complete(reviewer, "UserTask_ReviewDocument", Map.of("decision", string("approved")));
  }

  private void runJobs(String processInstanceId) throws IOException {
    As admin = user("admin");
    JsonNode jobs = JSON.readTree(admin.get("/engine-rest/job?processInstanceId=" + processInstanceId
        + "&messages=true&executable=true&maxResults=50").body());
    for (JsonNode job : jobs) {
      HttpResponse<String> executed = admin.postJson("/engine-rest/job/" + job.get("id").asText() + "/execute", "");
      assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }
  }

  // ---------------------------------------------------------------- values

  private static Map<String, JsonNode> framework(String title) {
    return Map.of("agencyFrameworkTitle", string(title), "agencyFrameworkSummary", string("Summary"),
        "agencyFrameworkDocument", file(title + ".pdf", "application/pdf"));
  }

  private static String variables(Map<String, JsonNode> values) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = JSON.createObjectNode();
    values.forEach(vars::set);
    body.set("variables", typed(vars));
    return body.toString();
  }

  /** Values already typed ({"type":..,"value":..}) stay; plain values are wrapped. */
  private static ObjectNode typed(ObjectNode values) {
    ObjectNode typed = JSON.createObjectNode();
    values.fields().forEachRemaining(e -> typed.set(e.getKey(), e.getValue()));
    return typed;
  }

  private static JsonNode string(String value) {
    return JSON.createObjectNode().put("type", "String").put("value", value);
  }

  private static JsonNode integer(int value) {
    return JSON.createObjectNode().put("type", "Long").put("value", value);
  }

  private static JsonNode bool(boolean value) {
    return JSON.createObjectNode().put("type", "Boolean").put("value", value);
  }

  private static JsonNode json(String value) {
    return JSON.createObjectNode().put("type", "Json").put("value", value);
  }

  private static JsonNode file(String name, String mimeType) {
    return fileValue(name, mimeType, ("content of " + name).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode fileValue(String name, String mimeType, byte[] content) {
    ObjectNode value = JSON.createObjectNode().put("type", "File")
        .put("value", Base64.getEncoder().encodeToString(content));
    value.putObject("valueInfo").put("filename", name).put("mimetype", mimeType);
    return value;
  }

  /** The template as a coordinator fills it: a category, the amount required and where it comes from. */
  private static byte[] filled(byte[] template) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet plan = workbook.getSheet(PlanFormat.PLAN_SHEET);
      for (int r = 1; r <= plan.getLastRowNum(); r++) {
        Row row = plan.getRow(r);
        if (row == null) {
          continue;
        }
        row.createCell(4).setCellValue(PlanFormat.COST_CATEGORIES.get(0));
        row.getCell(5, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(20_000.0 * r);
        if (row.getCell(6) == null || row.getCell(6).getStringCellValue().isBlank()) {
          row.createCell(6).setCellValue(PlanFormat.NATIONAL_BUDGET);
          row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(20_000.0 * r);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
