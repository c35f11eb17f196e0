package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

/** The /api budget execution endpoints through the real server: template, 201, 422, 403, variance and versions. */
@SsrApplicationTest
class BudgetExecutionApiTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  FinancialPlanService plans;

  final HttpClient client = HttpClient.newHttpClient();
  String code;
  String instanceId;

  /** A programme with the actions of PlanFixtures and an approved plan with two lines in 2027. */
  @BeforeEach
  void programmeWithAnApprovedPlan() {
    code = "EXE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    instanceId = runtime.createProcessInstanceByKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .businessKey(code)
        .setVariables(FinanceProcessVariables.of(code))
        .startBeforeActivity(FinancialPlanProcess.TASK_UPLOAD)
        .execute().getId();
    PlanContext context = ProcessPlanContext.of(code, runtime.getVariables(instanceId));
    PlanUpload upload = plans.upload(context, "plan.xlsx", PlanFixtures.plan(
        PlanFixtures.line("A-1", 2027, "Training", 100000, "National budget", 100000),
        PlanFixtures.line("A-2", 2027, "Personnel", 80000, PlanFixtures.UNDP, 80000)), "coordinator");
    plans.approve(code, ((PlanUpload.Accepted) upload).version(), "oversight review");
  }

  @AfterEach
  void removeProgramme() {
    runtime.deleteProcessInstanceIfExists(instanceId, "budget execution API test done", true, true, true, true);
  }

  @Test
  void templateUploadVarianceAndVersions() throws Exception {
    HttpResponse<byte[]> template = download("coordinator", "/template.xlsx");
    assertThat(template.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      assertThat(wb.getSheet("Execution").getLastRowNum()).isEqualTo(2);
    }
    HttpResponse<String> created = upload("coordinator", "execution.xlsx",
        ExecutionFixtures.filledTemplate(template.body()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue(
        "/api/programmes/" + code + "/budget-execution/2027/variance.xlsx?version=1");
    JsonNode body = Json.mapper().readTree(created.body());
    assertThat(body.get("planVersion").asInt()).isEqualTo(1);
    assertThat(body.at("/rates/2/institution").asText()).isEqualTo("Total");
    assertThat(body.at("/rates/2/executionRate").asDouble()).isEqualTo(0.5);

    HttpResponse<String> refused = upload("coordinator", "bad.xlsx", ExecutionFixtures.execution(
        ExecutionFixtures.row("A-1", "defence", 2027, "National budget", 999, 0, 0)));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Json.mapper().readTree(refused.body()).at("/errors/0").asText()).isEqualTo(
        "Execution!F2: \"999\" — the planned amount differs from the approved plan (100,000.00) — type back "
            + "100000.00 or start from a fresh template; the plan changes only by an amendment");

    HttpResponse<String> variance = get("parliament", "/variance");
    assertThat(variance.statusCode()).as(variance.body()).isEqualTo(200);
    JsonNode v = Json.mapper().readTree(variance.body());
    assertThat(v.at("/total/planned").decimalValue()).isEqualByComparingTo("180000");
    assertThat(v.at("/total/spent").decimalValue()).isEqualByComparingTo("90000");
    assertThat(v.at("/byInstitution/0/key").asText()).isEqualTo("defence");
    assertThat(download("donor", "/variance.xlsx").statusCode()).isEqualTo(200);
    assertThat(Json.mapper().readTree(get("manager", "/versions").body())).hasSize(1);
    assertThat(Json.mapper().readTree(get("manager", "/attempts").body())).hasSize(1);
  }

  @Test
  void onlyTheCoordinationUnitUploads_andUnknownYearsAndVersionsAreNotFound() throws Exception {
    HttpResponse<String> police = upload("police", "execution.xlsx", ExecutionFixtures.good());
    assertThat(police.statusCode()).isEqualTo(403);
    assertThat(police.body()).contains("may not upload a budget execution");
    assertThat(get("coordinator", "/variance").statusCode()).isEqualTo(404);
    HttpResponse<String> badYear = client.send(as("coordinator", "/api/programmes/" + code
        + "/budget-execution/27/versions").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(badYear.statusCode()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- HTTP

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpRequest.Builder as(String user, String path) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + basic)
        .header("Accept", "application/json");
  }

  private String base() {
    return "/api/programmes/" + code + "/budget-execution/2027";
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    return client.send(as(user, base() + path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> download(String user, String path) throws Exception {
    return client.send(HttpRequest.newBuilder(uri(base() + path)).header("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> upload(String user, String fileName, byte[] file) throws Exception {
    String boundary = "----ssr" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + Workbooks.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(as(user, base()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }
}
