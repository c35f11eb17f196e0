package org.ssr.workflow.finance;

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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The donor-pledges form as a donor meets it in Tasklist: "what the pledge is for" is chosen from the strategy's
 * actions and the programme's institutions (selects inside the pledges list, options from the task's
 * {@code valuesKey} variables), and a wrong pledge sent anyway (REST, or an outdated form) is refused with 400 and
 * the listener's message on both engine REST APIs. Submissions are encoded exactly as Tasklist 7.24 encodes a
 * Camunda Form (see {@link #tasklistEncoding}).
 */
@SsrApplicationTest
class DonorPledgesFormTest {

  private static final ObjectMapper JSON = Json.mapper();
  private static final String ENGINE_REST = "/engine-rest";
  private static final String WEBAPP_ENGINE_API = "/camunda/api/engine/engine/default";
  private static final String DONOR = "European Union";

  @LocalServerPort
  int port;

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  FinancialPlanService service;

  private String code;
  private String programme;
  private String task;

  /** A programme at step 10, its variables as set-up (step 0) and the strategy delegate (step 9) store them. */
  @BeforeEach
  void aProgrammeWhoseDonorIsAskedForPledges() {
    code = "PLEDGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> variables = new HashMap<>();
    ProgrammeProcess.Variables.PROGRAMME_CODE.putIn(variables, code);
    ProgrammeProcess.Variables.PROGRAMME_NAME.putIn(variables, "Pledges in Testland");
    ProgrammeProcess.Variables.PROGRAMME_TERM.putIn(variables, "Security Sector Reform");
    ProgrammeProcess.Variables.INSTITUTIONS.putIn(variables, List.of("defence", "police", "justice"));
    ProgrammeProcess.Variables.DONORS.putIn(variables, List.of(DONOR));
    List<Map<String, Object>> actions = new ArrayList<>(List.of(
        new TransformationAction("A1", "Train police", "police", 2027, 2028).toMap(),
        new TransformationAction("A2", "Defence review", "defence", 2027, 2027).toMap()));
    ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS.putIn(variables, actions);
    ProgrammeProcess.Variables.PRIORITIES.putIn(variables, List.of(
        Map.of("id", "P-1", "text", "Civilian oversight of the police", "agreementIds", List.of(), "threatIds",
            List.of()),
        Map.of("id", "P-2", "text", "Border control", "agreementIds", List.of(), "threatIds", List.of())));
    programme = runtime.createProcessInstanceByKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .businessKey(code)
        .setVariables(variables)
        .startBeforeActivity(FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES + "#multiInstanceBody")
        .execute()
        .getId();
    task = tasks.createTaskQuery().processInstanceId(programme)
        .taskDefinitionKey(FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES).singleResult().getId();
  }

  @AfterEach
  void leaveNoProgrammeBehind() {
    if (runtime.createProcessInstanceQuery().processInstanceId(programme).count() > 0) {
      runtime.deleteProcessInstance(programme, "pledge form test done", true, true, true, true);
    }
  }

  @Test
  void theSelectsOfferTheStrategysActionsAndTheProgrammesInstitutions() {
    JsonNode variables = formVariables();
    JsonNode actions = options(variables, FinancialPlanProcess.Variables.ACTION_OPTIONS.name());
    assertThat(values(actions)).containsExactly("A1", "A2");
    assertThat(actions.get(0).get("label").asText()).isEqualTo("A1 — Train police (Police, 2027–2028)");
    assertThat(actions.get(1).get("label").asText()).isEqualTo("A2 — Defence review (Armed forces (defence), 2027)");
    JsonNode institutions = options(variables, FinancialPlanProcess.Variables.INSTITUTION_OPTIONS.name());
    assertThat(values(institutions)).containsExactly("defence", "police", "justice");
    assertThat(institutions.get(0).get("label").asText()).isEqualTo("Armed forces (defence)");

    // the deployed form's selects read those variables; both sit inside the pledges list, whose key no variable has
    JsonNode pledgeFields = deployedForm().get("components").get(1);
    assertThat(pledgeFields.get("path").asText()).isEqualTo(FinancialPlanProcess.Variables.PLEDGES.name());
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    pledgeFields.get("components").forEach(field -> fields.put(field.path("key").asText(), field));
    assertThat(fields.get("action").get("type").asText()).isEqualTo("select");
    assertThat(fields.get("action").get("valuesKey").asText()).isEqualTo(FinancialPlanProcess.Variables.ACTION_OPTIONS.name());
    assertThat(fields.get("institution").get("type").asText()).isEqualTo("select");
    assertThat(fields.get("institution").get("valuesKey").asText())
        .isEqualTo(FinancialPlanProcess.Variables.INSTITUTION_OPTIONS.name());
    // empty stays possible: neither select is required
    assertThat(fields.get("action").path("validate").path("required").asBoolean(false)).isFalse();
    assertThat(fields.get("institution").path("validate").path("required").asBoolean(false)).isFalse();
    // Tasklist types an object value by the variable of the same name: none may shadow the form's keys
    assertThat(variables.has(FinancialPlanProcess.Variables.PLEDGES.name())).isFalse();
    assertThat(fields.keySet()).doesNotContain(FinancialPlanProcess.Variables.ACTION_OPTIONS.name(),
        FinancialPlanProcess.Variables.INSTITUTION_OPTIONS.name());
  }

  @Test
  void aWrongPledgeIsRefusedWith400AndTheMessageOnBothRestApis() {
    String submission = tasklistEncoding(formVariables(), deployedForm(), Map.of(FinancialPlanProcess.Variables.PLEDGES.name(),
        List.of(pledge(50000, 2027, "A27", null, "Community policing"))));
    String expected = "Pledges not recorded: Pledge 1: unknown action A27 (actions: A1, A2)";

    HttpResponse<String> rest = Http.basic(port, "donor", DemoUsers.PASSWORD)
        .postJson(ENGINE_REST + "/task/" + task + "/submit-form", submission);
    assertRefused(rest, expected);

    HttpResponse<String> tasklist = tasklistSession("donor")
        .postJson(WEBAPP_ENGINE_API + "/task/" + task + "/submit-form", submission);
    assertRefused(tasklist, expected);

    assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isEqualTo(1);
    assertThat(service.pledges(code)).isEmpty();
  }

  @Test
  void pledgesPickedFromTheOptionsOrLeftOpenAreRecordedThroughTasklist() {
    JsonNode variables = formVariables();
    String action = values(options(variables, FinancialPlanProcess.Variables.ACTION_OPTIONS.name())).get(1);
    String institution = values(options(variables, FinancialPlanProcess.Variables.INSTITUTION_OPTIONS.name())).get(0);
    String submission = tasklistEncoding(variables, deployedForm(), Map.of(FinancialPlanProcess.Variables.PLEDGES.name(), List.of(
        pledge(250000, 2027, action, institution, "Civilian control of the armed forces"),
        pledge(80000, 2028, null, null, "Support to the programme as a whole"))));

    HttpResponse<String> submitted = tasklistSession("donor")
        .postJson(WEBAPP_ENGINE_API + "/task/" + task + "/submit-form", submission);

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(service.pledges(code))
        .extracting(DonorPledge::donor, DonorPledge::actionId, DonorPledge::institution, DonorPledge::recordedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DONOR, "A2", "defence", "donor"),
            org.assertj.core.groups.Tuple.tuple(DONOR, null, null, "donor"));
  }

  /** Donor alignment: the taglist offers the NSP's priorities; the pledge keeps those chosen, a wrong one is 400. */
  @Test
  void aPledgeNamesThePrioritiesItSupports_chosenFromTheNspsPriorities() {
    JsonNode variables = formVariables();
    JsonNode priorities = options(variables, FinancialPlanProcess.Variables.PRIORITY_OPTIONS.name());
    assertThat(values(priorities)).containsExactly("P-1", "P-2");
    assertThat(priorities.get(0).get("label").asText()).isEqualTo("P-1 — Civilian oversight of the police");
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    deployedForm().get("components").get(1).get("components")
        .forEach(field -> fields.put(field.path("key").asText(), field));
    assertThat(fields.get("priorityIds").get("type").asText()).isEqualTo("taglist");
    assertThat(fields.get("priorityIds").get("valuesKey").asText())
        .isEqualTo(FinancialPlanProcess.Variables.PRIORITY_OPTIONS.name());

    Map<String, Object> wrong = pledge(1000, 2027, null, null, "Oversight");
    wrong.put("priorityIds", List.of("P-9"));
    assertRefused(Http.basic(port, "donor", DemoUsers.PASSWORD).postJson(ENGINE_REST + "/task/" + task
        + "/submit-form", tasklistEncoding(variables, deployedForm(), Map.of("pledges", List.of(wrong)))),
        "Pledges not recorded: Pledge 1: unknown priority P-9 (priorities of the National Security Policy: P-1, P-2)");

    Map<String, Object> aligned = pledge(250000, 2027, "A1", null, "Community policing");
    aligned.put("priorityIds", List.of("P-1", "P-2"));
    Map<String, Object> unaligned = pledge(80000, 2028, null, null, "The programme as a whole");
    unaligned.put("priorityIds", List.of());
    HttpResponse<String> submitted = tasklistSession("donor").postJson(WEBAPP_ENGINE_API + "/task/" + task
        + "/submit-form", tasklistEncoding(variables, deployedForm(), Map.of("pledges", List.of(aligned, unaligned))));

    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
    assertThat(service.pledges(code)).extracting(DonorPledge::priorityIds)
        .containsExactly(List.of("P-1", "P-2"), List.of());
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, Object> pledge(int amount, int year, String action, String institution, String agenda) {
    Map<String, Object> pledge = new LinkedHashMap<>();
    pledge.put("amount", amount);
    pledge.put("year", year);
    pledge.put("action", action); // an empty select submits null
    pledge.put("institution", institution);
    pledge.put("conditions", "Annual audit");
    pledge.put("agenda", agenda);
    return pledge;
  }

  private static void assertRefused(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode body = read(response.body());
    assertThat(body.get("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.get("message").asText()).isEqualTo(message);
  }

  /** What Tasklist loads before it renders the form: every variable, serialized values as text. */
  private JsonNode formVariables() {
    HttpResponse<String> response = Http.basic(port, "donor", DemoUsers.PASSWORD)
        .get(ENGINE_REST + "/task/" + task + "/form-variables?deserializeValues=false");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  private JsonNode deployedForm() {
    HttpResponse<String> response = Http.basic(port, "donor", DemoUsers.PASSWORD)
        .get(ENGINE_REST + "/task/" + task + "/deployed-form");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return read(response.body());
  }

  /** The options as the form reads them: a Json variable Tasklist parses into [{label, value}]. */
  private static JsonNode options(JsonNode formVariables, String name) {
    JsonNode variable = formVariables.get(name);
    assertThat(variable).as("form variable %s", name).isNotNull();
    assertThat(variable.get("type").asText()).isEqualTo("Json");
    JsonNode options = read(variable.get("value").asText());
    options.forEach(option -> assertThat(option.get("label").isTextual() && option.get("value").isTextual())
        .as("option %s", option).isTrue());
    return options;
  }

  private static List<String> values(JsonNode options) {
    List<String> values = new ArrayList<>();
    options.forEach(option -> values.add(option.get("value").asText()));
    return values;
  }

  /**
   * The body Tasklist 7.24 sends for a Camunda Form (read from its bundled JavaScript): primitives untyped
   * ({@code {value}}); an object value (checklist, taglist, dynamic list) as JSON text typed like the existing
   * variable of the same name, else like the variable named by the top-level field's {@code valuesKey}, else Json.
   */
  static String tasklistEncoding(JsonNode formVariables, JsonNode form, Map<String, Object> data) {
    Map<String, String> valuesKeys = new HashMap<>();
    form.get("components").forEach(component -> {
      if (component.hasNonNull("key") && component.hasNonNull("valuesKey")) {
        valuesKeys.put(component.get("key").asText(), component.get("valuesKey").asText());
      }
    });
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    data.forEach((key, value) -> {
      ObjectNode variable = variables.putObject(key);
      if (value instanceof Map<?, ?> || value instanceof List<?>) {
        JsonNode typedBy = formVariables.has(key) ? formVariables.get(key)
            : valuesKeys.containsKey(key) ? formVariables.get(valuesKeys.get(key)) : null;
        variable.put("type", typedBy == null ? "Json" : typedBy.get("type").asText());
        variable.set("valueInfo", typedBy == null ? null : typedBy.get("valueInfo"));
        variable.put("value", write(value));
      } else {
        variable.set("value", JSON.valueToTree(value));
      }
    });
    return body.toString();
  }

  /** A Tasklist session of the user: logged in through the login form, with the CSRF token Tasklist sends. */
  private Http tasklistSession(String user) {
    Http http = Http.anonymous(port);
    HttpResponse<String> login = http.webappLogin("tasklist", user, DemoUsers.PASSWORD);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(http.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
    return http;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + json, e);
    }
  }
}
