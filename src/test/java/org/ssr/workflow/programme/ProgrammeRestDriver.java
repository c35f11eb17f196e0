package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.support.Http;

/**
 * Drives one whole programme through the REST API the way Tasklist does, each demo user completing only the tasks of
 * their own role: the start form submitted without a business key, list values as Json, files as File variables, the
 * financial plan template downloaded, filled and uploaded, oversight bodies deciding, risks reported on
 * {@code /api/programmes/{code}/risks}. Used by {@link ProgrammeEndToEndTest} (one server, job executor off) and by
 * the cluster and crash tests (separate JVMs, job executors on).
 *
 * <p>Every request asks {@link #nodes} which server to talk to, so a cluster test can send consecutive requests to
 * different nodes. Tasks are awaited (a timer or another node's job executor may still be creating them), with
 * {@link #patience} as the limit.
 */
public final class ProgrammeRestDriver {

  public static final String PASSWORD = DemoUsers.PASSWORD;
  public static final ObjectMapper JSON = new ObjectMapper();

  /** Tasks that chase overdue reviews: never needed to go on, deciding the review withdraws them. */
  static final Set<String> CHASES = Set.of(OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW,
      OversightReviewProcess.Elements.ESCALATE_OVERDUE_REVIEW);

  private final IntSupplier nodes;
  private final String code;
  private final Map<String, Http> clients = new ConcurrentHashMap<>();
  private final Map<Integer, Integer> requestsPerNode = new ConcurrentHashMap<>();
  private boolean runJobsItself;
  private Duration patience = Duration.ofSeconds(120);
  private String programmeId;

  /**
   * A driver for the programme {@code code} (its business key, upper case as the application stores it).
   *
   * @param nodes the port of the server for the next request
   */
  public ProgrammeRestDriver(IntSupplier nodes, String code) {
    this.nodes = nodes;
    this.code = code;
  }

  /** One server whose job executor is off (the Spring tests): the driver runs asynchronous continuations itself. */
  public static ProgrammeRestDriver withoutJobExecutor(int port, String code) {
    ProgrammeRestDriver driver = new ProgrammeRestDriver(() -> port, code);
    driver.runJobsItself = true;
    return driver;
  }

  /** How long to wait for a task or state at most (generous: CI machines are shared). */
  public ProgrammeRestDriver patience(Duration patience) {
    this.patience = patience;
    return this;
  }

  public String code() {
    return code;
  }

  public String programmeId() {
    return programmeId;
  }

  /** How many requests went to each node (port), for the test's log. */
  public Map<Integer, Integer> requestsPerNode() {
    return new TreeMap<>(requestsPerNode);
  }

  // ---------------------------------------------------------------- users and requests

  /** A demo user; each of their requests goes to the node {@link #nodes} names at that moment. */
  public As as(String user) {
    return new As(user);
  }

  /** A demo user talking to the application over HTTP Basic. */
  public final class As {
    private final String name;

    private As(String name) {
      this.name = name;
    }

    public String name() {
      return name;
    }

    public HttpResponse<String> get(String path) {
      return http().get(path);
    }

    public HttpResponse<byte[]> getBytes(String path) {
      return http().getBytes(path);
    }

    public HttpResponse<String> postJson(String path, String json) {
      return http().postJson(path, json);
    }

    private Http http() {
      int port = nodes.getAsInt();
      requestsPerNode.merge(port, 1, Integer::sum);
      return clients.computeIfAbsent(port + "/" + name, key -> Http.basic(port, name, PASSWORD));
    }
  }

  // ---------------------------------------------------------------- start

