package org.ssr.workflow.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ssr.workflow.finance.BudgetExecutionProcess;
import org.ssr.workflow.finance.BudgetExecutionTestBeans;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeRestDriver;
import org.ssr.workflow.programme.ProgrammeRestDriver.As;
import org.ssr.workflow.support.TasklistFormSubmission;

/**
 * Drives the yearly cycles of a programme's {@code programme-implementation} through the REST API the way people do
 * in Tasklist (docs/implementation.md, "The yearly cycle"), for a programme that {@link ProgrammeRestDriver} has
 * brought into implementation:
 * <ol>
 *   <li>the year's wait is the timer {@code IntermediateCatchEvent_ReportingYearDue}: the administrator executes its
 *       job ({@code POST /engine-rest/job/{id}/execute}), so no clock is moved and the application is unmodified
 *       (the reporting year is therefore the calendar year of the run in every cycle; the cycle year counts on);</li>
 *   <li>each owner institution's agency reports on every action: the {@code implementation-report} form as Tasklist
 *       submits it (its prefilled rows, each with a status, a value for every indicator, a narrative; an action
 *       without indicators gets one in its first year, as an owner adds it in <i>New indicators</i>);</li>
 *   <li>the coordination unit downloads the year's budget execution template, fills it in and uploads it with the
 *       embedded form {@code budget-execution-upload.html} (the File and the language Tasklist shows);</li>
 *   <li>the coordination unit consolidates the annual report ({@code annual-report}: summary, decisions,
 *       <i>continue</i>);</li>
 *   <li>each reviewing body's member approves it with the embedded {@code review-decision.html}.</li>
 * </ol>
 * Values come from a {@link Random} with the given seed: the same seed reports the same figures.
 */
public final class ImplementationRestDriver {

  private final ProgrammeRestDriver programme;
  private final Random random;
  private String implementationId;

  public ImplementationRestDriver(ProgrammeRestDriver programme, long seed) {
    this.programme = programme;
    this.random = new Random(seed);
  }

  /** The running {@code programme-implementation} instance the programme called. */
  public String implementationId() {
    if (implementationId == null) {
      HttpResponse<String> response = programme.as("admin").get("/engine-rest/process-instance?superProcessInstance="
          + programme.programmeId() + "&processDefinitionKey=" + ImplementationProcess.KEY + "&maxResults=1");
      List<JsonNode> instances = ProgrammeRestDriver.list(ProgrammeRestDriver.read(ok(200, response)));
      assertThat(instances).as("implementation of %s", programme.code()).hasSize(1);
      implementationId = instances.get(0).get("id").asText();
    }
    return implementationId;
  }

  /** The cycle year the implementation counted last (0 before the first). */
  public int cycleYear() {
    HttpResponse<String> response = programme.as("admin").get("/engine-rest/process-instance/" + implementationId()
        + "/variables/" + ImplementationProcess.Variables.CYCLE_YEAR.name() + "?deserializeValue=false");
    return response.statusCode() == 404 ? 0 : ProgrammeRestDriver.read(response.body()).path("value").asInt(0);
  }

  /** Drives {@code years} yearly cycles one after the other. */
  public void years(int years) {
    for (int year = 1; year <= years; year++) {
      year();
    }
  }

