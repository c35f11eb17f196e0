package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * POST /api/programmes/{code}/risks and the register (JSON and XLSX) through the real server: as the issue's
 * newcomer would do it, monitor reports, the coordinator rates the risk high, a manager sees the escalation task, and
 * the register export shows it.
 */
@SsrApplicationTest
class RiskApiTest {

  private static final ObjectMapper JSON = Json.mapper();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void monitorReports_coordinatorRatesHigh_managerGetsTheTask_registerShowsIt() throws Exception {
    String code = "SSR-API-" + System.nanoTime();
    startProgramme(code);

    HttpResponse<String> reported = user("monitor").postJson("/api/programmes/" + code + "/risks",
        "{\"title\":\"Spoilers in the north\",\"description\":\"Armed groups refuse the dialog\","
            + "\"category\":\"political\"}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(reported.body());
    String riskId = body.get("riskId").asText();
    assertThat(riskId).startsWith("R-");
    assertThat(body.get("reportedBy").asText()).isEqualTo("monitor");

    Task assessment = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(RiskHandlingProcess.Elements.ASSESS).taskCandidateGroup("coordinationUnit")
        .singleResult();
    engine.getTaskService().complete(assessment.getId(), Map.of(
        RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), 3L, RiskHandlingProcess.Variables.RISK_IMPACT.name(), 4L));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(RiskHandlingProcess.Elements.DECIDE_HIGH_RISK).taskCandidateGroup("programmeManagers")
        .count()).isEqualTo(1);
    HttpResponse<String> managerTasks = user("manager").get("/engine-rest/task?processInstanceBusinessKey=" + code
        + "&taskDefinitionKey=" + RiskHandlingProcess.Elements.DECIDE_HIGH_RISK + "&maxResults=50");
    assertThat(managerTasks.statusCode()).as(managerTasks.body()).isEqualTo(200);
    assertThat(JSON.readTree(managerTasks.body())).hasSize(1);

    HttpResponse<String> register = user("donor").get("/api/programmes/" + code + "/risks");
    assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
    JsonNode risk = JSON.readTree(register.body()).get("risks").get(0);
    assertThat(risk.get("riskId").asText()).isEqualTo(riskId);
    assertThat(risk.get("level").asText()).isEqualTo("high");
    assertThat(risk.get("status").asText()).isEqualTo("DECISION_DUE");
    assertThat(risk.get("owner").asText()).isEqualTo("programmeManagers");
    assertThat(risk.get("levelChanges")).hasSize(1);

