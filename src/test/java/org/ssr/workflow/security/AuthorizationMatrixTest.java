package org.ssr.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.finance.FinancialPlanService;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The authorization matrix of issue 4 through the real HTTP server: every role (one demo user each, plus an anonymous
 * caller) tries every action; each cell must come out as {@link #EXPECTED} says. The test prints the matrix it saw
 * and fails on any difference: a "leak" (allowed where the table says deny) or a lost right (denied where it says
 * allow).
 */
@SsrApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  /**
   * The expected matrix. {@code Y} allowed, {@code -} denied (401/403, or the item is not in the answer), {@code .}
   * not applicable (the role has no review of its own). Columns:
   * <pre>
   * start     POST /engine-rest/process-definition/key/ssr-programme/start (the programme start form; a role
 *           without READ on the definition gets 404 "no matching definition", counted as denied)
   * listOther GET  /engine-rest/task?processInstanceId=… : another body's review task is in the list
   * claimOth  POST /engine-rest/task/{another body's review}/claim
   * complOth  POST /engine-rest/task/{another body's review}/complete (decision approved)
   * ownRev    POST /engine-rest/task/{own body's review}/complete
   * chase     POST /engine-rest/task/{chase task of an overdue review}/complete
   * history   GET  /engine-rest/history/process-instance?processInstanceId=… : the review is in the answer
   * cockpit   log in to Cockpit (anonymous: a Cockpit API call without session)
   * admin     log in to Admin (anonymous: an Admin API call without session)
   * deploy    POST /engine-rest/deployment/create
   * user      POST /engine-rest/user/create
   * filter    POST /engine-rest/filter/create
   * risk      POST /api/programmes/{code}/risks
   * plan      GET  /api/programmes/{code}/financial-plan.xlsx (the plan summary workbook)
   * pledge    POST /engine-rest/task/{donor-pledge task}/complete
   * change    POST /engine-rest/process-definition/key/programme-change-request/start (amend the strategy of a
   *           programme not yet in implementation: allowed means the request got past authorization and was refused
   *           with 400 naming programmeCode; a role without the right gets 403 or 404 "no matching definition")
   * </pre>
   */
  static final String EXPECTED = """
      role         | start | listOther | claimOth | complOth | ownRev | chase | history | cockpit | admin | deploy | user | filter | risk | plan | pledge | change
      anonymous    |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  -   |  -   |   -    |   -
      coordinator  |   Y   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  Y   |   -    |   Y
      parliament   |   -   |     -     |    -     |    -     |   Y    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  Y   |   -    |   Y
      justice      |   -   |     -     |    -     |    -     |   Y    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  Y   |   -    |   Y
      monitor      |   -   |     -     |    -     |    -     |   Y    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  Y   |   -    |   Y
      defence      |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  -   |   -    |   -
      police       |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  -   |   -    |   -
      intelligence |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  -   |   -    |   -
      courts       |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  -   |   -    |   -
      corrections  |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  -   |   -    |   -
      border       |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  -   |   -    |   -
      facilitator  |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  -   |   -    |   -
      manager      |   -   |     -     |    -     |    -     |   .    |   Y   |    Y    |    Y    |   -   |   -    |  -   |   -    |  Y   |  Y   |   -    |   -
      donor        |   -   |     -     |    -     |    -     |   .    |   -   |    -    |    -    |   -   |   -    |  -   |   -    |  Y   |  Y   |   Y    |   -
      admin        |   Y   |     Y     |    Y     |    Y     |   .    |   Y   |    Y    |    Y    |   Y   |   Y    |  Y   |   Y    |  Y   |  -   |   Y    |   Y
      """;

  /** Which oversight body's review each demo user owns. */
  static final Map<String, String> OWN_BODY = Map.of(
      "parliament", SsrGroups.PARLIAMENT_OVERSIGHT,
      "justice", SsrGroups.JUSTICE_OVERSIGHT,
      "monitor", SsrGroups.CIVIL_SOCIETY_MONITOR);

  static final String PROGRAMME = "MX-PLAN";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  FinancialPlanService plans;

  @Autowired
  ProgrammeDirectory directory;

  RoleFixtures fixtures;
  RoleFixtures.Programme programme;
  final List<String> startedInstances = new ArrayList<>();

  enum Outcome { ALLOW, DENY, NOT_APPLICABLE, ERROR }

  record Result(Outcome outcome, String detail) {
    static Result allow() {
      return new Result(Outcome.ALLOW, "");
    }

    static Result deny() {
      return new Result(Outcome.DENY, "");
    }

    char symbol() {
      return switch (outcome) {
        case ALLOW -> 'Y';
        case DENY -> '-';
        case NOT_APPLICABLE -> '.';
        case ERROR -> '!';
      };
    }
  }

  /** One row's caller and the work set up for it. */
  record Row(String role, String user, Http http, RoleFixtures.Review review, String chaseTask, String pledgeTask) {}

  @BeforeAll
  void setUp() {
    fixtures = new RoleFixtures(engine);
    programme = fixtures.programmeAtFinancialPlan(PROGRAMME, parse().size(), plans, directory);
    startedInstances.add(programme.processInstanceId());
  }

  @AfterAll
  void tearDown() {
    engine.getRuntimeService().createProcessInstanceQuery().list().stream()
        .filter(pi -> pi.getBusinessKey() != null && pi.getBusinessKey().startsWith("MX-"))
        .forEach(pi -> fixtures.delete(pi.getId()));
  }

  @Test
  void everyRoleMayDoExactlyWhatTheMatrixSays() {
    Map<String, String[]> expected = parse();
    String[] columns = header();
    StringBuilder seen = new StringBuilder();
    List<String> differences = new ArrayList<>();
    seen.append(String.format("%-13s|", "role"));
    for (String column : columns) {
      seen.append(String.format(" %-9s|", column));
    }
    seen.append('\n');
    int rowIndex = 0;
    for (Map.Entry<String, String[]> entry : expected.entrySet()) {
      Row row = row(entry.getKey(), rowIndex++);
      seen.append(String.format("%-13s|", row.role()));
      for (int c = 0; c < columns.length; c++) {
        Result result = perform(columns[c], row);
        char want = entry.getValue()[c].charAt(0);
        seen.append(String.format(" %-9s|", result.symbol() == want ? String.valueOf(result.symbol())
            : result.symbol() + " (want " + want + ")"));
        if (result.symbol() != want) {
          String kind = want == '-' && result.outcome() == Outcome.ALLOW ? "LEAK" : "MISMATCH";
          differences.add(kind + ": " + row.role() + " / " + columns[c] + ": expected " + want + ", got "
              + result.symbol() + " " + result.detail());
        }
      }
      seen.append('\n');
    }
    System.out.println("Authorization matrix (Y allowed, - denied, . not applicable, ! unexpected answer):\n" + seen);
    differences.forEach(System.out::println);
    assertThat(differences).as("authorization matrix differences\n" + seen).isEmpty();
  }

  private Row row(String role, int index) {
    String user = role.equals("anonymous") ? null : role;
    Http http = user == null ? Http.anonymous(port) : Http.basic(port, user, DemoUsers.PASSWORD);
    String code = "MX-" + role;
    RoleFixtures.Review review = fixtures.reviewByAllBodies(code);
    String chase = fixtures.chaseTask(code);
    return new Row(role, user, http, review, chase, programme.pledgeTasks().get(index));
  }

  private Result perform(String action, Row row) {
    return switch (action) {
      case "start" -> startProgramme(row);
      case "listOther" -> listed(row.http().get("/engine-rest/task?maxResults=100&processInstanceId="
          + row.review().processInstanceId()), otherReview(row));
      case "claimOth" -> status(row.http().postJson("/engine-rest/task/" + otherReview(row) + "/claim",
          "{\"userId\":\"" + (row.user() == null ? "nobody" : row.user()) + "\"}"), 204);
      case "complOth" -> completeReview(row, otherReview(row));
      case "ownRev" -> OWN_BODY.containsKey(row.role())
          ? completeReview(row, row.review().taskByGroup().get(OWN_BODY.get(row.role())))
          : new Result(Outcome.NOT_APPLICABLE, "");
      case "chase" -> status(row.http().postJson("/engine-rest/task/" + row.chaseTask() + "/complete",
          "{\"variables\":{\"chaseNote\":{\"value\":\"Called the committee clerk\"}}}"), 204);
      case "history" -> listed(row.http().get("/engine-rest/history/process-instance?maxResults=10&processInstanceId="
          + row.review().processInstanceId()), row.review().processInstanceId());
      case "cockpit" -> webapp(row, "cockpit", "/camunda/api/engine/engine/default/process-definition?maxResults=1");
      case "admin" -> webapp(row, "admin", "/camunda/api/engine/engine/default/user?maxResults=1");
      case "deploy" -> deploy(row);
      case "user" -> createUser(row);
      case "filter" -> createFilter(row);
      case "risk" -> status(row.http().postJson("/api/programmes/" + PROGRAMME + "/risks",
          "{\"title\":\"Spoilers threaten the dialog\",\"description\":\"Reported by " + row.role()
              + " in the role test\",\"category\":\"political\"}"), 201);
      case "plan" -> download(row.http().getBytes("/api/programmes/" + PROGRAMME + "/financial-plan.xlsx"));
      case "pledge" -> status(row.http().postJson("/engine-rest/task/" + row.pledgeTask() + "/complete",
          "{\"variables\":{\"pledges\":{\"value\":\"[]\",\"type\":\"Json\"}}}"), 204);
      case "change" -> requestChange(row);
      default -> throw new IllegalArgumentException(action);
    };
  }

  private Result requestChange(Row row) {
    HttpResponse<String> response = row.http().postJson(
        "/engine-rest/process-definition/key/programme-change-request/start", """
            {"variables":{
              "programmeCode":{"value":"%s"},
              "changeKind":{"value":"strategy"},
              "changeReason":{"value":"Matrix probe"}
            }}""".formatted(PROGRAMME));
    if (response.statusCode() == 404 && response.body().contains("No matching process definition")) {
      return Result.deny();
    }
    if (response.statusCode() == 400 && response.body().contains("programmeCode")
        && response.body().contains("not in implementation")) {
      return Result.allow();
    }
    return status(response, 400);
  }

  private static String otherReview(Row row) {
    String other = "parliament".equals(row.role()) ? SsrGroups.JUSTICE_OVERSIGHT : SsrGroups.PARLIAMENT_OVERSIGHT;
    return row.review().taskByGroup().get(other);
  }

  private Result completeReview(Row row, String taskId) {
    return status(row.http().postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"approved\"}}}"), 204);
  }

  private Result startProgramme(Row row) {
    String code = "MX-START-" + row.role();
    String body = """
        {"variables":{
          "programmeCode":{"value":"%s"},
          "programmeName":{"value":"Matrix programme"},
          "country":{"value":"Testland"},
          "programmeTerm":{"value":"Security Sector Reform"},
          "institutions":{"value":"[\\"defence\\",\\"police\\"]","type":"Json"},
          "oversightPolice":{"value":"[\\"parliamentOversight\\",\\"justiceOversight\\"]","type":"Json"},
          "regionsText":{"value":"North\\nSouth"},
          "requiredSegments":{"value":"[\\"youth\\"]","type":"Json"},
          "segmentsJustification":{"value":"Women's groups are heard in a separate consultation."},
          "donorsText":{"value":"European Union"}
        }}""".formatted(code);
    HttpResponse<String> response =
        row.http().postJson("/engine-rest/process-definition/key/ssr-programme/start", body);
    // a role that may not even read the definition is told there is none
    if (response.statusCode() == 404 && response.body().contains("No matching process definition")) {
      return Result.deny();
    }
    return status(response, 200);
  }

  private Result webapp(Row row, String app, String anonymousProbe) {
    if (row.user() == null) {
      return status(Http.anonymous(port).get(anonymousProbe), 200);
    }
    return status(Http.anonymous(port).webappLogin(app, row.user(), DemoUsers.PASSWORD), 200);
  }

  private Result deploy(Row row) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="http://ssr.org/matrix">
          <process id="matrix-intruder" isExecutable="true" camunda:historyTimeToLive="1">
            <startEvent id="StartEvent_Matrix"/>
          </process>
        </definitions>
        """;
    String boundary = "----ssrmatrix" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nmatrix-"
        + row.role() + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; "
        + "filename=\"matrix.bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary
        + "--\r\n";
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (row.user() != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((row.user() + ":" + DemoUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
          HttpResponse.BodyHandlers.ofString());
      Result result = status(response, 200);
      if (result.outcome() == Outcome.ALLOW) {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(response.body());
        if (id.find()) {
          engine.getRepositoryService().deleteDeployment(id.group(1), true);
        }
      }
      return result;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private Result createUser(Row row) {
    String id = "mx" + row.role().replace("anonymous", "anon");
    Result result = status(row.http().postJson("/engine-rest/user/create",
        "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Role\",\"lastName\":\"Probe\","
            + "\"email\":\"probe@ssr.example\"},\"credentials\":{\"password\":\"Xq7#kLm2pW9z\"}}"), 204);
    if (engine.getIdentityService().createUserQuery().userId(id).count() > 0) {
      engine.getIdentityService().deleteUser(id);
    }
    return result;
  }

  private Result createFilter(Row row) {
    String name = "matrix filter of " + row.role();
    Result result = status(row.http().postJson("/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"" + name + "\",\"query\":{}}"), 200);
    engine.getFilterService().createFilterQuery().filterName(name).list()
        .forEach(filter -> engine.getFilterService().deleteFilter(filter.getId()));
    return result;
  }

  /** 2xx with the expected status: allowed; 401/403: denied; anything else is an unexpected answer. */
  private static Result status(HttpResponse<String> response, int allowed) {
    if (response.statusCode() == allowed) {
      return Result.allow();
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      return Result.deny();
    }
    return new Result(Outcome.ERROR, "HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
  }

  private static Result download(HttpResponse<byte[]> response) {
    if (response.statusCode() == 200 && response.body().length > 0) {
      return Result.allow();
    }
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      return Result.deny();
    }
    return new Result(Outcome.ERROR, "HTTP " + response.statusCode() + ": "
        + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
  }

  /** A list answer: allowed if the item is in it, denied if not (the engine filters what a user may not read). */
  private static Result listed(HttpResponse<String> response, String id) {
    if (response.statusCode() == 200) {
      return response.body().contains("\"" + id + "\"") ? Result.allow() : Result.deny();
    }
    return status(response, 200);
  }

  private static String abbreviate(String body) {
    return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  static String[] header() {
    String first = EXPECTED.lines().findFirst().orElseThrow();
    String[] cells = Arrays.stream(first.split("\\|")).map(String::trim).toArray(String[]::new);
    return Arrays.copyOfRange(cells, 1, cells.length);
  }

  static Map<String, String[]> parse() {
    Map<String, String[]> rows = new LinkedHashMap<>();
    EXPECTED.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
      String[] cells = Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new);
      rows.put(cells[0], Arrays.copyOfRange(cells, 1, cells.length));
    });
    return rows;
  }
}
