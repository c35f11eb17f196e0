package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.SsrApplicationTest;

/** The /api financial plan endpoints through the real server: 201, 422, 403, 404 and the downloads. */
@SsrApplicationTest
class FinancialPlanApiTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  final ObjectMapper json = Json.mapper();
  final HttpClient client = HttpClient.newHttpClient();
  String code;
  String instanceId;

  /** A programme waiting at the plan upload, with the step-9 actions of {@link PlanFixtures#CONTEXT}. */
  @BeforeEach
  void programmeAtStepTen() {
    // upper case, as set-up stores every code
    code = "FIN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    instanceId = runtime.createProcessInstanceByKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .businessKey(code)
        .setVariables(FinanceProcessVariables.of(code))
        .startBeforeActivity(FinancialPlanProcess.TASK_UPLOAD)
        .execute().getId();
  }

  /** Other tests share the engine: leave no waiting programme behind. */
  @AfterEach
  void removeProgramme() {
    runtime.deleteProcessInstanceIfExists(instanceId, "finance API test done", true, true, true, true);
  }

  @Test
  void coordinatorUploadsAGoodPlan() throws Exception {
    HttpResponse<String> created = upload("coordinator", "plan.xlsx", good());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue(
        "/api/programmes/" + code + "/financial-plan?version=1");
    JsonNode body = json.readTree(created.body());
    assertThat(body.get("version").asInt()).isEqualTo(1);
    assertThat(body.get("uploadedBy").asText()).isEqualTo("coordinator");
    assertThat(body.at("/totals/required").decimalValue()).isEqualByComparingTo("150000");
    assertThat(body.at("/totals/available").decimalValue()).isEqualByComparingTo("110000");
    assertThat(body.at("/totals/nationalShare").decimalValue()).isEqualByComparingTo("0.4");
    assertThat(body.at("/totals/byYear/0/key").asText()).isEqualTo("2026");
  }

  @Test
  void badPlanIsRefusedWithEveryProblemAndTheLastVersionStays() throws Exception {
    assertThat(upload("coordinator", "plan.xlsx", good()).statusCode()).isEqualTo(201);
    byte[] bad = PlanFixtures.plan(PlanFixtures.line("A-9", 2026, "Training", "lots", "National budget", 0));
    HttpResponse<String> refused = upload("coordinator", "bad.xlsx", bad);
    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode body = json.readTree(refused.body());
    assertThat(body.get("message").asText()).contains("2 problem(s)").contains("last good version is unchanged");
    assertThat(body.get("errors")).extracting(JsonNode::asText).containsExactly(
        "Plan!A2: \"A-9\" — unknown action — choose an action ID of the transformation strategy from the dropdown "
            + "(A-1, A-2, A-3)",
        "Plan!F2: \"lots\" — not a number — type the amount as a plain number without currency or words, e.g. "
            + "125000 or 125,000.50");
    HttpResponse<String> latest = get("parliament", "/financial-plan", "application/json");
    assertThat(json.readTree(latest.body()).get("version").asInt()).isEqualTo(1);
    HttpResponse<String> attempts = get("manager", "/financial-plan/attempts", "application/json");
    assertThat(attempts.body()).contains("bad.xlsx").contains("unknown action");
  }

  @Test
  void readersSeeVersionsTotalsAndTheSummary() throws Exception {
    upload("coordinator", "plan.xlsx", good());
    upload("coordinator", "plan2.xlsx", good());
    for (String reader : List.of("parliament", "justice", "monitor", "manager", "donor", "coordinator")) {
      assertThat(get(reader, "/financial-plan", "application/json").statusCode()).as(reader).isEqualTo(200);
    }
    JsonNode versions = json.readTree(get("monitor", "/financial-plan/versions", "application/json").body());
    assertThat(versions).extracting(v -> v.get("version").asInt()).containsExactly(1, 2);
    JsonNode v1 = json.readTree(get("donor", "/financial-plan?version=1", "application/json").body());
    assertThat(v1.get("fileName").asText()).isEqualTo("plan.xlsx");

    HttpResponse<byte[]> summary = download("parliament", "/financial-plan.xlsx");
    assertThat(summary.statusCode()).isEqualTo(200);
    assertThat(summary.headers().firstValue("Content-Disposition").orElse(""))
        .contains("financial-plan-" + code + "-v2.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(summary.body()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      assertThat(wb.getSheet("Lines").getLastRowNum()).isEqualTo(2);
    }
    HttpResponse<byte[]> template = download("coordinator", "/financial-plan/template.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      assertThat(wb.getSheet("Plan").getRow(1).getCell(0).getStringCellValue()).isEqualTo("A-1");
    }
  }

  @Test
  void lowerAndMixedCaseCodesFindTheProgramme() throws Exception {
    String saved = code;
    code = saved.toLowerCase();
    HttpResponse<String> created = upload("coordinator", "plan.xlsx", good());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue(
        "/api/programmes/" + saved + "/financial-plan?version=1");
    for (String typed : List.of(saved.toLowerCase(), "Fin-" + saved.substring(4).toLowerCase(), " " + saved + " ")) {
      code = typed.replace(" ", "%20");
      HttpResponse<String> plan = get("parliament", "/financial-plan", "application/json");
      assertThat(plan.statusCode()).as(typed + ": " + plan.body()).isEqualTo(200);
      assertThat(json.readTree(plan.body()).get("programmeCode").asText()).isEqualTo(saved);
      assertThat(json.readTree(get("monitor", "/financial-plan/versions", "application/json").body()))
          .as(typed).hasSize(1);
      assertThat(get("manager", "/financial-plan/attempts", "application/json").statusCode()).as(typed)
          .isEqualTo(200);
      HttpResponse<byte[]> summary = download("donor", "/financial-plan.xlsx");
      assertThat(summary.statusCode()).as(typed).isEqualTo(200);
      assertThat(summary.headers().firstValue("Content-Disposition").orElse(""))
          .contains("financial-plan-" + saved + "-v1.xlsx");
      assertThat(download("coordinator", "/financial-plan/template.xlsx").statusCode()).as(typed).isEqualTo(200);
    }
    code = "fin%2001";
    HttpResponse<String> malformed = get("coordinator", "/financial-plan", "application/json");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json.readTree(malformed.body()).get("message").asText())
        .isEqualTo("Programme code 'FIN 01' is not valid: use 2 to 40 letters, digits or dashes, e.g. SSR-2026-01.");
    code = saved;
  }

  @Test
  void othersAreRefused() throws Exception {
    HttpResponse<String> police = get("police", "/financial-plan", "application/json");
    assertThat(police.statusCode()).isEqualTo(403);
    assertThat(json.readTree(police.body()).get("message").asText())
        .isEqualTo("User police may not read the financial plan: this needs membership of one of the groups "
            + "civilSocietyMonitor, coordinationUnit, donors, justiceOversight, parliamentOversight, "
            + "programmeManagers.");
    HttpResponse<String> donorUpload = upload("donor", "plan.xlsx", good());
    assertThat(donorUpload.statusCode()).isEqualTo(403);
    assertThat(json.readTree(donorUpload.body()).get("message").asText())
        .startsWith("User donor may not upload a financial plan");
    assertThat(download("defence", "/financial-plan.xlsx").statusCode()).isEqualTo(403);
    HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(uri("/financial-plan")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void unknownProgrammeOrVersionIsNotFound() throws Exception {
    String saved = code;
    code = "NO-SUCH-PROGRAMME";
    HttpResponse<String> unknown = get("coordinator", "/financial-plan", "application/json");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json.readTree(unknown.body()).get("message").asText())
        .isEqualTo("There is no programme with the code NO-SUCH-PROGRAMME.");
    assertThat(upload("coordinator", "plan.xlsx", good()).statusCode()).isEqualTo(404);
    code = saved;
    HttpResponse<String> none = get("coordinator", "/financial-plan", "application/json");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(json.readTree(none.body()).get("message").asText())
        .isEqualTo("Programme " + code + " has no financial plan yet.");
    assertThat(get("coordinator", "/financial-plan?version=7", "application/json").statusCode()).isEqualTo(404);
  }

  static byte[] good() {
    return PlanFixtures.plan(
        PlanFixtures.line("A-1", 2026, "Training", 100_000, "National budget", 60_000),
        PlanFixtures.line("A-2", 2027, "Equipment", 50_000, "European Union", 50_000));
  }

  URI uri(String path) {
    String base = "http://localhost:" + port + "/api/programmes/" + code;
    return URI.create(base + path);
  }

  HttpRequest.Builder as(String user, String path) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic);
  }

  HttpResponse<String> get(String user, String path, String accept) throws Exception {
    return client.send(as(user, path).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> download(String user, String path) throws Exception {
    return client.send(as(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> upload(String user, String fileName, byte[] file) throws Exception {
    String boundary = "----ssr" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + Workbooks.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(as(user, "/financial-plan").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }
}