  /** The start form as the E2E test fills it in; {@code submittedCode} as typed (the application upper-cases it). */
  public static Map<String, JsonNode> startForm(String submittedCode) {
    Map<String, JsonNode> form = new LinkedHashMap<>();
    form.put("programmeCode", string(submittedCode));
    form.put("programmeName", string("National programme " + submittedCode));
    form.put("country", string("Testland"));
    form.put("programmeTerm", string("Security Sector Reform"));
    form.put("institutions", json("[\"defence\",\"police\"]"));
    form.put("oversightPolice", json("[\"parliamentOversight\",\"justiceOversight\"]"));
    form.put("regionsText", string("North\nSouth"));
    form.put("requiredSegments", json("[\"youth\",\"womensGroups\"]"));
    form.put("donorsText", string("European Union"));
    return form;
  }

  /** The coordinator submits a start form (as Tasklist does: no business key); returns the answer unchecked. */
  public HttpResponse<String> submitStartForm(Map<String, JsonNode> form) {
    return as("coordinator").postJson(
        "/engine-rest/process-definition/key/" + ProgrammeProcess.KEY + "/submit-form", variables(form));
  }

  /** Starts the programme with {@link #startForm}, the code typed in lower case; returns the instance id. */
  public String start() {
    return start(startForm(code.toLowerCase(Locale.ROOT)));
  }

  public String start(Map<String, JsonNode> form) {
    HttpResponse<String> started = submitStartForm(form);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonNode instance = read(started.body());
    assertThat(instance.get("businessKey").asText()).isEqualTo(code);
    programmeId = instance.get("id").asText();
    return programmeId;
  }

  // ---------------------------------------------------------------- the steps, as the roles do them

  /** Step 1: a session where one segment is missing, then a facilitated session, then consensus. */
  public void dialog() {
    recordFirstDialogSession();
    complete("facilitator", Elements.FACILITATE_DIALOG_SESSION, Map.of(
        "sessionKind", string("facilitated"), "sessionDate", string("2026-05-20"), "sessionPlace", string("North"),
        "participants", integer(60), "segmentsPresent", json("[\"womensGroups\"]"),
        "agreements", string("Women's groups join the dialog"), "requestMediation", bool(false)));
    complete("coordinator", Elements.DECLARE_CONSENSUS, Map.of(
        "consensusDecision", string("consensus"), "consensusStatement", string("Commitment to change"),
        "segmentConsents", SEGMENT_CONSENTS));
  }

  /** Step 1, first session: the women's groups are missing, the coordinator asks for mediation. */
  public void recordFirstDialogSession() {
    complete("coordinator", Elements.RECORD_DIALOG_SESSION, Map.of(
        "sessionDate", string("2026-05-04"), "sessionPlace", string("Capital"), "participants", integer(80),
        "segmentsPresent", json("[\"youth\"]"), "agreements", string("Security must serve the people"),
        "requestMediation", bool(true)));
  }

  /** Step 2: one consultation per region, then the consolidation. */
  public void needsAssessment() {
    for (String region : List.of("first", "second")) {
      complete("coordinator", Elements.REGIONAL_CONSULTATION, regionalConsultation(region));
    }
    complete("coordinator", Elements.CONSOLIDATE_NEEDS_ASSESSMENT, Map.of("consolidatedNeeds", string("Police first")));
  }

  /** Scoping: every step applies except step 3 (no short-term threat). */
  public void scope() {
    complete("coordinator", Elements.SCOPE_PROGRAMME, scoping());
  }

  /** Track C, step 11: the coordination unit develops the governance and oversight structures. */
  public void governanceStructures() {
    complete("coordinator", Elements.DEVELOP_GOVERNANCE_STRUCTURES, governanceCharter());
    // the charter form opens with today's rule; submitted as shown
    complete("coordinator", Elements.RECORD_OVERSIGHT_CHARTER, Map.of());
  }

  /** Track B, steps 4 to 6: structures, strategic analysis, the draft NSP (its review waits for step 11). */
  public void nationalSecurityPolicy() {
    complete("coordinator", Elements.ESTABLISH_STRUCTURES, structures());
    complete("coordinator", Elements.STRATEGIC_ANALYSIS, Map.of(
        "nationalVision", string("Safety for all"), "threatAssessment", string("Organised crime")));
    complete("coordinator", Elements.DRAFT_NSP, nsp());
    complete("monitor", Elements.VALIDATE_NSP, validation());
  }

