package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.Race;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Two plan uploads for one programme at the same moment through the real server: two REST uploads, and a REST upload
 * together with the Tasklist upload (completing UserTask_UploadFinancialPlan through the webapps' engine API, which
 * runs the import delegate inside the engine's transaction). Each upload either becomes its own complete version
 * (versions consecutive, lines and totals its own) or gets 409 with a plain message and stores nothing.
 */
@SsrApplicationTest
class FinancialPlanConcurrentUploadApiTest {

  private static final String CONFLICT = "was being stored at the same moment. Nothing of your upload was saved.";

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  FinancialPlanService service;

  final ObjectMapper json = Json.mapper();
  final HttpClient client = HttpClient.newHttpClient();
  final List<String> instances = new ArrayList<>();

  @AfterEach
  void removeProgrammes() {
    instances.forEach(id -> runtime.deleteProcessInstanceIfExists(id, "concurrency test done", true, true, true, true));
  }

  private String programmeAtUpload(String code) {
    String id = runtime.createProcessInstanceByKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .businessKey(code)
        .setVariables(FinanceProcessVariables.of(code))
        .startBeforeActivity(FinancialPlanProcess.TASK_UPLOAD)
        .execute().getId();
    instances.add(id);
    return id;
  }

  @Test
  void twoRestUploadsAtOnce_becomeTwoCompleteConsecutiveVersions() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> conflicts = new ArrayList<>();
    try {
      for (int round = 0; round < Race.ROUNDS; round++) {
        String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        programmeAtUpload(code);
        byte[] first = plan(1);
        byte[] second = plan(3);
        List<HttpResponse<String>> responses = Race.atOnce(pool, Duration.ofSeconds(60),
            () -> restUpload(code, "first.xlsx", first),
            () -> restUpload(code, "second.xlsx", second));
        conflicts.add(assertOutcome(code, responses, Map.of(0, "first.xlsx", 1, "second.xlsx"),
            Map.of("first.xlsx", first, "second.xlsx", second)));
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("[concurrency] two REST uploads x " + Race.ROUNDS + ": conflicts per round " + conflicts);
  }

  @Test
  void aRestUploadAndATasklistUploadAtOnce_becomeTwoCompleteConsecutiveVersions() throws Exception {
    Http tasklist = Http.anonymous(port);
    assertThat(tasklist.webappLogin("tasklist", "coordinator", DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
    assertThat(tasklist.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Integer> conflicts = new ArrayList<>();
    try {
      for (int round = 0; round < Race.ROUNDS; round++) {
        String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String instance = programmeAtUpload(code);
        String task = tasks.createTaskQuery().processInstanceId(instance)
            .taskDefinitionKey(FinancialPlanProcess.TASK_UPLOAD).singleResult().getId();
        byte[] rest = plan(2);
        byte[] form = plan(4);
        List<HttpResponse<String>> responses = Race.atOnce(pool, Duration.ofSeconds(60),
            () -> restUpload(code, "rest.xlsx", rest),
            () -> tasklist.postJson("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                fileVariable("tasklist.xlsx", form)));
        int conflict = assertOutcome(code, responses, Map.of(0, "rest.xlsx", 1, "tasklist.xlsx"),
            Map.of("rest.xlsx", rest, "tasklist.xlsx", form));
        conflicts.add(conflict);

        if (responses.get(1).statusCode() == 204) {
          // the programme moved on with the version of its own upload, and its totals
          int version = (Integer) runtime.getVariable(instance, FinancialPlanProcess.Variables.VERSION.name());
          assertThat(service.info(code, version).orElseThrow().fileName()).isEqualTo("tasklist.xlsx");
          assertThat(json.readTree(runtime.getVariable(instance, FinancialPlanProcess.Variables.TOTALS.name()).toString()))
              .isEqualTo(json.readTree(service.toJson(service.view(code, version).orElseThrow().totals())));
          assertThat(tasks.createTaskQuery().processInstanceId(instance)
              .taskDefinitionKey(FinancialPlanProcess.TASK_REVIEW_TOTALS).count()).isEqualTo(1);
        } else {
          // nothing of the Tasklist upload was saved: the task is still there, no version variable
          assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
          assertThat(runtime.getVariable(instance, FinancialPlanProcess.Variables.VERSION.name())).isNull();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.println("[concurrency] REST + Tasklist upload x " + Race.ROUNDS + ": conflicts per round " + conflicts);
  }

  /**
   * Every upload is either stored (201/204) or refused with 409 and a plain message; the stored ones are versions
   * 1..n with exactly their own file, lines and totals. Returns the number of 409s.
   */
  private int assertOutcome(String code, List<HttpResponse<String>> responses, Map<Integer, String> names,
      Map<String, byte[]> files) throws Exception {
    String seen = responses.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();
    List<String> stored = new ArrayList<>();
    int conflicts = 0;
    for (int i = 0; i < responses.size(); i++) {
      HttpResponse<String> response = responses.get(i);
      assertThat(response.statusCode()).as(seen).isIn(201, 204, 409);
      if (response.statusCode() == 409) {
        conflicts++;
        assertThat(json.readTree(response.body()).get("message").asText()).as(seen)
            .containsAnyOf(CONFLICT, "Nothing of your request was saved");
      } else {
        stored.add(names.get(i));
      }
    }
    assertThat(stored).as("at least one upload is stored: %s", seen).isNotEmpty();
    List<PlanVersionInfo> versions = service.versions(code);
    assertThat(versions).extracting(PlanVersionInfo::version).as(seen)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, stored.size()).boxed().toList());
    assertThat(versions).extracting(PlanVersionInfo::fileName).containsExactlyInAnyOrderElementsOf(stored);
    for (PlanVersionInfo version : versions) {
      byte[] file = files.get(version.fileName());
      List<PlanLine> expected = service.check(PlanFixtures.CONTEXT, version.fileName(), file).lines();
      assertThat(service.lines(code, version.version())).hasValue(expected);
      assertThat(version.lineCount()).isEqualTo(expected.size());
      assertThat(service.view(code, version.version()).orElseThrow().totals())
          .isEqualTo(PlanTotals.of(expected, PlanFixtures.CONTEXT));
    }
    HttpResponse<String> rest = responses.get(0);
    if (rest.statusCode() == 201) {
      int version = json.readTree(rest.body()).get("version").asInt();
      assertThat(service.info(code, version).orElseThrow().fileName()).isEqualTo(names.get(0));
    }
    return conflicts;
  }

  /** A good plan of {@code n} lines. */
  static byte[] plan(int n) {
    Object[][] lines = new Object[n][];
    for (int i = 0; i < n; i++) {
      lines[i] = PlanFixtures.line("A-" + (1 + i % 3), 2027 + i % 2, "Training", 10_000 * n + i, "European Union",
          5_000);
    }
    return PlanFixtures.plan(lines);
  }

  /** The upload form's submission as Tasklist sends it: the workbook as a File variable, Base64 in JSON. */
  private static String fileVariable(String name, byte[] bytes) {
    return "{\"variables\":{\"" + FinancialPlanProcess.Variables.FILE.name() + "\":{\"type\":\"File\",\"value\":\""
        + Base64.getEncoder().encodeToString(bytes) + "\",\"valueInfo\":{\"filename\":\"" + name
        + "\",\"mimeType\":\"" + Workbooks.XLSX + "\"}}}}";
  }

  private HttpResponse<String> restUpload(String code, String fileName, byte[] file) throws Exception {
    String boundary = "----ssr" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + Workbooks.XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String basic = Base64.getEncoder().encodeToString(("coordinator:" + DemoUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/programmes/" + code
            + "/financial-plan"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