  /** One yearly cycle, from the reporting year's timer to the annual report approved. */
  public void year() {
    int before = cycleYear();
    As admin = programme.as("admin");
    List<JsonNode> timers = ProgrammeRestDriver.list(ProgrammeRestDriver.read(ok(200, admin.get(
        "/engine-rest/job?processInstanceId=" + implementationId() + "&timers=true&activityId="
            + ImplementationProcess.Elements.REPORTING_YEAR_DUE + "&maxResults=10"))));
    assertThat(timers).as("the reporting-year timer of %s (cycle year %d)", programme.code(), before).hasSize(1);
    ok(204, admin.postJson("/engine-rest/job/" + timers.get(0).get("id").asText() + "/execute", ""));
    int year = before + 1;

    for (JsonNode task : tasks(ImplementationProcess.Elements.REPORT_PROGRESS, true)) {
      report(task, year);
    }
    upload(single(ImplementationProcess.Elements.UPLOAD_BUDGET_EXECUTION, year));
    consolidate(single(ImplementationProcess.Elements.CONSOLIDATE_ANNUAL_REPORT, year), year);
    List<JsonNode> reviews = tasks(OversightReviewProcess.Elements.REVIEW_TASK, false);
    assertThat(reviews).as("reviews of the annual report of %s, year %d", programme.code(), year).isNotEmpty();
    for (JsonNode review : reviews) {
      decide(review);
    }
    assertThat(cycleYear()).as("cycle year of %s", programme.code()).isEqualTo(year);
    assertThat(tasks(OversightReviewProcess.Elements.REVIEW_TASK, false))
        .as("reviews of %s left open after year %d", programme.code(), year).isEmpty();
  }

  // ---------------------------------------------------------------- the people

  /** The agency's member reports on every action of the institution: the form's rows as Tasklist shows them. */
  private void report(JsonNode task, int year) {
    Form form = open(task);
    int reportingYear = form.variables.path(ImplementationProcess.Variables.REPORTING_YEAR.name()).path("value")
        .asInt(Year.now().getValue());
    ArrayNode rows = (ArrayNode) ProgrammeRestDriver.read(
        form.variables.path(ImplementationProcess.Variables.ACTION_REPORTS.name()).path("value").asText("[]"));
    for (JsonNode node : rows) {
      ObjectNode row = (ObjectNode) node;
      String values = row.path("indicatorValuesText").asText("").strip();
      if (values.isEmpty()) {
        row.put("newIndicatorsText", "Progress | % | 0 | " + (reportingYear + 40) + "=100");
        row.put("indicatorValuesText", "Progress=" + (year * 5 + random.nextInt(5)));
      } else {
        StringBuilder filled = new StringBuilder();
        for (String line : values.split("\n")) {
          filled.append(filled.length() == 0 ? "" : "\n")
              .append(line.strip().endsWith("=") ? line.strip() + (year * 5 + random.nextInt(5)) : line.strip());
        }
        row.put("indicatorValuesText", filled.toString());
      }
      row.put("status", random.nextInt(4) == 0 ? "delayed" : "onTrack");
      row.put("milestonesReachedText", "");
      row.put("narrative", "Year " + year + " of " + row.path("actionId").asText() + ": work went on as planned");
    }
    Map<String, JsonNode> entered = new LinkedHashMap<>();
    entered.put(ImplementationProcess.Variables.ACTION_REPORTS.name(), rows);
    form.submitCamundaForm(entered);
  }