  /** Step 7: each agency drafts its framework. */
  public void agencyFrameworks() {
    complete("defence", Elements.DRAFT_AGENCY_FRAMEWORK, framework("Defence policy"));
    complete("monitor", Elements.VALIDATE_AGENCY_FRAMEWORK, validation());
    complete("police", Elements.DRAFT_AGENCY_FRAMEWORK, framework("Police policy"));
    complete("monitor", Elements.VALIDATE_AGENCY_FRAMEWORK, validation());
  }

  /** Steps 8 and 9. */
  public void gapAnalysisAndStrategy() {
    complete("coordinator", Elements.GAP_ANALYSIS, Map.of(
        "presentCapacity", string("Low"), "changesNeeded", string("Training")));
    complete("coordinator", Elements.DRAFT_TRANSFORMATION_STRATEGY, strategy());
  }

  /** Step 10: the donor records its pledges. */
  public void donorPledges() {
    complete("donor", Elements.RECORD_DONOR_PLEDGES, pledges());
  }

  /**
   * Step 10: the coordinator downloads the template the application prepared (an asynchronous continuation),
   * fills it in and uploads it with the task form; the application imports it as a new plan version.
   */
  public void uploadFinancialPlan() {
    complete("coordinator", Elements.UPLOAD_FINANCIAL_PLAN, Map.of("financialPlanFile", filledPlanFile()));
  }

  /** The filled template of the open upload task, as the File value the upload form submits. */
  public JsonNode filledPlanFile() {
    As coordinator = as("coordinator");
    String uploadTask = taskId(coordinator, Elements.UPLOAD_FINANCIAL_PLAN);
    HttpResponse<byte[]> template =
        coordinator.getBytes("/engine-rest/task/" + uploadTask + "/variables/financialPlanTemplate/data");
    assertThat(template.statusCode()).as("template download").isEqualTo(200);
    return fileValue("plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filled(template.body()));
  }

  /** Step 10: the coordinator confirms the totals of the imported plan. */
  public void confirmFinancialPlanTotals() {
    complete("coordinator", Elements.REVIEW_FINANCIAL_PLAN_TOTALS, Map.of("financialPlanTotalsConfirmed", bool(true)));
  }

  /** An oversight body's member approves the open review task of their body. */
  public void approveReview(String user) {
    decideReview(user, "approved");
  }

  public void decideReview(String user, String decision) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put("decision", string(decision));
    if (!"approved".equals(decision)) {
      values.put("reasons", string("Needs revision: section 3 is missing."));
    }
    complete(user, OversightReviewProcess.Elements.REVIEW_TASK, values);
  }

  /** A programme manager records what was done about an overdue review (chase or escalation task). */
  public void recordChase(String taskId) {
    completeTask(as("manager"), taskId, "chase", Map.of("chaseNote", string("Called the committee clerk.")));
  }

  // ---------------------------------------------------------------- step 12: risks

  /** A user reports a risk on the application's API; returns the risk id. */
  public String reportRisk(String user, String title, String category) {
    ObjectNode body = JSON.createObjectNode()
        .put("title", title)
        .put("description", title + ": reported by " + user)
        .put("category", category);
    HttpResponse<String> reported = as(user).postJson("/api/programmes/" + code + "/risks", body.toString());
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    return read(reported.body()).get("riskId").asText();
  }

