package org.ssr.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.support.ApplicationProcess;
import org.ssr.workflow.support.Http;

/**
 * Drives oversight reviews through the engine REST API of any node, as the roles would: the administrator starts a
 * review (as the programme's call activity would), each body's member decides, managers chase. Used by the cluster,
 * crash and load tests; every call names the node it goes to, so a test can alternate between nodes.
 */
final class ReviewRestDriver {

  static final String PASSWORD = "SsrDemo#2026";
  static final ObjectMapper JSON = new ObjectMapper();

  /** The demo user who decides for each oversight body. */
  static String memberOf(String group) {
    return switch (group) {
      case "parliamentOversight" -> "parliament";
      case "justiceOversight" -> "justice";
      case "civilSocietyMonitor" -> "monitor";
      case "programmeManagers" -> "manager";
      default -> throw new IllegalArgumentException("No demo user for " + group);
    };
  }

  private ReviewRestDriver() {}

  static Http admin(int port) {
    return Http.basic(port, "admin", PASSWORD);
  }

  static Http user(int port, String user) {
    return Http.basic(port, user, PASSWORD);
  }

  /** Starts an oversight review of an NSP and returns the process instance id. */
  static String startReview(int port, String code, List<String> groups, String deadline, String escalationDelay) {
    ObjectNode body = JSON.createObjectNode();
    body.put("businessKey", code);
    ObjectNode variables = body.putObject("variables");
    string(variables, OversightReviewProcess.Variables.PROGRAMME_CODE.name(), code);
    string(variables, OversightReviewProcess.Variables.PROGRAMME_TERM.name(), "Security Sector Reform");
    string(variables, OversightReviewProcess.Variables.REVIEW_KIND.name(), "NSP");
    string(variables, OversightReviewProcess.Variables.REVIEW_SUBJECT.name(), "National Security Policy of " + code);
    ObjectNode version = variables.putObject(OversightReviewProcess.Variables.REVIEW_VERSION.name());
    version.put("value", 1);
    version.put("type", "Integer");
    ObjectNode reviewGroups = variables.putObject(OversightReviewProcess.Variables.REVIEW_GROUPS.name());
    reviewGroups.put("value", JSON.valueToTree(groups).toString());
    reviewGroups.put("type", "Json");
    string(variables, OversightReviewProcess.Variables.REVIEW_DEADLINE.name(), deadline);
    string(variables, OversightReviewProcess.Variables.REVIEW_ESCALATION_DELAY.name(), escalationDelay);
    HttpResponse<String> response = admin(port).postJson(
        "/engine-rest/process-definition/key/" + OversightReviewProcess.KEY + "/start", body.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body()).get("id").asText();
  }

  private static void string(ObjectNode variables, String name, String value) {
    ObjectNode variable = variables.putObject(name);
    variable.put("value", value);
    variable.put("type", "String");
  }

  /** Open tasks of the instance (as the administrator sees them). */
  static List<JsonNode> openTasks(int port, String processInstanceId) {
    return list(admin(port).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&sortBy=created&sortOrder=asc&maxResults=200"));
  }

  static List<JsonNode> openTasks(int port, String processInstanceId, String taskDefinitionKey) {
    return openTasks(port, processInstanceId).stream()
        .filter(task -> task.get("taskDefinitionKey").asText().equals(taskDefinitionKey))
        .toList();
  }

  /** The open review task of one body. */
  static String reviewTask(int port, String processInstanceId, String group) {
    List<JsonNode> tasks = list(admin(port).get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + OversightReviewProcess.Elements.REVIEW_TASK + "&candidateGroup=" + group
        + "&maxResults=10"));
    assertThat(tasks).as("review task of %s", group).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** The body's member decides; returns the HTTP response (204 when saved). */
  static HttpResponse<String> decide(int port, String taskId, String user, String decision, String reasons) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    string(variables, OversightReviewProcess.Variables.DECISION.name(), decision);
    if (reasons != null) {
      string(variables, OversightReviewProcess.Variables.REASONS.name(), reasons);
    }
    return user(port, user).postJson("/engine-rest/task/" + taskId + "/complete", body.toString());
  }

  static void decideOk(int port, String processInstanceId, String group, String decision) {
    String task = reviewTask(port, processInstanceId, group);
    HttpResponse<String> response = decide(port, task, memberOf(group), decision,
        decision.equals("approved") ? null : "Needs revision: section 3 is missing.");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  /** A programme manager records a chase on an overdue-review task. */
  static void chase(int port, String taskId) {
    HttpResponse<String> response = user(port, "manager").postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"" + OversightReviewProcess.Variables.CHASE_NOTE.name()
            + "\":{\"value\":\"Called the committee clerk.\",\"type\":\"String\"}}}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  static JsonNode historicInstance(int port, String processInstanceId) {
    HttpResponse<String> response = admin(port).get("/engine-rest/history/process-instance/" + processInstanceId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  static String state(int port, String processInstanceId) {
    return historicInstance(port, processInstanceId).get("state").asText();
  }

  /** The instance's variables as the REST API returns them (name -> {type, value}). */
  static JsonNode variables(int port, String processInstanceId) {
    HttpResponse<String> response = admin(port).get(
        "/engine-rest/process-instance/" + processInstanceId + "/variables?deserializeValues=false");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  static String historicVariable(int port, String processInstanceId, String name) {
    List<JsonNode> values = list(admin(port).get("/engine-rest/history/variable-instance?processInstanceId="
        + processInstanceId + "&variableName=" + name + "&deserializeValues=false&maxResults=10"));
    assertThat(values).as("historic variable %s", name).hasSize(1);
    JsonNode value = values.get(0).get("value");
    return value.isValueNode() ? value.asText() : value.toString();
  }

  static long count(int port, String path) {
    HttpResponse<String> response = admin(port).get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return read(response.body()).get("count").asLong();
  }

  static long activityCount(int port, String processInstanceId, String activityId) {
    return count(port, "/engine-rest/history/activity-instance/count?processInstanceId=" + processInstanceId
        + "&activityId=" + activityId);
  }

  static List<JsonNode> list(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<JsonNode> result = new ArrayList<>();
    read(response.body()).forEach(result::add);
    return result;
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Polls until the supplier is true; fails with the description after the timeout. */
  static void await(String description, Duration timeout, Supplier<Boolean> condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (Boolean.TRUE.equals(condition.get())) {
        return;
      }
      ApplicationProcess.sleep(Duration.ofMillis(500));
    }
    throw new AssertionError("Timed out after " + timeout + " waiting for: " + description);
  }
}
