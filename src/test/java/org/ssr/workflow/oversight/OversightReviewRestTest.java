package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The review as reviewers meet it through the REST API of the running application: the deployed embedded form with
 * its download, the document itself, and the server-side refusal of a return without reasons (a REST user never sees
 * the form's validation).
 */
@SsrApplicationTest
class OversightReviewRestTest {

  private static final String PASSWORD = "SsrDemo#2026";
  private static final ObjectMapper JSON = Json.mapper();

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtimeService;

  @Test
  void reviewerDownloadsTheDocument_andCannotReturnItWithoutReasons() throws Exception {
    ProcessInstance review = runtimeService.startProcessInstanceByKey(OversightReviewProcess.KEY, "SSR-REST-REVIEW",
        Variables.createVariables()
            .putValue(PROGRAMME_CODE.name(), "SSR-REST-REVIEW")
            .putValue(PROGRAMME_TERM.name(), "Security Sector Reform")
            .putValue(REVIEW_KIND.name(), "NSP")
            .putValue(REVIEW_SUBJECT.name(), "National Security Policy 2027")
            .putValue(REVIEW_VERSION.name(), 1)
            .putValue(REVIEW_DOCUMENT.name(), Variables.fileValue("nsp-2027.pdf")
                .file("%PDF-1.4 the NSP".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create())
            .putValue(REVIEW_GROUPS.name(), List.of("parliamentOversight", "justiceOversight")));
    Http parliament = Http.basic(port, "parliament", PASSWORD);

    JsonNode tasks = JSON.readTree(
        parliament.get("/engine-rest/task?maxResults=50&processInstanceId=" + review.getId()).body());
    assertThat(tasks).as("parliament sees only its own body's review").hasSize(1);
    String taskId = tasks.get(0).get("id").asText();

    HttpResponse<String> form = parliament.get("/engine-rest/task/" + taskId + "/deployed-form");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("cam-file-download=\"reviewDocument\"");
    HttpResponse<byte[]> document =
        parliament.getBytes("/engine-rest/task/" + taskId + "/variables/reviewDocument/data");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(new String(document.body(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 the NSP");

    assertThat(parliament.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"parliament\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> refused = parliament.postJson("/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"returned\",\"type\":\"String\"}}}");
    assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(refused.body()).contains("Reasons are required when the review is returned");

    HttpResponse<String> accepted = parliament.postJson("/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\":{\"decision\":{\"value\":\"returned\",\"type\":\"String\"},"
            + "\"reasons\":{\"value\":\"Add the budget annex.\",\"type\":\"String\"}}}");
    assertThat(accepted.statusCode()).isEqualTo(204);

    List<ReviewDecisionRecord> decisions =
        DecisionLog.read(Conversions.json(runtimeService.getVariable(review.getId(), "reviewDecisions")));
    assertThat(decisions).singleElement().satisfies(decision -> {
      assertThat(decision.userId()).isEqualTo("parliament");
      assertThat(decision.group()).isEqualTo("parliamentOversight");
      assertThat(decision.reasons()).isEqualTo("Add the budget annex.");
    });
    runtimeService.deleteProcessInstance(review.getId(), "test finished");
  }
}