  /** The coordination unit assesses the open risk (the decision risk-rating then gives the level). */
  public void assessRisk(int likelihood, int impact) {
    complete("coordinator", RiskHandlingProcess.Elements.ASSESS, Map.of(
        RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), integer(likelihood),
        RiskHandlingProcess.Variables.RISK_IMPACT.name(), integer(impact),
        RiskHandlingProcess.Variables.RISK_RESOLVED.name(), bool(false),
        RiskHandlingProcess.Variables.RISK_ASSESSMENT_NOTE.name(), string("Assessed with the regional offices")));
  }

  /** Programme managers decide on a high risk: mitigate, mediate or accept. */
  public void decideHighRisk(String decision) {
    complete("manager", RiskHandlingProcess.Elements.DECIDE_HIGH_RISK, Map.of(
        RiskHandlingProcess.Variables.RISK_DECISION.name(), string(decision),
        RiskHandlingProcess.Variables.RISK_DECISION_REASON.name(), string("Decided by the steering committee")));
  }

  /** The risk register of the programme, as a participant reads it. */
  public List<JsonNode> risks() {
    HttpResponse<String> register = as("coordinator").get("/api/programmes/" + code + "/risks");
    assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
    return list(read(register.body()).get("risks"));
  }

  /** The stored financial plan versions of the programme. */
  public List<JsonNode> planVersions() {
    HttpResponse<String> versions = as("coordinator").get("/api/programmes/" + code + "/financial-plan/versions");
    assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
    return list(read(versions.body()));
  }

  // ---------------------------------------------------------------- to the end, whatever is open

  /**
   * Completes whatever is open, oldest task first, each by the demo user of its candidate group with the values its
   * form would submit, until the programme has ended or waits in implementation for its first reporting year (a
   * year away: docs/implementation.md). Chases of overdue reviews are left: deciding withdraws them.
   * Risks still open are closed the cheapest way their level allows (assessed as passed, or a high risk accepted).
   */
  public void driveToEnd() {
    for (int i = 0; i < 200; i++) {
      if (!"ACTIVE".equals(state())) {
        return;
      }
      List<JsonNode> open = openTasks().stream()
          .filter(task -> !CHASES.contains(task.get("taskDefinitionKey").asText()))
          .toList();
      if (open.isEmpty() && inImplementation()) {
        return;
      }
      if (open.isEmpty()) {
        await("a task to do or the end of programme " + code,
            () -> !"ACTIVE".equals(state()) || inImplementation() || openTasks().stream()
                .anyMatch(task -> !CHASES.contains(task.get("taskDefinitionKey").asText())));
        continue;
      }
      completeByRole(open.get(0));
    }
    throw new AssertionError("Programme " + code + " did not end; open: " + describe(openTasks()));
  }

  /** Completes one task as the demo user of its candidate group, with the values its form would submit. */
  public void completeByRole(JsonNode task) {
    String key = task.get("taskDefinitionKey").asText();
    String taskId = task.get("id").asText();
    String user = userFor(taskId);
    Map<String, JsonNode> values = switch (key) {
      case Elements.RECORD_DIALOG_SESSION -> Map.of(
          "sessionDate", string("2026-05-04"), "sessionPlace", string("Capital"), "participants", integer(80),
          "segmentsPresent", json("[\"youth\",\"womensGroups\"]"), "agreements", string("Security serves people"),
          "requestMediation", bool(false));
      case Elements.FACILITATE_DIALOG_SESSION -> Map.of(
          "sessionKind", string("facilitated"), "sessionDate", string("2026-05-20"), "sessionPlace", string("North"),
          "participants", integer(60), "segmentsPresent", json("[\"youth\",\"womensGroups\"]"),
          "agreements", string("Everyone joins the dialog"), "requestMediation", bool(false));
      case Elements.DECLARE_CONSENSUS -> Map.of(
          "consensusDecision", string("consensus"), "consensusStatement", string("Commitment to change"),
          "segmentConsents", SEGMENT_CONSENTS);
      case Elements.REGIONAL_CONSULTATION -> regionalConsultation(taskId);
      case Elements.CONSOLIDATE_NEEDS_ASSESSMENT -> Map.of("consolidatedNeeds", string("Police first"));
      case Elements.SCOPE_PROGRAMME -> scoping();
      case Elements.DEVELOP_GOVERNANCE_STRUCTURES, Elements.REVISE_GOVERNANCE_STRUCTURES -> governanceCharter();
      case Elements.ESTABLISH_STRUCTURES -> structures();
      case Elements.RECORD_OVERSIGHT_CHARTER -> Map.of();
      case Elements.VALIDATE_NSP, Elements.VALIDATE_AGENCY_FRAMEWORK -> validation();
      case Elements.STRATEGIC_ANALYSIS -> Map.of(
          "nationalVision", string("Safety for all"), "threatAssessment", string("Organised crime"));
      case Elements.DRAFT_NSP, Elements.REVISE_NSP -> nsp();
      case Elements.DRAFT_AGENCY_FRAMEWORK, Elements.REVISE_AGENCY_FRAMEWORK -> framework("Policy of " + user);
      case Elements.GAP_ANALYSIS -> Map.of("presentCapacity", string("Low"), "changesNeeded", string("Training"));
      case Elements.DRAFT_TRANSFORMATION_STRATEGY -> strategy();
      case Elements.RECORD_DONOR_PLEDGES -> pledges();
      case Elements.UPLOAD_FINANCIAL_PLAN -> Map.of("financialPlanFile", filledPlanFile());
      case Elements.REVIEW_FINANCIAL_PLAN_TOTALS -> Map.of("financialPlanTotalsConfirmed", bool(true));
      case OversightReviewProcess.Elements.REVIEW_TASK -> Map.of("decision", string("approved"));
      case RiskHandlingProcess.Elements.ASSESS -> Map.of(
          RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), integer(1), RiskHandlingProcess.Variables.RISK_IMPACT.name(),
          integer(1), RiskHandlingProcess.Variables.RISK_RESOLVED.name(), bool(true),
          RiskHandlingProcess.Variables.RISK_ASSESSMENT_NOTE.name(), string("The risk has passed"));
      case RiskHandlingProcess.Elements.DECIDE_HIGH_RISK -> Map.of(
          RiskHandlingProcess.Variables.RISK_DECISION.name(), string("accept"),
          RiskHandlingProcess.Variables.RISK_DECISION_REASON.name(), string("Accepted by the steering committee"));
      default -> throw new AssertionError("The REST driver does not know task " + key + " of " + code);
    };
    completeTask(as(user), taskId, key, values);
  }

  /** The demo user of the task's first candidate group that has one. */
  public String userFor(String taskId) {
    HttpResponse<String> links = as("admin").get("/engine-rest/task/" + taskId + "/identity-links?type=candidate");
    assertThat(links.statusCode()).as(links.body()).isEqualTo(200);
    List<String> groups = list(read(links.body())).stream()
        .filter(link -> link.hasNonNull("groupId")).map(link -> link.get("groupId").asText()).toList();
    return groups.stream()
        .flatMap(group -> DemoUsers.ALL.stream().filter(user -> user.groupId().equals(group)))
        .map(DemoUsers.DemoUser::id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No demo user for the candidate groups " + groups + " of " + taskId));
  }

  // ---------------------------------------------------------------- tasks

  /** Waits until the user sees an open task with the key in this programme (or a review of it); returns its id. */
  public String taskId(As as, String taskKey) {
    String[] found = new String[1];
    await("open " + taskKey + " of " + code + " visible to " + as.name(), () -> {
      HttpResponse<String> response = as.get("/engine-rest/task?processInstanceBusinessKey=" + code
          + "&taskDefinitionKey=" + taskKey + "&sortBy=created&sortOrder=asc&maxResults=50");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode tasks = read(response.body());
      if (tasks.isArray() && tasks.size() > 0) {
        found[0] = tasks.get(0).get("id").asText();
        return true;
      }
      return false;
    });
    return found[0];
  }

  /** The user claims the open task with the key and submits its form. */
  public void complete(String user, String taskKey, Map<String, JsonNode> values) {
    As as = as(user);
    completeTask(as, taskId(as, taskKey), taskKey, values);
  }

  private void completeTask(As as, String id, String taskKey, Map<String, JsonNode> values) {
    HttpResponse<String> claim =
        as.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + as.name() + "\"}");
    assertThat(claim.statusCode()).as("claim " + taskKey + ": " + claim.body()).isEqualTo(204);
    HttpResponse<String> submitted = as.postJson("/engine-rest/task/" + id + "/submit-form", variables(values));
    assertThat(submitted.statusCode()).as("submit " + taskKey + ": " + submitted.body()).isEqualTo(204);
  }

  /** Open tasks of the programme and of everything it called (same business key), oldest first, as the admin. */
  public List<JsonNode> openTasks() {
    HttpResponse<String> response = as("admin").get("/engine-rest/task?processInstanceBusinessKey=" + code
        + "&sortBy=created&sortOrder=asc&maxResults=200");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return list(read(response.body()));
  }

  public List<JsonNode> openTasks(String taskKey) {
    return openTasks().stream().filter(task -> task.get("taskDefinitionKey").asText().equals(taskKey)).toList();
  }

  /** Runs the programme's due asynchronous continuations (only when the server's job executor is off). */
  public void runJobs() {
    As admin = as("admin");
    HttpResponse<String> response = admin.get("/engine-rest/job?processInstanceId=" + programmeId
        + "&messages=true&executable=true&maxResults=50");
    for (JsonNode job : list(read(response.body()))) {
      HttpResponse<String> executed = admin.postJson("/engine-rest/job/" + job.get("id").asText() + "/execute", "");
      assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }
  }

  // ---------------------------------------------------------------- reading

  /** The programme's historic instance (ACTIVE, COMPLETED, ...). */
  public JsonNode history() {
    HttpResponse<String> response = as("admin").get("/engine-rest/history/process-instance/" + programmeId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  public String state() {
    return history().get("state").asText();
  }

  /** The programme has passed "ready for implementation" and runs its implementation phase. */
  public boolean inImplementation() {
    HttpResponse<String> response = as("admin").get("/engine-rest/process-instance?superProcessInstance="
        + programmeId + "&processDefinitionKey=" + ImplementationProcess.KEY + "&maxResults=1");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return !list(read(response.body())).isEmpty();
  }

  /** The last value of a programme variable, from history (also after the programme ended). */
  public String historicVariable(String name) {
    HttpResponse<String> response = as("admin").get("/engine-rest/history/variable-instance?processInstanceId="
        + programmeId + "&variableName=" + name + "&deserializeValues=false&maxResults=5");
    List<JsonNode> values = list(read(response.body()));
    assertThat(values).as("historic variable %s of %s", name, code).hasSize(1);
    JsonNode value = values.get(0).get("value");
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** The programme and every instance it called, from history (same root process instance). */
  public List<JsonNode> instanceTree() {
    HttpResponse<String> response = as("admin").get("/engine-rest/history/process-instance?rootProcessInstanceId="
        + programmeId + "&maxResults=500");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return list(read(response.body()));
  }

  /** Polls every 250 ms until the condition holds; fails after {@link #patience}. */
  public void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(patience);
    while (true) {
      if (condition.getAsBoolean()) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Waited " + patience + " for " + what + "; open tasks of " + code + ": "
            + describe(openTasks()));
      }
      if (runJobsItself && programmeId != null) {
        runJobs();
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public static String describe(List<JsonNode> tasks) {
    return tasks.stream().map(task -> task.get("taskDefinitionKey").asText()).collect(Collectors.toList()).toString();
  }

  // ---------------------------------------------------------------- form values

  static Map<String, JsonNode> regionalConsultation(String region) {
    return Map.of("regionalParticipants", integer(30), "regionalSegmentsConsulted", json("[\"youth\"]"),
        "regionalPriorities", string("Priorities of the " + region + " region"));
  }

  static Map<String, JsonNode> scoping() {
    Map<String, JsonNode> scope = new LinkedHashMap<>();
    for (int step = 3; step <= 10; step++) {
      scope.put("applyStep" + step, bool(step != 3));
    }
    scope.put("justificationStep3", string("No short-term threat after the elections"));
    return scope;
  }

  static Map<String, JsonNode> governanceCharter() {
    return Map.of("governanceCharterTitle", string("Oversight charter"),
        "governanceCharterSummary", string("Who oversees what"),
        "governanceCharter", file("charter.pdf", "application/pdf"));
  }

  static Map<String, JsonNode> nsp() {
    return Map.of("nspTitle", string("NSP 2027"), "nspSummary", string("Summary"),
        "nspDocument", file("nsp.pdf", "application/pdf"));
  }

  static Map<String, JsonNode> framework(String title) {
    return Map.of("agencyFrameworkTitle", string(title), "agencyFrameworkSummary", string("Summary"),
        "agencyFrameworkDocument", file(title + ".pdf", "application/pdf"));
  }

  static Map<String, JsonNode> strategy() {
    return Map.of("strategyActions", json(
        "[{\"id\":\"A1\",\"title\":\"Train police\",\"institution\":\"police\",\"startYear\":2027,\"endYear\":2028},"
            + "{\"id\":\"A2\",\"title\":\"Defence review\",\"institution\":\"defence\",\"startYear\":2027,"
            + "\"endYear\":2027}]"));
  }

  static Map<String, JsonNode> pledges() {
    return Map.of("pledges", json(
        "[{\"amount\":50000,\"year\":2027,\"action\":\"A1\",\"agenda\":\"Community policing\"}]"));
  }

  /** {"variables": {...}} with the typed values. */
  public static String variables(Map<String, JsonNode> values) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    values.forEach(vars::set);
    return body.toString();
  }

  public static JsonNode string(String value) {
    return JSON.createObjectNode().put("type", "String").put("value", value);
  }

  public static JsonNode integer(int value) {
    return JSON.createObjectNode().put("type", "Long").put("value", value);
  }

  public static JsonNode bool(boolean value) {
    return JSON.createObjectNode().put("type", "Boolean").put("value", value);
  }

  /** The consensus form's rows for the start form's required segments: youth consent, women's groups dissent. */
  static final JsonNode SEGMENT_CONSENTS = json("[{\"segment\":\"youth\",\"position\":\"consent\"},"
      + "{\"segment\":\"womensGroups\",\"position\":\"dissent\",\"reason\":\"Too slow on gender-based violence\"}]");

  /** Step 4: one structure, its members among those every programme offers. */
  public static Map<String, JsonNode> structures() {
    return Map.of("coordinationStructures", json("[{\"name\":\"National SSR steering committee\",\"members\":"
        + "[\"parliamentOversight\",\"civilSocietyMonitor\"],\"mandate\":\"Steers planning and implementation\"}]"));
  }

  /** The civil-society monitor confirms that a framework reflects the dialog's agreements. */
  public static Map<String, JsonNode> validation() {
    return Map.of("validationDecision", string("confirmed"));
  }

  public static JsonNode json(String value) {
    return JSON.createObjectNode().put("type", "Json").put("value", value);
  }

  public static JsonNode file(String name, String mimeType) {
    return fileValue(name, mimeType, ("content of " + name).getBytes(StandardCharsets.UTF_8));
  }

  public static JsonNode fileValue(String name, String mimeType, byte[] content) {
    ObjectNode value = JSON.createObjectNode().put("type", "File")
        .put("value", Base64.getEncoder().encodeToString(content));
    value.putObject("valueInfo").put("filename", name).put("mimetype", mimeType);
    return value;
  }

  /** The template as a coordinator fills it: a category, the amount required and where it comes from. */
  public static byte[] filled(byte[] template) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }

  public static List<JsonNode> list(JsonNode array) {
    List<JsonNode> result = new ArrayList<>();
    array.forEach(result::add);
    return result;
  }
}