    HttpResponse<byte[]> export = user("parliament").getBytes("/api/programmes/" + code + "/risks.xlsx");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("risk-register-" + code + ".xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      var row = workbook.getSheet(RiskRegisterWorkbook.RISKS_SHEET).getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(riskId);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Spoilers in the north");
      assertThat(row.getCell(7).getStringCellValue()).isEqualTo("high");
      assertThat(workbook.getSheet(RiskRegisterWorkbook.LEVEL_CHANGES_SHEET).getRow(1).getCell(4)
          .getStringCellValue()).isEqualTo("high");
    }
  }

  @Test
  void lowerAndMixedCaseCodesReachTheProgramme() throws Exception {
    String code = "SSR-CASE-" + System.nanoTime();
    startProgramme(code);

    // REST, in lower case: the risk goes to the programme, and the answer names the programme's own code
    HttpResponse<String> reported = user("monitor").postJson("/api/programmes/" + code.toLowerCase() + "/risks",
        "{\"title\":\"Spoilers in the north\",\"description\":\"Armed groups refuse the dialog\","
            + "\"category\":\"political\"}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    assertThat(JSON.readTree(reported.body()).get("programmeCode").asText()).isEqualTo(code);

    // the Tasklist start form, as Tasklist submits it (an untyped string), in mixed case
    String mixed = "Ssr-case-" + code.substring("SSR-CASE-".length());
    HttpResponse<String> started = user("police").postJson(
        "/engine-rest/process-definition/key/" + RiskReportProcess.KEY + "/submit-form",
        "{\"variables\":{\"programmeCode\":{\"value\":\" " + mixed + " \"},"
            + "\"riskTitle\":{\"value\":\"Salaries unpaid\"},"
            + "\"riskDescription\":{\"value\":\"Three months without pay in the south\"},"
            + "\"riskCategory\":{\"value\":\"financial\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(RiskHandlingProcess.Elements.ASSESS).count()).isEqualTo(2);

    // the register, in lower and mixed case
    for (String typed : List.of(code.toLowerCase(), mixed)) {
      HttpResponse<String> register = user("donor").get("/api/programmes/" + typed + "/risks");
      assertThat(register.statusCode()).as(typed).isEqualTo(200);
      JsonNode body = JSON.readTree(register.body());
      assertThat(body.get("programmeCode").asText()).isEqualTo(code);
      assertThat(body.get("risks")).as(typed).hasSize(2);
      HttpResponse<byte[]> export = user("parliament").getBytes("/api/programmes/" + typed + "/risks.xlsx");
      assertThat(export.statusCode()).as(typed).isEqualTo(200);
      assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("risk-register-" + code + ".xlsx");
    }
  }

  @Test
  void setUpRefusesACodeDifferingOnlyInCaseFromOneInUse() {
    String code = "SSR-TWICE-" + System.nanoTime();
    startProgramme(code);
    // the programme start form as Tasklist submits it: untyped strings, checklists as Json
    HttpResponse<String> again = user("coordinator").postJson(
        "/engine-rest/process-definition/key/ssr-programme/submit-form",
        "{\"variables\":{\"programmeCode\":{\"value\":\"" + code.toLowerCase() + "\"},"
            + "\"programmeName\":{\"value\":\"The same programme again\"},"
            + "\"country\":{\"value\":\"Testland\"},"
            + "\"institutions\":{\"value\":\"[\\\"defence\\\"]\",\"type\":\"Json\"},"
            + "\"regionsText\":{\"value\":\"North\"}}}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
    assertThat(again.body()).contains("Programme code " + code + " is already used by another programme");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ssr-programme")
        .processInstanceBusinessKey(code).count()).isEqualTo(1);
  }

  @Test
  void shortTermThreat_replySaysContainmentAndAssessment_registerAndProgrammeShowIt() throws Exception {
    String code = "SSR-API-" + System.nanoTime();
    startProgramme(code);

    HttpResponse<String> reported = user("police").postJson("/api/programmes/" + code + "/risks",
        "{\"title\":\"Armed robberies on the highway\",\"description\":\"Since the ceasefire\","
            + "\"category\":\"shortTermThreat\"}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(reported.body());
    assertThat(body.get("message").asText()).isEqualTo("Short-term threat reported to programme " + code
        + ": the coordination unit is asked for rapid containment now (step 3) and will assess it as a risk"
        + " (step 12).");
    String riskId = body.get("riskId").asText();

    // what the reply promises is there: the containment task and the assessment
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey("UserTask_ContainReportedThreat").count()).isEqualTo(1);
    Task assessment = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(RiskHandlingProcess.Elements.ASSESS).singleResult();
    engine.getTaskService().complete(assessment.getId(), Map.of(
        RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), 3L, RiskHandlingProcess.Variables.RISK_IMPACT.name(), 4L));

    JsonNode risk = JSON.readTree(user("monitor").get("/api/programmes/" + code + "/risks").body())
        .get("risks").get(0);
    assertThat(risk.get("riskId").asText()).isEqualTo(riskId);
    assertThat(risk.get("category").asText()).isEqualTo("shortTermThreat");
    assertThat(risk.get("level").asText()).isEqualTo("critical");
    HttpResponse<String> programme = user("manager").get("/api/programmes/" + code);
    assertThat(programme.statusCode()).as(programme.body()).isEqualTo(200);
    assertThat(JSON.readTree(programme.body()).findValue("risks").get(0).get("riskId").asText()).isEqualTo(riskId);
  }

  @Test
  void reportAgainstAnUnknownProgramme_404WithAClearMessage() throws Exception {
    HttpResponse<String> response = user("police").postJson("/api/programmes/NO-SUCH-PROGRAMME/risks",
        "{\"title\":\"t\",\"description\":\"d\",\"category\":\"security\"}");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).get("message").asText())
        .startsWith("There is no programme with the code NO-SUCH-PROGRAMME.");
  }

  @Test
  void invalidReports_400() {
    Http monitor = user("monitor");
    assertThat(monitor.postJson("/api/programmes/SSR-X/risks",
        "{\"title\":\"t\",\"description\":\"d\",\"category\":\"weather\"}").statusCode()).isEqualTo(400);
    HttpResponse<String> missing = monitor.postJson("/api/programmes/SSR-X/risks", "{\"category\":\"security\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("title").contains("description");
  }

  @Test
  void registerNeedsALogin_andEmptyForAProgrammeWithoutRisks() throws Exception {
    assertThat(Http.anonymous(port).get("/api/programmes/X/risks").statusCode()).isEqualTo(401);
    assertThat(Http.anonymous(port).postJson("/api/programmes/X/risks", "{}").statusCode()).isEqualTo(401);
    HttpResponse<String> empty = user("facilitator").get("/api/programmes/NO-RISKS/risks");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(empty.body()).get("risks")).isEmpty();
  }

  /**
   * A refusal speaks the language of the person who submitted (docs/languages.md): the first language of the
   * request's Accept-Language, on /engine-rest as on /api (Spring's request-context filter reaches every URL).
   */
  @Test
  void aRefusedSubmission_speaksTheSubmittersLanguage() throws Exception {
    String riskReport = "/engine-rest/process-definition/key/" + RiskReportProcess.KEY + "/submit-form";
    String report = "{\"variables\":{\"programmeCode\":{\"value\":\"NO-SUCH-LANG\"},"
        + "\"riskTitle\":{\"value\":\"Salaries unpaid\"},\"riskDescription\":{\"value\":\"In the south\"},"
        + "\"riskCategory\":{\"value\":\"financial\"}}}";
    HttpResponse<String> french = post("police", riskReport, report, "fr-FR,fr;q=0.9,en;q=0.5");
    assertThat(french.statusCode()).as(french.body()).isEqualTo(400);
    assertThat(JSON.readTree(french.body()).get("message").asText())
        .contains("Code du programme : il n’existe aucun programme avec le code NO-SUCH-LANG.");
    HttpResponse<String> english = post("police", riskReport, report, "en");
    assertThat(english.statusCode()).as(english.body()).isEqualTo(400);
    assertThat(JSON.readTree(english.body()).get("message").asText())
        .contains("There is no programme with the code NO-SUCH-LANG. Please check the code");

    // the change request (programme-change-request.bpmn) for an unknown programme code
    String changeRequest = "/engine-rest/process-definition/key/programme-change-request/start";
    String change = "{\"variables\":{\"programmeCode\":{\"value\":\"NO-SUCH-LANG\"},"
        + "\"changeKind\":{\"value\":\"strategy\"},\"changeReason\":{\"value\":\"Re-plan\"}}}";
    HttpResponse<String> portuguese = post("coordinator", changeRequest, change, "pt-PT");
    assertThat(portuguese.statusCode()).as(portuguese.body()).isEqualTo(400);
    assertThat(JSON.readTree(portuguese.body()).get("message").asText()).contains(
        "Código do programa (programmeCode): não existe nenhum programa em curso com o código NO-SUCH-LANG.");
    HttpResponse<String> frenchChange = post("coordinator", changeRequest, change, "fr");
    assertThat(frenchChange.statusCode()).as(frenchChange.body()).isEqualTo(400);
    assertThat(JSON.readTree(frenchChange.body()).get("message").asText()).contains(
        "Code du programme (programmeCode) : il n’existe aucun programme en cours avec le code NO-SUCH-LANG.");
    HttpResponse<String> englishChange = post("coordinator", changeRequest, change, "en-GB");
    assertThat(englishChange.statusCode()).as(englishChange.body()).isEqualTo(400);
    assertThat(JSON.readTree(englishChange.body()).get("message").asText()).contains(
        "Programme code (programmeCode): there is no running programme with the code NO-SUCH-LANG.");

    // /api answers the same words (404: no such programme)
    HttpResponse<String> api = post("monitor", "/api/programmes/NO-SUCH-LANG/risks",
        "{\"title\":\"t\",\"description\":\"d\",\"category\":\"security\"}", "fr");
    assertThat(api.statusCode()).as(api.body()).isEqualTo(404);
    assertThat(JSON.readTree(api.body()).get("message").asText())
        .startsWith("Code du programme : il n’existe aucun programme avec le code NO-SUCH-LANG.");
    HttpResponse<String> weather = post("monitor", "/api/programmes/SSR-X/risks",
        "{\"title\":\"t\",\"description\":\"d\",\"category\":\"weather\"}", "pt");
    assertThat(weather.statusCode()).as(weather.body()).isEqualTo(400);
    assertThat(JSON.readTree(weather.body()).get("message").asText())
        .startsWith("Categoria de risco desconhecida «weather». Escolha uma de [political, security");
  }

  /** A JSON POST as {@code user} with the browser's {@code Accept-Language}. */
  private HttpResponse<String> post(String user, String path, String json, String acceptLanguage) throws Exception {
    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
        (user + ":" + DemoUsers.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + path))
        .header("Authorization", basic).header("Content-Type", "application/json").header("Accept", "application/json")
        .header("Accept-Language", acceptLanguage).POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Http user(String id) {
    return Http.basic(port, id, DemoUsers.PASSWORD);
  }

  private ProcessInstance startProgramme(String code) {
    Map<String, Object> form = new HashMap<>();
    form.put("programmeCode", code);
    form.put("programmeName", "National security sector programme");
    form.put("country", "Testland");
    form.put("programmeTerm", "Security Sector Reform");
    form.put("institutions", SpinValues.jsonValue("[\"defence\",\"police\"]").create());
    form.put("oversightPolice", SpinValues.jsonValue("[\"parliamentOversight\"]").create());
    form.put("regionsText", "North");
    form.put("requiredSegments", SpinValues.jsonValue("[\"youth\"]").create());
    // one segment keeps the test short; leaving out the women's groups needs a justification
    form.put("segmentsJustification", "Heard in a separate consultation.");
    form.put("donorsText", "European Union");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("ssr-programme").latestVersion().singleResult().getId();
    return engine.getFormService().submitStartForm(definitionId, form);
  }
}
