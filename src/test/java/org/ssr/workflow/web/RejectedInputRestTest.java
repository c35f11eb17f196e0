package org.ssr.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.finance.FinancialPlanProcess;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.risk.RiskReportProcess;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Every kind of refusal of user input by a listener or delegate, at least one per feature, reaches the REST client
 * and Tasklist as 400 {@code {type, message}} with the refusal's own message, never as Camunda's 500: on
 * {@code /engine-rest} (HTTP Basic) and on the webapps' {@code /camunda/api/engine} that Tasklist calls (a logged-in
 * session with its CSRF token). Each case brings a fresh instance to the task (or start form) the user submits,
 * as that task's own role; nothing of a refused request may be saved.
 */
@SsrApplicationTest
class RejectedInputRestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Http> SESSIONS = new ConcurrentHashMap<>();

  /** Where Tasklist (webapp) and scripts (engine-rest) send the same request. */
  enum Api {
    ENGINE_REST("/engine-rest"), TASKLIST("/camunda/api/engine/engine/default");

    final String root;

    Api(String root) {
      this.root = root;
    }
  }

  /** A request a user sends, and the message the refusal must carry. */
  record Submission(String user, String path, Map<String, JsonNode> variables, String message) {}

  /** Brings the engine to the point where the user submits, and says what they submit. */
  interface Site {
    Submission arrange(RejectedInputRestTest test);
  }

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  private final List<String> instances = new ArrayList<>();

  static Stream<Arguments> refusals() {
    Map<String, Site> sites = new LinkedHashMap<>();
    sites.put("programme: set-up without institutions", test -> new Submission("coordinator",
        "/process-definition/key/" + ProgrammeProcess.KEY + "/submit-form",
        Map.of("programmeCode", string("REJ-" + unique()), "programmeName", string("Refused"),
            "country", string("Testland"), "regionsText", string("North")),
        "Choose at least one institution in scope."));
    sites.put("programme: a skipped step without justification", test -> new Submission("coordinator",
        test.taskPath(test.programmeAt(ProgrammeProcess.Elements.SCOPE_PROGRAMME), ProgrammeProcess.Elements.SCOPE_PROGRAMME),
        Map.of("applyStep5", bool(false)),
        "Write why these steps do not apply: step 5 (Strategic analysis)."));
    sites.put("programme: a strategy action ending before it starts", test -> new Submission("coordinator",
        test.taskPath(test.programmeAt(ProgrammeProcess.Elements.DRAFT_TRANSFORMATION_STRATEGY),
            ProgrammeProcess.Elements.DRAFT_TRANSFORMATION_STRATEGY),
        Map.of("strategyActions", json("[{\"id\":\"A1\",\"title\":\"Train police\",\"institution\":\"police\","
            + "\"startYear\":2028,\"endYear\":2027}]")),
        "Action 1 (A1): the end year is before the start year."));
    sites.put("programme: a validation returned without reasons", test -> new Submission("monitor",
        test.taskPath(test.programmeAt(ProgrammeProcess.Elements.VALIDATE_NSP), ProgrammeProcess.Elements.VALIDATE_NSP),
        Map.of("validationDecision", string("returned")),
        "validationReasons: say why the framework does not reflect the dialog's agreements (reasons are required "
            + "when returning it)."));
    sites.put("programme: an oversight charter without a body for the NSP", test -> new Submission("coordinator",
        test.taskPath(test.programmeAt(ProgrammeProcess.Elements.RECORD_OVERSIGHT_CHARTER),
            ProgrammeProcess.Elements.RECORD_OVERSIGHT_CHARTER),
        Map.of("charterNspReviewers", json("[]")),
        "Oversight charter: charterNspReviewers: name at least one oversight body that reviews the National Security "
            + "Policy."));
    sites.put("dialog: segments present that are not a list", test -> new Submission("coordinator",
        test.taskPath(test.programmeAt(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION),
            ProgrammeProcess.Elements.RECORD_DIALOG_SESSION),
        Map.of("segmentsPresent", string("[youth"), "sessionDate", string("2026-05-04")),
        "Field 'segmentsPresent': expected JSON, got '[youth'."));
    sites.put("programme: set-up leaving out the women's groups without a justification", test -> new Submission(
        "coordinator", "/process-definition/key/" + ProgrammeProcess.KEY + "/submit-form",
        Map.of("programmeCode", string("REJ-" + unique()), "programmeName", string("Refused"),
            "country", string("Testland"), "regionsText", string("North"), "institutions", json("[\"police\"]"),
            "requiredSegments", json("[\"youth\"]")),
        "Women's groups is not among the segments that must be heard in the national dialog. Tick it again, or write "
            + "under 'Why these segments are not required' why the dialog need not hear it: oversight sees this "
            + "justification."));
    sites.put("dialog: a change to an agreement the ledger does not hold", test -> new Submission("coordinator",
        test.taskPath(test.programmeAt(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION),
            ProgrammeProcess.Elements.RECORD_DIALOG_SESSION),
        Map.of("segmentsPresent", json("[\"youth\"]"), "sessionDate", string("2026-05-04"),
            "agreementChanges", json("[{\"item\":\"AG-9\",\"change\":\"agree\"}]")),
        "Agreements not recorded: change 1 (AG-9): no earlier item AG-9 (items: none yet)."));
    sites.put("dialog: consensus without a segment's consent or dissent", test -> new Submission("coordinator",
        test.taskPath(test.programmeAt(ProgrammeProcess.Elements.DECLARE_CONSENSUS),
            ProgrammeProcess.Elements.DECLARE_CONSENSUS),
        Map.of("consensusDecision", string("consensus"), "consensusStatement", string("Commitment to change"),
            "segmentConsents", json("[]")),
        "National consensus cannot be declared yet: no consent or dissent is recorded for Youth. Under 'Consent of "
            + "the segments' record each one's consent, or its dissent with the reason, and the session it was given "
            + "in; or hold another session."));
    sites.put("oversight: a return without reasons", test -> new Submission("parliament",
        test.taskPath(test.review(), OversightReviewProcess.Elements.REVIEW_TASK),
        Map.of("decision", string("returned")),
        "Reasons are required when the review is returned: say what must change or why the document cannot be "
            + "accepted."));
    sites.put("oversight: a decision that is not one", test -> new Submission("parliament",
        test.taskPath(test.review(), OversightReviewProcess.Elements.REVIEW_TASK),
        Map.of("decision", number(5)),
        "Choose a decision: approved, returned (for revision) or rejected, not '5'."));
    sites.put("risk: a likelihood outside 1 to 5", test -> new Submission("coordinator",
        test.taskPath(test.riskAt(RiskHandlingProcess.Elements.ASSESS), RiskHandlingProcess.Elements.ASSESS),
        Map.of(RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), number(7),
            RiskHandlingProcess.Variables.RISK_IMPACT.name(), number(2)),
        "riskLikelihood must be a whole number from 1 to 5, was 7"));
    sites.put("risk: a likelihood that is not a whole number", test -> new Submission("coordinator",
        test.taskPath(test.riskAt(RiskHandlingProcess.Elements.ASSESS), RiskHandlingProcess.Elements.ASSESS),
        Map.of(RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), string("2.5"),
            RiskHandlingProcess.Variables.RISK_IMPACT.name(), number(2)),
        "Field 'riskLikelihood': enter a whole number, got '2.5'."));
    sites.put("risk: a high-risk decision the ladder does not know", test -> new Submission("manager",
        test.taskPath(test.riskAt(RiskHandlingProcess.Elements.DECIDE_HIGH_RISK),
            RiskHandlingProcess.Elements.DECIDE_HIGH_RISK),
        Map.of(RiskHandlingProcess.Variables.RISK_DECISION.name(), string("postpone"),
            RiskHandlingProcess.Variables.RISK_DECISION_REASON.name(), string("Not now")),
        "Choose a decision (riskDecision): one of [mitigate, mediate, accept], not 'postpone'."));
    sites.put("risk: a report of an unknown category", test -> new Submission("monitor",
        "/process-definition/key/" + RiskReportProcess.KEY + "/submit-form",
        Map.of(RiskReportProcess.Variables.PROGRAMME_CODE.name(), string(test.runningProgrammeCode()),
            RiskReportProcess.Variables.RISK_TITLE.name(), string("Rumours"),
            RiskReportProcess.Variables.RISK_DESCRIPTION.name(), string("Rumours in the North"),
            RiskReportProcess.Variables.RISK_CATEGORY.name(), string("rumours")),
        "Unknown risk category 'rumours'. Use one of [political, security, socialTension, capacity, financial, "
            + "donorRelated, humanRights, shortTermThreat, other]."));
    sites.put("risk: a report to a programme that does not exist", test -> new Submission("monitor",
        "/process-definition/key/" + RiskReportProcess.KEY + "/submit-form",
        Map.of(RiskReportProcess.Variables.PROGRAMME_CODE.name(), string("NOPE-404"),
            RiskReportProcess.Variables.RISK_TITLE.name(), string("Rumours"),
            RiskReportProcess.Variables.RISK_DESCRIPTION.name(), string("Rumours in the North"),
            RiskReportProcess.Variables.RISK_CATEGORY.name(), string("political")),
        "There is no programme with the code NOPE-404. Please check the code (for example in Tasklist or Cockpit) "
            + "and report the risk again."));
    sites.put("finance: pledges that are not a list", test -> new Submission("donor",
        test.taskPath(test.programmeAt(FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES + "#multiInstanceBody"),
            FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES),
        Map.of(FinancialPlanProcess.Variables.PLEDGES.name(), string("50000 in 2027")),
        "Pledges not recorded: send the pledges as a list, e.g. [{\"amount\": 50000, \"year\": 2027, "
            + "\"action\": \"A1\", \"agenda\": \"...\"}]"));
    sites.put("finance: a pledge for an institution outside the programme", test -> new Submission("donor",
        test.taskPath(test.programmeAt(FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES + "#multiInstanceBody"),
            FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES),
        Map.of(FinancialPlanProcess.Variables.PLEDGES.name(), json("[{\"amount\":1000,\"year\":2027,\"institution\":\"navy\","
            + "\"agenda\":\"Sea patrols\"}]")),
        "Pledges not recorded: Pledge 1: unknown institution navy (institutions: defence, police)"));
    return sites.entrySet().stream().flatMap(site -> Stream.of(Api.values())
        .map(api -> Arguments.of(site.getKey(), api, site.getValue())));
  }

  @ParameterizedTest(name = "{0} via {1}")
  @MethodSource("refusals")
  void aRefusedInputIsA400WithItsMessage(String name, Api api, Site site) {
    Submission submission = site.arrange(this);
    long openTasks = tasks.createTaskQuery().count();

    HttpResponse<String> response = session(api, submission.user())
        .postJson(api.root + submission.path(), body(submission.variables()));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = read(response.body());
    assertThat(body.get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.get("message").asText()).isEqualTo(submission.message());
    assertThat(response.body()).doesNotContain("Exception while invoking", "at org.");
    assertThat(tasks.createTaskQuery().count()).as("nothing of the refused request is saved").isEqualTo(openTasks);
  }

  static Stream<Arguments> languages() {
    return Stream.of(Api.values()).flatMap(api -> Stream.of(
        Arguments.of(api, "fr-FR,fr;q=0.9,en;q=0.5",
            "Écrivez pourquoi ces étapes ne s’appliquent pas : étape 5 (Analyse stratégique).",
            "Champ « segmentsPresent » : du JSON est attendu ; valeur reçue : « [youth »."),
        Arguments.of(api, "en-GB,en;q=0.9",
            "Write why these steps do not apply: step 5 (Strategic analysis).",
            "Field 'segmentsPresent': expected JSON, got '[youth'."),
        // a client that says no language (a script) is answered in the programme's
        Arguments.of(api, null,
            "Écrivez pourquoi ces étapes ne s’appliquent pas : étape 5 (Analyse stratégique).",
            "Field 'segmentsPresent': expected JSON, got '[youth'.")));
  }

  /**
   * A refusal speaks the language of the person who submitted (the request's first language), not the programme's:
   * the same submissions to a French programme answer in French for a French browser and in English for an English
   * one, on both engine APIs — the programme package's own refusals and the engine's reading of a field alike. A
   * request without {@code Accept-Language} gets the programme's language (the engine's field reading, which knows
   * no programme, English).
   */
  @ParameterizedTest(name = "{1} via {0}")
  @MethodSource("languages")
  void aRefusalSpeaksTheSubmittersLanguage(Api api, String acceptLanguage, String scoping, String notJson) {
    String scope = programmeAt(ProgrammeProcess.Elements.SCOPE_PROGRAMME, "fr");
    HttpResponse<String> refused = post(api, api.root + taskPath(scope, ProgrammeProcess.Elements.SCOPE_PROGRAMME),
        body(Map.of("applyStep5", bool(false))), acceptLanguage);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(read(refused.body()).get("message").asText()).isEqualTo(scoping);

    String dialog = programmeAt(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION, "fr");
    HttpResponse<String> unreadable = post(api,
        api.root + taskPath(dialog, ProgrammeProcess.Elements.RECORD_DIALOG_SESSION),
        body(Map.of("segmentsPresent", string("[youth"), "sessionDate", string("2026-05-04"))), acceptLanguage);
    assertThat(unreadable.statusCode()).as(unreadable.body()).isEqualTo(400);
    assertThat(read(unreadable.body()).get("message").asText()).isEqualTo(notJson);
  }

  @AfterEach
  void leaveNoInstanceBehind() {
    for (String id : instances) {
      if (runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        runtime.deleteProcessInstance(id, "refusal test done", true, true, true, true);
      }
    }
  }

  // ---------------------------------------------------------------- arranging

  /** A programme waiting at the element, with the variables set-up and step 9 store. */
  String programmeAt(String element) {
    return programmeAt(element, null);
  }

  /** As above, for a programme in a language ({@code programmeLanguage}; null: none, English). */
  String programmeAt(String element, String language) {
    String code = "REJ-" + unique();
    Map<String, Object> variables = new HashMap<>();
    if (language != null) {
      variables.put(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), language);
    }
    variables.put("programmeCode", code);
    variables.put("programmeName", "Refusals");
    variables.put("programmeTerm", "Security Sector Reform");
    ProgrammeProcess.Variables.INSTITUTIONS.putIn(variables, (new ArrayList<>(List.of("defence", "police"))));
    ProgrammeProcess.Variables.DONORS.putIn(variables, (new ArrayList<>(List.of("European Union"))));
    ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS.putIn(variables, (new ArrayList<>(List.of(
        new TransformationAction("A1", "Train police", "police", 2027, 2028).toMap()))));
    ProgrammeProcess.Variables.REQUIRED_SEGMENTS.putIn(variables, (new ArrayList<>(List.of("youth"))));
    ProgrammeProcess.Variables.DIALOG_SESSIONS.putIn(variables, (new ArrayList<>()));
    String id = runtime.createProcessInstanceByKey(ProgrammeProcess.KEY).businessKey(code).setVariables(variables)
        .startBeforeActivity(element).execute().getId();
    instances.add(id);
    return id;
  }

  /** The code of a running programme that takes risk reports. */
  String runningProgrammeCode() {
    String id = programmeAt(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION);
    return runtime.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
  }

  /** An oversight review of an NSP by parliament's committee, as the programme's call activity starts it. */
  String review() {
    String code = "REJ-" + unique();
    String id = runtime.startProcessInstanceByKey(OversightReviewProcess.KEY, code, Variables.createVariables()
        .putValue(OversightReviewProcess.Variables.PROGRAMME_CODE.name(), code)
        .putValue(OversightReviewProcess.Variables.PROGRAMME_TERM.name(), "Security Sector Reform")
        .putValue(OversightReviewProcess.Variables.REVIEW_KIND.name(), "NSP")
        .putValue(OversightReviewProcess.Variables.REVIEW_SUBJECT.name(), "National Security Policy of " + code)
        .putValue(OversightReviewProcess.Variables.REVIEW_VERSION.name(), 1)
        .putValue(OversightReviewProcess.Variables.REVIEW_GROUPS.name(),
            SpinValues.jsonValue("[\"parliamentOversight\"]").create())
        .putValue(OversightReviewProcess.Variables.REVIEW_DEADLINE.name(), "P21D")
        .putValue(OversightReviewProcess.Variables.REVIEW_ESCALATION_DELAY.name(), "P7D")).getId();
    instances.add(id);
    return id;
  }

  /** A risk of a programme waiting at the element of risk-handling (a high risk at its decision). */
  String riskAt(String element) {
    String code = "REJ-" + unique();
    String id = runtime.createProcessInstanceByKey(RiskHandlingProcess.KEY).businessKey(code)
        .setVariables(Variables.createVariables()
            .putValue(RiskHandlingProcess.Variables.PROGRAMME_CODE.name(), code)
            .putValue(RiskHandlingProcess.Variables.RISK_ID.name(), "R-" + unique())
            .putValue(RiskHandlingProcess.Variables.RISK_TITLE.name(), "Unrest")
            .putValue(RiskHandlingProcess.Variables.RISK_CATEGORY.name(), "political")
            .putValue(RiskHandlingProcess.Variables.RISK_LEVEL.name(), "high")
            .putValue(RiskHandlingProcess.Variables.DECISION_DEADLINE.name(), "P7D"))
        .startBeforeActivity(element).execute().getId();
    instances.add(id);
    return id;
  }

  /** The submit-form path of the open task with the key in the instance (or in what it called). */
  String taskPath(String instance, String taskKey) {
    List<Task> open = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list();
    assertThat(open).as("open %s", taskKey).hasSize(1);
    return "/task/" + open.get(0).getId() + "/submit-form";
  }

  // ---------------------------------------------------------------- requests

  private Http session(Api api, String user) {
    if (api == Api.ENGINE_REST) {
      return Http.basic(port, user, DemoUsers.PASSWORD);
    }
    return SESSIONS.computeIfAbsent(port + "/" + user, key -> {
      Http http = Http.anonymous(port);
      HttpResponse<String> login = http.webappLogin("tasklist", user, DemoUsers.PASSWORD);
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      assertThat(http.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
      return http;
    });
  }

  private HttpResponse<String> post(Api api, String path, String body, String acceptLanguage) {
    Http http = session(api, "coordinator");
    return acceptLanguage == null ? http.postJson(path, body) : http.postJsonInLanguage(path, body, acceptLanguage);
  }

  private static String body(Map<String, JsonNode> variables) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    variables.forEach(vars::set);
    return body.toString();
  }

  /** Primitives as Tasklist sends them: untyped. */
  private static JsonNode string(String value) {
    return JSON.createObjectNode().put("value", value);
  }

  private static JsonNode number(int value) {
    return JSON.createObjectNode().put("value", value);
  }

  private static JsonNode bool(boolean value) {
    return JSON.createObjectNode().put("value", value);
  }

  /** Lists as Tasklist sends them when no variable of that name exists: JSON text typed Json. */
  private static JsonNode json(String value) {
    return JSON.createObjectNode().put("type", "Json").put("value", value);
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }
}
