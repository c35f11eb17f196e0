package org.ssr.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.finance.BudgetExecutionTestBeans;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeRestDriver;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.risk.RiskReportProcess;
import org.ssr.workflow.implementation.ChangeRequestProcess;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;
import org.ssr.workflow.support.TasklistFormSubmission;

/**
 * The engine-level companion of the whole-programme browser test: one programme (with its oversight reviews and
 * risks) driven to every user task and start event that has a form, each form submitted over the REST API exactly as
 * Tasklist 7.24 encodes it ({@link TasklistFormSubmission}: the deployed form, the task's form variables, primitives
 * untyped, object values typed from the variable of the same name) by the demo user of the task's candidate group;
 * the engine must accept every submission and the task must be completed. Embedded forms are submitted as the forms
 * SDK does (the types their inputs declare). Values come from the deployed form (realistic values within each field's
 * validation) plus what a step needs to route the programme on; what is covered is read from the deployed models, so
 * a new form-bearing step that the programme does not reach fails the test.
 */
@SsrApplicationTest
class EveryFormAsTasklistSubmitsItTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> PROCESSES = List.of(ProgrammeProcess.KEY, OversightReviewProcess.KEY,
      RiskReportProcess.KEY, RiskHandlingProcess.KEY, ImplementationProcess.KEY, ChangeRequestProcess.KEY);
  private static final Pattern EMBEDDED_INPUT = Pattern.compile("<(?:input|textarea|select)\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(cam-variable-name|cam-variable-type)\\s*=\\s*\"([^\"]*)\"");
  /** An entry of the document-upload form's KINDS table: {@code nsp: { title: 'nspTitle', … }}. */
  private static final Pattern DOCUMENT_KIND = Pattern.compile("\\n\\s*(\\w+): \\{([^}]*)\\}");
  private static final Pattern CREATED_VARIABLE =
      Pattern.compile("createVariable\\(\\s*\\{\\s*name\\s*:\\s*'([^']+)'\\s*,\\s*type\\s*:\\s*'([^']+)'");

  /** The risks reported, by title: category, likelihood, impact and how the risk is handled. */
  private static final Map<String, String[]> RISKS = new LinkedHashMap<>();

  static {
    RISKS.put("Budget cuts delay training", new String[] {"financial", "2", "3"}); // medium: mitigation plan
    RISKS.put("Militia leaders boycott the dialog", new String[] {"political", "3", "4"}); // high: mediation
    RISKS.put("Coup rumours in the armed forces", new String[] {"political", "5", "5"}); // critical: hold
    RISKS.put("Armed clashes at the northern border", new String[] {"shortTermThreat", "1", "1"}); // step 3 now
  }

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  private final Map<String, Http> users = new HashMap<>();
  private final Map<String, Integer> visits = new HashMap<>();
  private final Set<String> submitted = new TreeSet<>();
  private String code;

  @Test
  void everyFormOfAWholeProgrammeIsAcceptedAsTasklistSubmitsIt() {
    code = "TLF-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
    submitStartForm("coordinator", ProgrammeProcess.KEY, Map.of(
        "programmeCode", text(code), "programmeName", text("National security sector programme " + code),
        "country", text("Testland"), "institutions", TasklistFormSubmission.array("police"),
        "oversightPolice", TasklistFormSubmission.array("parliamentOversight"), "regionsText", text("North\nSouth"),
        "requiredSegments", TasklistFormSubmission.array("youth", "womensGroups"),
        "donorsText", text("European Union\nWorld Bank")));
    runDueJobs();

    boolean risksReported = false;
    boolean reviewChased = false;
    boolean reportChased = false;
    boolean charterAmendmentRequested = false;
    for (int round = 0; round < 200 && !coveredEverything(); round++) {
      List<JsonNode> open = openTasks();
      if (!risksReported && open.stream().anyMatch(task -> is(task, ProgrammeProcess.Elements.ESTABLISH_STRUCTURES))) {
        RISKS.forEach((title, risk) -> submitStartForm("monitor", RiskReportProcess.KEY, Map.of(
            "programmeCode", text(code), "riskTitle", text(title),
            "riskDescription", text(title + ": reported by the civil-society monitor"),
            "riskCategory", text(risk[0]))));
        runDueJobs();
        risksReported = true;
        continue;
      }
      JsonNode review = open.stream().filter(task -> is(task, OversightReviewProcess.Elements.REVIEW_TASK))
          .findFirst().orElse(null);
      if (!reviewChased && review != null) {
        // the deadline passes without a decision (a chase), then the escalation delay (an escalation)
        fireTimer(review, OversightReviewProcess.Elements.DEADLINE_TIMER);
        submitTaskForm(taskOf(review, OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW));
        fireTimer(review, OversightReviewProcess.Elements.ESCALATION_TIMER);
        submitTaskForm(taskOf(review, OversightReviewProcess.Elements.ESCALATE_OVERDUE_REVIEW));
        reviewChased = true;
        continue;
      }
      JsonNode report = open.stream().filter(task -> is(task, ImplementationProcess.Elements.REPORT_PROGRESS))
          .findFirst().orElse(null);
      if (!reportChased && report != null) {
        // an institution's report is late: chased at the deadline, escalated after the escalation delay
        fireTimer(report, ImplementationProcess.Elements.REPORT_DEADLINE_PASSED);
        submitTaskForm(taskOf(report, ImplementationProcess.Elements.CHASE_LATE_REPORT));
        fireTimer(report, ImplementationProcess.Elements.REPORT_STILL_OVERDUE);
        submitTaskForm(taskOf(report, ImplementationProcess.Elements.ESCALATE_LATE_REPORT));
        reportChased = true;
        continue;
      }
      if (!charterAmendmentRequested && report != null) {
        // in implementation, parliament asks for the oversight charter to be amended (step 11 opened again)
        submitStartForm("parliament", ChangeRequestProcess.KEY, Map.of("programmeCode", text(code),
            "changeKind", text(ChangeRequestProcess.Kinds.OVERSIGHT_CHARTER),
            "changeReason", text("The justice committee reviews the police framework from now on")));
        charterAmendmentRequested = true;
        continue;
      }
      if (open.isEmpty() && fireReportingYear()) {
        continue;
      }
      assertThat(open).as("open tasks of %s; not yet submitted: %s", code, missing()).isNotEmpty();
      // a step not submitted yet goes first (a chase is withdrawn once its review is decided), else the oldest
      Set<String> missing = missing();
      JsonNode next = open.stream().filter(task -> missing.stream().anyMatch(step -> step.endsWith("/"
          + task.get("taskDefinitionKey").asText()))).findFirst().orElse(open.get(0));
      submitTaskForm(next);
      runDueJobs();
    }
    assertThat(missing()).as("form-bearing steps of %s never reached (submitted: %s)", PROCESSES, submitted)
        .isEmpty();
  }

  // ---------------------------------------------------------------- submitting

  private void submitStartForm(String user, String processKey, Map<String, JsonNode> entered) {
    Http http = user(user);
    JsonNode form = read(http.get("/engine-rest/process-definition/key/" + processKey + "/deployed-start-form"));
    TasklistFormSubmission submission = TasklistFormSubmission.startForm(form);
    Map<String, JsonNode> data = submission.submitData(entered);
    fillEmpty(form.path("components"), data, NODES.objectNode(), entered.keySet());
    HttpResponse<String> started = http.postJson("/engine-rest/process-definition/key/" + processKey
        + "/submit-form", submission.body(data).toString());
    assertThat(started.statusCode()).as("start form of %s as %s: %s", processKey, user, started.body())
        .isEqualTo(200);
    submitted.add(processKey + "/" + startEventWithForm(processKey));
  }

  private void submitTaskForm(JsonNode task) {
    String id = task.get("id").asText();
    String element = task.get("taskDefinitionKey").asText();
    String process = processKeyOf(task.get("processDefinitionId").asText());
    String where = process + "/" + element + " (" + task.get("name").asText() + ")";
    String user = userFor(id);
    Http http = user(user);
    HttpResponse<String> claimed = http.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}");
    assertThat(claimed.statusCode()).as("claim %s as %s: %s", where, user, claimed.body()).isEqualTo(204);
    int visit = visits.merge(element, 1, Integer::sum);
    JsonNode formVariables = read(http.get("/engine-rest/task/" + id + "/form-variables?deserializeValues=false"));
    JsonNode formInfo = read(http.get("/engine-rest/task/" + id + "/form"));
    String body;
    String collision = "";
    if (formInfo.hasNonNull("camundaFormRef")) {
      JsonNode form = read(http.get("/engine-rest/task/" + id + "/deployed-form"));
      TasklistFormSubmission submission = TasklistFormSubmission.taskForm(form, formVariables);
      Map<String, JsonNode> entered = entered(element, visit, formVariables);
      Map<String, JsonNode> data = submission.submitData(entered);
      fillEmpty(form.path("components"), data, formVariables, entered.keySet());
      Map<String, String> nullTyped = submission.nullTypedObjectFields(data);
      if (!nullTyped.isEmpty()) {
        collision = "; Tasklist sends these object values typed Null, from Null-typed variables in the task's scope: "
            + nullTyped;
      }
      body = submission.body(data).toString();
    } else {
      String key = formInfo.path("key").asText();
      assertThat(key).as("form of %s", where).startsWith("embedded:deployment:");
      String html = user(user).get("/engine-rest/task/" + id + "/deployed-form").body();
      body = embeddedFormBody(id, element, formVariables, html);
    }
    HttpResponse<String> answer = http.postJson("/engine-rest/task/" + id + "/submit-form", body);
    assertThat(answer.statusCode()).as("%s submitted as Tasklist does by %s: %s%s%nrequest: %s", where, user,
        answer.body(), collision, body).isEqualTo(204);
    assertThat(collision).as(where).isEmpty();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(id).finished().count())
        .as("%s completed", where).isEqualTo(1);
    submitted.add(process + "/" + element);
  }

  /**
   * What the user types into a Camunda Form beyond the generic values: what routes the programme on (and through a
   * returned review, a second dialog session and each level of risk).
   */
  private Map<String, JsonNode> entered(String element, int visit, JsonNode formVariables) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    switch (element) {
      case ProgrammeProcess.Elements.RECORD_DIALOG_SESSION -> {
        // the women's groups miss the first session, and the coordinator asks the facilitators in
        values.put("segmentsPresent", visit == 1 ? TasklistFormSubmission.array("youth")
            : TasklistFormSubmission.array("youth", "womensGroups"));
        values.put("requestMediation", NODES.booleanNode(visit == 1));
        // the ledger: two items in the first session, the third item withdrawn in the second
        ArrayNode items = NODES.arrayNode();
        ArrayNode changes = NODES.arrayNode();
        if (visit == 1) {
          ledgerItem(items, "The security sector serves the people", "agreed", List.of("youth"), List.of());
          ledgerItem(items, "Traditional courts handle land disputes", "disputed", List.of("youth"), List.of());
        } else {
          changes.addObject().put("item", "AG-3").put("change", "withdraw")
              .put("reason", "Covered by the governance charter").putArray("agreedBy");
        }
        values.put("newAgreements", items);
        values.put("agreementChanges", changes);
      }
      case ProgrammeProcess.Elements.FACILITATE_DIALOG_SESSION -> {
        values.put("segmentsPresent", TasklistFormSubmission.array("womensGroups"));
        values.put("requestMediation", NODES.booleanNode(false));
        ArrayNode items = NODES.arrayNode();
        ledgerItem(items, "Women's groups sit on the oversight platform", null, List.of("womensGroups"), List.of());
        // an empty row, as form-js submits the row a user left empty
        items.addObject().put("text", "").putNull("status").putArray("agreedBy");
        values.put("newAgreements", items);
        ArrayNode changes = NODES.arrayNode();
        ObjectNode revision = changes.addObject().put("item", "AG-2").put("change", "revise")
            .put("text", "Traditional courts handle land disputes under judicial review").put("reason", "");
        revision.putArray("agreedBy").add("youth").add("womensGroups");
        revision.putArray("objectedBy");
        values.put("agreementChanges", changes);
      }
      case ProgrammeProcess.Elements.DECLARE_CONSENSUS -> {
        // once another session first, so a second session meets what the first left behind; the youth consent
        // the first time, the women's groups dissent with a reason the second
        values.put("consensusDecision", text(visit == 1 ? "anotherSession" : "consensus"));
        ArrayNode consents = NODES.arrayNode();
        if (visit == 1) {
          consents.addObject().put("segment", "youth").put("position", "consent").put("reason", "")
              .put("session", "dialog round 2");
        } else {
          consents.addObject().put("segment", "womensGroups").put("position", "dissent")
              .put("reason", "Gender-based violence is not a priority yet").putNull("session");
        }
        values.put("segmentConsents", consents);
        if (visit > 1) {
          values.put("consensusStatement", text("All segments commit to reform the security sector"));
        }
      }
      case ProgrammeProcess.Elements.REGIONAL_CONSULTATION -> {
        values.put("regionalSegmentsConsulted", TasklistFormSubmission.array("youth", "womensGroups"));
        ArrayNode items = NODES.arrayNode();
        ledgerItem(items, "Community policing in every district", "agreed", List.of("youth", "womensGroups"),
            List.of());
        values.put("newAgreements", items);
        values.put("agreementChanges", NODES.arrayNode());
      }
      case ProgrammeProcess.Elements.DRAFT_TRANSFORMATION_STRATEGY -> {
        ArrayNode actions = NODES.arrayNode();
        ObjectNode action = actions.addObject().put("id", "A1").put("title", "Community policing training")
            .put("institution", "police").put("startYear", 2027).put("endYear", 2028).put("ownerInstitution", "police")
            .put("kind", "capability")
            .put("indicatorsText", "Officers trained | persons | 0 | 2027=400, 2028=800")
            .put("milestonesText", "2027 | Curriculum adopted\n2028 | First cohort certified");
        // the taglists offer what the gap analysis and the NSP recorded (their valuesKey variables)
        action.set("gapIds", NODES.arrayNode().add(options(formVariables, "gapOptions").get(0)));
        action.set("priorityIds", NODES.arrayNode().add(options(formVariables, "priorityOptions").get(0)));
        values.put("strategyActions", actions);
      }
      case ProgrammeProcess.Elements.RECORD_DONOR_PLEDGES -> {
        ArrayNode pledges = NODES.arrayNode();
        pledges.addObject().put("amount", 50_000).put("year", 2027).put("action", "A1").put("institution", "police")
            .put("conditions", "").put("agenda", "Community policing and human rights")
            .set("priorityIds", NODES.arrayNode().add(options(formVariables, "pledgePriorityOptions").get(0)));
        values.put("pledges", pledges);
      }
      // the NSP's first version is returned by the dialog's parties, with reasons; the revised one confirmed
      case ProgrammeProcess.Elements.VALIDATE_NSP, ProgrammeProcess.Elements.VALIDATE_AGENCY_FRAMEWORK -> {
        boolean nsp = element.equals(ProgrammeProcess.Elements.VALIDATE_NSP);
        values.put("validationDecision", text(nsp && visit == 1 ? "returned" : "confirmed"));
        if (nsp && visit == 1) {
          values.put("validationReasons", text("Agreement AG-1 on civilian oversight is missing"));
        }
      }
      case ProgrammeProcess.Elements.REVIEW_FINANCIAL_PLAN_TOTALS ->
          values.put("financialPlanTotalsConfirmed", NODES.booleanNode(true));
      case RiskHandlingProcess.Elements.ASSESS -> {
        String[] risk = RISKS.get(formVariables.path("riskTitle").path("value").asText());
        boolean rated = risk != null;
        values.put("riskLikelihood", NODES.numberNode(rated ? Integer.parseInt(risk[1]) : 1));
        values.put("riskImpact", NODES.numberNode(rated ? Integer.parseInt(risk[2]) : 1));
        values.put("riskResolved", NODES.booleanNode(!rated));
      }
      case RiskHandlingProcess.Elements.DECIDE_HIGH_RISK -> values.put("riskDecision", text("mediate"));
      case RiskHandlingProcess.Elements.URGENT_REVIEW -> values.put("riskUrgentDecision", text("holdTransformation"));
      case ImplementationProcess.Elements.REPORT_PROGRESS -> {
        // the rows Tasklist shows (prefilled with the institution's actions), as the agency fills them in
        ArrayNode rows = (ArrayNode) json(formVariables.path("actionReports").path("value"));
        rows.forEach(row -> ((ObjectNode) row).put("status", "onTrack")
            .put("indicatorValuesText", "Officers trained=420").put("milestonesReachedText", "Curriculum adopted")
            .put("narrative", "Two cohorts trained in the northern region"));
        values.put("actionReports", rows);
      }
      // the first report is returned anyway (version 1); the revised one asks for an amendment, the next closure
      case ImplementationProcess.Elements.CONSOLIDATE_ANNUAL_REPORT -> values.put("implementationNextStep",
          text(visit <= 2 ? (visit == 1 ? "continue" : "amend") : "close"));
      case ImplementationProcess.Elements.AMEND_STRATEGY -> {
        ArrayNode rows = (ArrayNode) json(formVariables.path("amendedActions").path("value"));
        ((ObjectNode) rows.get(0)).put("endYear", 2030);
        values.put("amendedActions", rows);
      }
      default -> { }
    }
    return values;
  }

  private static void ledgerItem(ArrayNode items, String text, String status, List<String> agreedBy,
      List<String> objectedBy) {
    ObjectNode item = items.addObject().put("text", text).put("status", status);
    agreedBy.forEach(item.putArray("agreedBy")::add);
    objectedBy.forEach(item.putArray("objectedBy")::add);
  }

  /** The embedded form's submission as the forms SDK sends it: each variable with the type its input declares. */
  private String embeddedFormBody(String taskId, String element, JsonNode formVariables, String html) {
    Map<String, String> declared = new LinkedHashMap<>();
    Matcher input = EMBEDDED_INPUT.matcher(html);
    while (input.find()) {
      Map<String, String> attributes = new HashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(input.group());
      while (attribute.find()) {
        attributes.put(attribute.group(1), attribute.group(2));
      }
      if (attributes.containsKey("cam-variable-name")) {
        declared.put(attributes.get("cam-variable-name"), attributes.getOrDefault("cam-variable-type", "String"));
      }
    }
    Matcher created = CREATED_VARIABLE.matcher(html);
    while (created.find()) {
      declared.put(created.group(1), created.group(2));
    }
    // the one upload form of several documents: the task's documentKind picks the variables it submits
    String kind = formVariables.path("documentKind").path("value").asText("");
    Matcher kinds = DOCUMENT_KIND.matcher(html);
    while (!kind.isEmpty() && kinds.find()) {
      if (kinds.group(1).equals(kind)) {
        declared.put(kindVariable(kinds.group(2), "title"), "String");
        declared.put(kindVariable(kinds.group(2), "summary"), "String");
        declared.put(kindVariable(kinds.group(2), "document"), "File");
        Matcher priorities = Pattern.compile("\\bpriorities: '(\\w+)'").matcher(kinds.group(2));
        if (priorities.find()) {
          declared.put(priorities.group(1), "Json");
        }
      }
    }
    assertThat(declared).as("variables of the embedded form of %s", element).isNotEmpty();
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    declared.forEach((name, type) -> {
      ObjectNode variable = variables.putObject(name).put("type", type);
      if ("File".equals(type)) {
        boolean execution = name.equals("budgetExecutionFile");
        boolean plan = name.equals("financialPlanFile") || execution;
        byte[] content = name.equals("financialPlanFile") ? ProgrammeRestDriver.filled(template(taskId))
            : execution ? BudgetExecutionTestBeans.filled(template(taskId, "budgetExecutionTemplate"))
            : ("%PDF-1.4 " + name + " of " + code).getBytes(StandardCharsets.UTF_8);
        variable.put("value", Base64.getEncoder().encodeToString(content));
        String fileName = execution ? "execution.xlsx" : plan ? "plan.xlsx" : name + ".pdf";
        variable.putObject("valueInfo").put("filename", fileName).put("mimeType", plan
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf");
      } else if (name.equals("decision")) {
        // the first version of each document is returned for revision, the revised one approved
        variable.put("value", formVariables.path("reviewVersion").path("value").asInt() <= 1 ? "returned"
            : "approved");
      } else if ("Json".equals(type)) {
        // the NSP's priorities as the form's script sends them: the first threat of the strategic analysis
        ArrayNode priorities = NODES.arrayNode();
        ObjectNode priority = priorities.addObject().put("text", "Civilian oversight of the police");
        priority.putArray("agreementIds");
        ArrayNode threats = priority.putArray("threatIds");
        json(formVariables.path("threats").path("value")).forEach(threat -> threats.add(threat.path("id").asText()));
        variable.put("value", priorities.toString());
      } else if (name.equals("reasons")) {
        variable.put("value", "Section 3 must say who oversees the budget.");
      } else {
        variable.put("value", name + " of " + code);
      }
    });
    return body.toString();
  }

  private static String kindVariable(String kindEntry, String role) {
    Matcher variable = Pattern.compile("\\b" + role + ": '(\\w+)'").matcher(kindEntry);
    assertThat(variable.find()).as("%s of the document kind %s", role, kindEntry).isTrue();
    return variable.group(1);
  }

  private byte[] template(String taskId) {
    return template(taskId, "financialPlanTemplate");
  }

  private byte[] template(String taskId, String variable) {
    HttpResponse<byte[]> template =
        user("coordinator").getBytes("/engine-rest/task/" + taskId + "/variables/" + variable + "/data");
    assertThat(template.statusCode()).as("plan template").isEqualTo(200);
    return template.body();
  }

  // ---------------------------------------------------------------- generic values from the form

  /**
   * Gives every field the user would have to fill (still empty after prefill) a realistic value within its
   * validation; fields the test entered, read-only fields and fields shown only on a condition are left as they are.
   */
  private static void fillEmpty(JsonNode components, Map<String, JsonNode> data, JsonNode formVariables,
      Set<String> entered) {
    for (JsonNode component : components) {
      String name = component.hasNonNull("path") ? component.get("path").asText()
          : component.hasNonNull("key") ? component.get("key").asText() : null;
      if (name == null) {
        fillEmpty(component.path("components"), data, formVariables, entered);
        continue;
      }
      if (entered.contains(name) || !data.containsKey(name) || component.path("readonly").asBoolean(false)) {
        continue;
      }
      JsonNode value = data.get(name);
      boolean empty = value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())
          || (value.isArray() && value.isEmpty());
      if (empty) {
        data.put(name, sample(component, formVariables));
      }
    }
  }

  private static JsonNode sample(JsonNode field, JsonNode formVariables) {
    JsonNode validate = field.path("validate");
    return switch (field.path("type").asText()) {
      case "textfield", "textarea" -> {
        String text = field.path("label").asText(field.path("key").asText()).replaceAll("[^\\p{L}\\p{N} ,.]", "")
            .trim() + " as agreed in the steering committee";
        yield text(text.substring(0, Math.min(text.length(), validate.path("maxLength").asInt(200))));
      }
      case "number" -> {
        int min = validate.path("min").asInt(1);
        yield NODES.numberNode(min >= 1900 ? 2027 : Math.max(min, 1) + 24);
      }
      case "checkbox" -> NODES.booleanNode(validate.path("required").asBoolean(false));
      case "datetime" -> text("2026-05-04");
      case "radio", "select" -> options(field, formVariables).get(0);
      case "checklist", "taglist" -> NODES.arrayNode().add(options(field, formVariables).get(0));
      case "dynamiclist" -> {
        ObjectNode item = NODES.objectNode();
        for (JsonNode child : field.path("components")) {
          if (child.hasNonNull("key")) {
            item.set(child.get("key").asText(), sample(child, formVariables));
          }
        }
        yield NODES.arrayNode().add(item);
      }
      default -> NODES.nullNode();
    };
  }

  private static List<JsonNode> options(JsonNode formVariables, String valuesKey) {
    return options(NODES.objectNode().put("key", valuesKey).put("valuesKey", valuesKey), formVariables);
  }

  /** The values a selection offers: static, or from the variable its valuesKey names. */
  private static List<JsonNode> options(JsonNode field, JsonNode formVariables) {
    List<JsonNode> options = new ArrayList<>();
    JsonNode values = field.path("values");
    if (field.hasNonNull("valuesKey")) {
      JsonNode variable = formVariables.path(field.get("valuesKey").asText()).path("value");
      try {
        values = variable.isTextual() ? JSON.readTree(variable.asText()) : variable;
      } catch (IOException e) {
        throw new IllegalStateException("valuesKey " + field.get("valuesKey") + " is not JSON: " + variable, e);
      }
    }
    values.forEach(option -> options.add(option.isObject() ? option.get("value") : option));
    assertThat(options).as("options of %s", field.path("key").asText()).isNotEmpty();
    return options;
  }

  // ---------------------------------------------------------------- what the models ask for

  /** Form-bearing user tasks and start events of the four processes not yet submitted. */
  private Set<String> missing() {
    Set<String> missing = new TreeSet<>();
    for (String process : PROCESSES) {
      ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(process).latestVersion().singleResult();
      BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      List<FlowNode> steps = new ArrayList<>(model.getModelElementsByType(UserTask.class));
      steps.addAll(model.getModelElementsByType(StartEvent.class));
      for (FlowNode step : steps) {
        if (hasForm(step) && !submitted.contains(process + "/" + step.getId())) {
          missing.add(process + "/" + step.getId());
        }
      }
    }
    return missing;
  }

  private boolean coveredEverything() {
    return missing().isEmpty();
  }

  private static boolean hasForm(FlowNode step) {
    if (step instanceof UserTask task) {
      return task.getCamundaFormRef() != null || task.getCamundaFormKey() != null;
    }
    StartEvent start = (StartEvent) step;
    return start.getCamundaFormRef() != null || start.getCamundaFormKey() != null;
  }

  private String startEventWithForm(String processKey) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    return engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(StartEvent.class).stream().filter(EveryFormAsTasklistSubmitsItTest::hasForm)
        .findFirst().orElseThrow().getId();
  }

  private String processKeyOf(String definitionId) {
    return engine.getRepositoryService().getProcessDefinition(definitionId).getKey();
  }

  // ---------------------------------------------------------------- the programme's tasks and jobs

  /** Active tasks of the programme and of everything it called, oldest first. */
  private List<JsonNode> openTasks() {
    JsonNode tasks = read(user("admin").get("/engine-rest/task?processInstanceBusinessKey=" + code
        + "&active=true&sortBy=created&sortOrder=asc&maxResults=200"));
    List<JsonNode> open = new ArrayList<>();
    tasks.forEach(open::add);
    return open;
  }

  /** The open task of the element in the same process instance as the other task. */
  private JsonNode taskOf(JsonNode other, String element) {
    return openTasks().stream().filter(task -> is(task, element)
        && task.get("processInstanceId").asText().equals(other.get("processInstanceId").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no open " + element + " next to " + other));
  }

  private static boolean is(JsonNode task, String element) {
    return task.get("taskDefinitionKey").asText().equals(element);
  }

  /** The demo user of the task's first candidate group that has one. */
  private String userFor(String taskId) {
    List<String> groups = new ArrayList<>();
    read(user("admin").get("/engine-rest/task/" + taskId + "/identity-links?type=candidate"))
        .forEach(link -> groups.add(link.path("groupId").asText()));
    return groups.stream()
        .flatMap(group -> DemoUsers.ALL.stream().filter(user -> user.groupId().equals(group)))
        .map(DemoUsers.DemoUser::id).findFirst()
        .orElseThrow(() -> new AssertionError("No demo user for the candidate groups " + groups + " of " + taskId));
  }

  /** Runs the due jobs of this programme's instances (the shared test context has no job executor). */
  private void runDueJobs() {
    for (int round = 0; round < 100; round++) {
      Job due = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null && code.equals(businessKey(job.getProcessInstanceId())))
          .findFirst().orElse(null);
      if (due == null) {
        return;
      }
      engine.getManagementService().executeJob(due.getId());
    }
    throw new AssertionError("jobs of " + code + " keep creating jobs");
  }

  private String businessKey(String processInstanceId) {
    var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  /** The implementation's next reporting year comes now, if the programme waits for it. */
  private boolean fireReportingYear() {
    Job timer = engine.getManagementService().createJobQuery().timers()
        .activityId(ImplementationProcess.Elements.REPORTING_YEAR_DUE).list().stream()
        .filter(job -> code.equals(businessKey(job.getProcessInstanceId()))).findFirst().orElse(null);
    if (timer == null) {
      return false;
    }
    engine.getManagementService().executeJob(timer.getId());
    runDueJobs();
    return true;
  }

  private static JsonNode json(JsonNode textOrJson) {
    try {
      return textOrJson.isTextual() ? JSON.readTree(textOrJson.asText()) : textOrJson.deepCopy();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Executes a timer of the task's process instance now, as if its time had come. */
  private void fireTimer(JsonNode task, String timerId) {
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(task.get("processInstanceId").asText()).activityId(timerId).list().stream()
        .findFirst().orElseThrow(() -> new AssertionError("no timer " + timerId + " for " + task));
    engine.getManagementService().executeJob(timer.getId());
    runDueJobs();
  }

  // ---------------------------------------------------------------- plumbing

  private Http user(String id) {
    return users.computeIfAbsent(id, name -> Http.basic(port, name, DemoUsers.PASSWORD));
  }

  private static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  private static JsonNode read(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + response.body(), e);
    }
  }
}
