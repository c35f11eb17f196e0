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
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A programme set up in French (programmeLanguage "fr"): its plan template comes in French; a French workbook with a
 * wrong amount is refused with a French message naming the cell, and the same upload by an English-speaking user gets
 * English — through the REST upload (the request's Accept-Language) and through Tasklist's upload task (the language
 * the form records with the file).
 */
@SsrApplicationTest
class FinanceLanguagesApiTest {

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  final ObjectMapper json = Json.mapper();
  final HttpClient client = HttpClient.newHttpClient();
  String code;
  String instanceId;

  @BeforeEach
  void frenchProgrammeAtStepTen() {
    code = "FR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> vars = FinanceProcessVariables.of(code);
    vars.put(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), "fr");
    instanceId = runtime.createProcessInstanceByKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .businessKey(code).setVariables(vars)
        .startBeforeActivity(FinancialPlanProcess.TASK_UPLOAD)
        .execute().getId();
  }

  @AfterEach
  void removeProgramme() {
    runtime.deleteProcessInstanceIfExists(instanceId, "finance languages test done", true, true, true, true);
  }

  @Test
  void aFrenchWorkbookIsRefusedInTheLanguageOfWhoeverUploadsIt() throws Exception {
    HttpResponse<byte[]> template = client.send(as("coordinator", "/financial-plan/template.xlsx").GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(template.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
      assertThat(wb.getSheetName(1)).isEqualTo("Instructions");
      assertThat(wb.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("Montant nécessaire");
    }
    byte[] filled = FinanceLanguagesTest.filled(template.body(), "fr");
    byte[] wrong = FinanceLanguagesTest.wrongAmount(filled);

    HttpResponse<String> french = upload("plan.xlsx", wrong, "fr-FR,fr;q=0.9,en;q=0.5");
    assertThat(french.statusCode()).isEqualTo(422);
    JsonNode body = json.readTree(french.body());
    assertThat(body.get("message").asText()).startsWith("Le plan de faisabilité financière n’a pas été accepté : 1 "
        + "problème(s).");
    assertThat(body.get("errors")).extracting(JsonNode::asText).containsExactly("Plan!F2: \"environ 5000\" — pas un "
        + "nombre — saisissez le montant comme un simple nombre, sans devise ni mots, p. ex. 125000 ou 125000,50 dans "
        + "une cellule au format nombre");

    HttpResponse<String> english = upload("plan.xlsx", wrong, "en-GB,en;q=0.9");
    assertThat(english.statusCode()).isEqualTo(422);
    assertThat(json.readTree(english.body()).get("errors")).extracting(JsonNode::asText).containsExactly(
        "Plan!F2: \"environ 5000\" — not a number — type the amount as a plain number without currency or words, "
            + "e.g. 125000 or 125,000.50");

    HttpResponse<String> accepted = upload("plan.xlsx", filled, "en");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(json.readTree(accepted.body()).at("/totals/byCostCategory/0/key").asText()).isEqualTo("Personnel");
  }

  @Test
  void aRefusedUploadInTasklistIsExplainedInTheLanguageTheFormRecorded() throws Exception {
    byte[] template = new FinancialPlanTemplateWriter().write(PlanFixtures.CONTEXT.withLanguage("fr"), List.of());
    byte[] wrong = FinanceLanguagesTest.wrongAmount(FinanceLanguagesTest.filled(template, "fr"));

    completeUpload(wrong, "fr-FR");
    assertThat(errors()).containsExactly("Plan!F2: \"environ 5000\" — pas un nombre — saisissez le montant comme un "
        + "simple nombre, sans devise ni mots, p. ex. 125000 ou 125000,50 dans une cellule au format nombre");
    completeUpload(wrong, "en");
    assertThat(errors()).containsExactly("Plan!F2: \"environ 5000\" — not a number — type the amount as a plain "
        + "number without currency or words, e.g. 125000 or 125,000.50");
    completeUpload(wrong, "pt");
    assertThat(errors()).singleElement().asString().contains("não é um número");
    // an upload without the form's language (a script, a programme that never saw the form) is explained in the
    // programme's language
    runtime.removeVariable(instanceId, FinancialPlanProcess.Variables.UPLOADER_LANGUAGE.name());
    completeUpload(wrong, null);
    assertThat(errors()).singleElement().asString().contains("pas un nombre");
  }

  private void completeUpload(byte[] bytes, String language) {
    Task upload = tasks.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(FinancialPlanProcess.TASK_UPLOAD).singleResult();
    tasks.claim(upload.getId(), "coordinator");
    VariableMap variables = Variables.createVariables().putValue(FinancialPlanProcess.Variables.FILE.name(),
        Variables.fileValue("plan.xlsx").file(bytes).mimeType(Workbooks.XLSX).create());
    if (language != null) {
      variables.putValue(FinancialPlanProcess.Variables.UPLOADER_LANGUAGE.name(), language);
    }
    tasks.complete(upload.getId(), variables);
  }

  private List<String> errors() {
    SpinJsonNode errors = (SpinJsonNode) runtime.getVariable(instanceId, FinancialPlanProcess.Variables.ERRORS.name());
    return errors.elements().stream().map(SpinJsonNode::stringValue).toList();
  }

  private HttpRequest.Builder as(String user, String path) {
    String basic = Base64.getEncoder().encodeToString((user + ":" + DemoUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/programmes/" + code + path))
        .header("Authorization", "Basic " + basic);
  }

  private HttpResponse<String> upload(String fileName, byte[] file, String acceptLanguage) throws Exception {
    String boundary = "----ssr" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + Workbooks.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(as("coordinator", "/financial-plan")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json").header("Accept-Language", acceptLanguage)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }
}