  /** The coordination unit downloads the year's template, fills it in and uploads it (embedded form). */
  private void upload(JsonNode task) {
    Form form = open(task);
    HttpResponse<byte[]> template = form.as.getBytes("/engine-rest/task/" + form.id + "/variables/"
        + BudgetExecutionProcess.Variables.TEMPLATE.name() + "/data");
    assertThat(template.statusCode()).as("budget execution template of %s", programme.code()).isEqualTo(200);
    Map<String, JsonNode> values = new LinkedHashMap<>();
    values.put(BudgetExecutionProcess.Variables.UPLOADER_LANGUAGE.name(), ProgrammeRestDriver.string("en"));
    values.put(BudgetExecutionProcess.Variables.FILE.name(), ProgrammeRestDriver.fileValue("execution.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        BudgetExecutionTestBeans.filled(template.body())));
    form.submit(ProgrammeRestDriver.variables(values));
  }

  /** The coordination unit consolidates the annual report and goes on with the plan. */
  private void consolidate(JsonNode task, int year) {
    Map<String, JsonNode> entered = new LinkedHashMap<>();
    entered.put(ImplementationProcess.Variables.ANNUAL_REPORT_SUMMARY.name(),
        ProgrammeRestDriver.JSON.getNodeFactory().textNode("Year " + year + ": the actions went on as planned"));
    entered.put(ImplementationProcess.Variables.ANNUAL_REPORT_DECISIONS.name(),
        ProgrammeRestDriver.JSON.getNodeFactory().textNode("Continue as planned"));
    entered.put(ImplementationProcess.Variables.NEXT_STEP.name(),
        ProgrammeRestDriver.JSON.getNodeFactory().textNode("continue"));
    open(task).submitCamundaForm(entered);
  }

  /** A body's member approves: {@code review-decision.html} sends both its variables as Strings. */
  private void decide(JsonNode task) {
    open(task).submit(reviewDecision("approved", null));
  }

  /** The body {@code review-decision.html} submits: the decision and the reasons (null when none), as Strings. */
  public static String reviewDecision(String decision, String reasons) {
    ObjectNode body = ProgrammeRestDriver.JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    variables.putObject(OversightReviewProcess.Variables.DECISION.name()).put("type", "String").put("value", decision);
    ObjectNode reason = variables.putObject("reasons").put("type", "String");
    if (reasons == null) {
      reason.putNull("value");
    } else {
      reason.put("value", reasons);
    }
    return body.toString();
  }

  // ---------------------------------------------------------------- tasks and forms

  /** Open tasks of the key: of the implementation instance, or of the programme's business key (the reviews). */
  private List<JsonNode> tasks(String key, boolean ofImplementation) {
    String where = ofImplementation ? "processInstanceId=" + implementationId()
        : "processInstanceBusinessKey=" + programme.code();
    return ProgrammeRestDriver.list(ProgrammeRestDriver.read(ok(200, programme.as("admin").get("/engine-rest/task?"
        + where + "&taskDefinitionKey=" + key + "&sortBy=created&sortOrder=asc&maxResults=50"))));
  }

  private JsonNode single(String key, int year) {
    List<JsonNode> tasks = tasks(key, true);
    assertThat(tasks).as("%s of %s, year %d; open: %s", key, programme.code(), year,
        ProgrammeRestDriver.describe(programme.openTasks())).hasSize(1);
    return tasks.get(0);
  }

  /** The task claimed by the demo user of its candidate group, with its form variables loaded as Tasklist does. */
  private Form open(JsonNode task) {
    String id = task.get("id").asText();
    As as = programme.as(programme.userFor(id));
    ok(204, as.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + as.name() + "\"}"));
    JsonNode variables = ProgrammeRestDriver.read(ok(200,
        as.get("/engine-rest/task/" + id + "/form-variables?deserializeValues=false")));
    return new Form(as, id, task.get("taskDefinitionKey").asText(), variables);
  }

  private final class Form {
    final As as;
    final String id;
    final String key;
    final JsonNode variables;

    Form(As as, String id, String key, JsonNode variables) {
      this.as = as;
      this.id = id;
      this.key = key;
      this.variables = variables;
    }

    /** A Camunda Form: its deployed schema, the user's entries, the body as Tasklist builds it. */
    void submitCamundaForm(Map<String, JsonNode> entered) {
      JsonNode schema = ProgrammeRestDriver.read(ok(200, as.get("/engine-rest/task/" + id + "/deployed-form")));
      TasklistFormSubmission submission = TasklistFormSubmission.taskForm(schema, variables);
      submit(submission.body(submission.submitData(entered)).toString());
    }

    void submit(String body) {
      HttpResponse<String> submitted = as.postJson("/engine-rest/task/" + id + "/submit-form", body);
      assertThat(submitted.statusCode()).as("%s of %s submitted by %s: %s%nrequest: %s", key, programme.code(),
          as.name(), submitted.body(), body.length() > 2000 ? body.substring(0, 2000) + "…" : body).isEqualTo(204);
    }
  }

  private static String ok(int status, HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(),
        response.body()).isEqualTo(status);
    return response.body();
  }
}
