package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;

/**
 * Plays every role of a programme in a process test: completes whatever task is open with the values its form would
 * submit (list values as Json, as Tasklist does), decides oversight reviews, runs asynchronous continuations (never
 * timers). Scenarios change the defaults: which steps scoping skips, how reviewers decide.
 */
final class ProgrammeDriver {

  /** What a reviewer decides, knowing the review (kind, institution, version). */
  record Review(String kind, String institution, int version) {}

  /** What the civil-society monitor decides when validating a framework: the task and the document's version. */
  record Validation(String task, String institution, int version) {}

  static final String CODE = "SSR-TEST-01";
  /** Step 4's structures as the form's dynamic list submits them (members every programme offers). */
  static final String STRUCTURES = "[{\"name\":\"National SSR steering committee\",\"members\":"
      + "[\"parliamentOversight\",\"civilSocietyMonitor\"],\"mandate\":\"Steers planning and implementation\"}]";
  static final String REVIEW_TASK = OversightReviewProcess.Elements.REVIEW_TASK;
  static final String RISK_STUB_TASK = "UserTask_DecideRiskStub";

  private final ProcessEngine engine;
  final Map<Integer, String> skippedSteps = new HashMap<>();
  Function<Review, String> reviewer = review -> "approved";
  /** confirmed or returned; returned comes with reasons. */
  Function<Validation, String> validator = validation -> "confirmed";
  /** The oversight charter form's values; null submits what the form shows (the charter in force or today's rule). */
  Map<String, Object> charter;
  String code = CODE;
  ProcessInstance programme;

  ProgrammeDriver(ProcessEngine engine) {
    this.engine = engine;
  }

  // ---------------------------------------------------------------- start

  static Map<String, Object> startForm(String code) {
    Map<String, Object> form = new HashMap<>();
    form.put("programmeCode", code);
    form.put("programmeName", "National security sector programme");
    form.put("country", "Testland");
    form.put("programmeTerm", "Security Sector Transformation");
    form.put("institutions", json("[\"defence\",\"police\"]"));
    form.put("oversightPolice", json("[\"parliamentOversight\",\"justiceOversight\"]"));
    form.put("regionsText", "North\nSouth");
    form.put("requiredSegments", json("[\"youth\",\"womensGroups\",\"religiousLeaders\"]"));
    form.put("donorsText", "European Union\nSwitzerland");
    return form;
  }

  /** Starts as Tasklist does: the start form is submitted without a business key. */
  ProcessInstance start(Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProgrammeProcess.KEY).latestVersion().singleResult().getId();
    programme = engine.getFormService().submitStartForm(definitionId, form);
    code = programme.getBusinessKey();
    return programme;
  }

  ProcessInstance start() {
    return start(startForm(code));
  }

  // ---------------------------------------------------------------- driving

  List<Task> openTasks() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .orderByTaskCreateTime().asc().list();
  }

  Task task(String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(key).list();
    if (tasks.size() != 1) {
      fail("Expected one open task " + key + " but found " + tasks.size() + "; open: " + describe(openTasks()));
    }
    return tasks.get(0);
  }

  boolean isOpen(String key) {
    return openTasks().stream().anyMatch(t -> t.getTaskDefinitionKey().equals(key));
  }

  boolean ended() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(programme.getId())
        .singleResult().getEndTime() != null;
  }

  /** Completes open tasks (those the filter allows) until a task with the key is open. */
  void driveUntil(String key, Predicate<Task> allowed) {
    driveUntil(() -> isOpen(key), allowed, key);
  }

  /** Completes open tasks (those the filter allows) until the condition holds. */
  void driveUntil(BooleanSupplier done, Predicate<Task> allowed, String what) {
    for (int i = 0; i < 300; i++) {
      runAsyncJobs();
      if (done.getAsBoolean()) {
        return;
      }
      List<Task> open = openTasks();
      Task next = open.stream().filter(allowed).findFirst()
          .orElseGet(() -> fail("Waiting for " + what + " but nothing to do; open: " + describe(open)));
      complete(next);
    }
    fail("Never reached " + what);
  }

  /** Whether the programme (not a called review) has a token waiting at the element. */
  boolean isWaitingAt(String activityId) {
    return engine.getRuntimeService().createExecutionQuery().processInstanceId(programme.getId())
        .activityId(activityId).count() > 0;
  }

  void driveUntil(String key) {
    driveUntil(key, t -> true);
  }

  void driveToEnd() {
    for (int i = 0; i < 400 && !ended(); i++) {
      runAsyncJobs();
      List<Task> open = openTasks();
      if (open.isEmpty()) {
        if (!ended()) {
          fail("The programme waits, but no task is open");
        }
        return;
      }
      complete(open.get(0));
    }
    if (!ended()) {
      fail("The programme did not end; open: " + describe(openTasks()));
    }
  }

  /** Runs asynchronous continuations (message jobs), never the review deadline timers. */
  void runAsyncJobs() {
    for (int i = 0; i < 20; i++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  void complete(String key) {
    complete(task(key));
  }

  void complete(String key, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task(key).getId(), values);
  }

  /** Submits the task's form with the values a user would type. */
  void complete(Task task) {
    String key = task.getTaskDefinitionKey();
    if (key.equals(REVIEW_TASK)) {
      decide(task);
      return;
    }
    if (key.equals(Elements.VALIDATE_NSP) || key.equals(Elements.VALIDATE_AGENCY_FRAMEWORK)) {
      validate(task);
      return;
    }
    engine.getFormService().submitTaskForm(task.getId(), formValues(task));
  }

  Map<String, Object> formValues(Task task) {
    Map<String, Object> v = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case Elements.RECORD_DIALOG_SESSION, Elements.FACILITATE_DIALOG_SESSION -> {
        v.put("sessionDate", "2026-05-04");
        v.put("sessionPlace", "Capital city hall");
        v.put("sessionFacilitator", "Local facilitation team");
        v.put("sessionKind", "facilitated");
        v.put("participants", 120);
        v.put("segmentsPresent", json("[\"youth\",\"womensGroups\",\"religiousLeaders\"]"));
        v.put("agreements", "The security sector serves the people.");
        v.put("disagreements", "Pace of change");
        v.put("requestMediation", false);
      }
      case Elements.DECLARE_CONSENSUS -> {
        v.put("segmentConsents", everySegmentConsents(task));
        v.put("consensusDecision", "consensus");
        v.put("consensusStatement", "National consensus on the need for change.");
      }
      case Elements.REGIONAL_CONSULTATION -> {
        v.put("regionalPriorities", "Community policing");
        v.put("regionalConcerns", "Armed groups near the border");
        v.put("regionalParticipants", 40);
        v.put("regionalSegmentsConsulted", json("[\"youth\"]"));
      }
      case Elements.CONSOLIDATE_NEEDS_ASSESSMENT -> v.put("consolidatedNeeds", "Police and justice first.");
      case Elements.SCOPE_PROGRAMME -> {
        for (int step = 3; step <= 10; step++) {
          v.put("applyStep" + step, !skippedSteps.containsKey(step));
          if (skippedSteps.containsKey(step)) {
            v.put("justificationStep" + step, skippedSteps.get(step));
          }
        }
      }
      case Elements.CONTAIN_SHORT_TERM_THREATS -> {
        v.put("threatsIdentified", "Looting in the capital");
        v.put("containmentActions", "Joint patrols");
      }
      case Elements.CONTAIN_REPORTED_THREAT -> v.put("containmentActions", "Rapid response unit deployed");
      case Elements.ESTABLISH_STRUCTURES -> v.put("coordinationStructures", json(STRUCTURES));
      case Elements.RECORD_OVERSIGHT_CHARTER -> {
        if (charter != null) {
          v.putAll(charter);
        }
      }
      case Elements.STRATEGIC_ANALYSIS -> {
        v.put("nationalVision", "A safe country for all");
        v.put("threatAssessment", "Organised crime");
      }
      case Elements.DRAFT_NSP, Elements.REVISE_NSP -> {
        v.put("nspTitle", "National Security Policy 2027");
        v.put("nspDocument", file("nsp.pdf"));
      }
      case Elements.DEVELOP_GOVERNANCE_STRUCTURES, Elements.REVISE_GOVERNANCE_STRUCTURES -> {
        v.put("governanceCharterTitle", "Oversight charter");
        v.put("governanceCharter", file("charter.pdf"));
      }
      case Elements.DRAFT_AGENCY_FRAMEWORK, Elements.REVISE_AGENCY_FRAMEWORK -> {
        v.put("agencyFrameworkTitle", "Policy framework");
        v.put("agencyFrameworkDocument", file("framework.pdf"));
      }
      case Elements.GAP_ANALYSIS -> v.put("changesNeeded", "Training, equipment, oversight capacity");
      case Elements.DRAFT_TRANSFORMATION_STRATEGY -> v.put("strategyActions", json(
          "[{\"id\":\"A1\",\"title\":\"Train police\",\"institution\":\"police\",\"startYear\":2027,\"endYear\":2028},"
              + "{\"id\":\"A2\",\"title\":\"Defence review\",\"institution\":\"defence\",\"startYear\":2027,\"endYear\":2027}]"));
      case Elements.RECORD_DONOR_PLEDGES -> v.put("pledges", json("[{\"amount\":1000,\"year\":2027}]"));
      case Elements.UPLOAD_FINANCIAL_PLAN -> v.put("financialPlanFile", file("plan.xlsx"));
      case Elements.REVIEW_FINANCIAL_PLAN_TOTALS -> v.put("financialPlanTotalsConfirmed", true);
      case RISK_STUB_TASK -> v.put("riskOutcome", "RESOLVED");
      default -> fail("The driver does not know task " + task.getTaskDefinitionKey());
    }
    return v;
  }

  /** The consensus form's rows: every required segment consents (through the latest session). */
  Object everySegmentConsents(Task task) {
    @SuppressWarnings("unchecked")
    List<String> segments = (List<String>) engine.getRuntimeService().getVariable(task.getProcessInstanceId(),
        ProgrammeProcess.Variables.REQUIRED_SEGMENTS.name());
    return json(org.ssr.workflow.engine.Json.mapper().valueToTree(segments.stream()
        .map(segment -> Map.of("segment", segment, "position", "consent")).toList()).toString());
  }

  /** Decides one oversight review task as its reviewing body would. */
  void decide(Task task) {
    Map<String, Object> vars = engine.getRuntimeService().getVariables(task.getExecutionId());
    Review review = new Review((String) vars.get("reviewKind"), (String) vars.get("reviewInstitution"),
        ((Number) vars.get("reviewVersion")).intValue());
    String decision = reviewer.apply(review);
    Map<String, Object> form = new HashMap<>();
    form.put("decision", decision);
    if (!"approved".equals(decision)) {
      form.put("reasons", "Needs more work on accountability");
    }
    engine.getIdentityService().setAuthenticatedUserId("parliament");
    try {
      engine.getFormService().submitTaskForm(task.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Validates a framework as the civil-society monitor would. */
  void validate(Task task) {
    Map<String, Object> vars = engine.getTaskService().getVariables(task.getId());
    boolean nsp = task.getTaskDefinitionKey().equals(Elements.VALIDATE_NSP);
    Object version = vars.get(nsp ? "nspVersion" : "agencyFrameworkVersion");
    String decision = validator.apply(new Validation(task.getTaskDefinitionKey(), (String) vars.get("institution"),
        ((Number) version).intValue()));
    Map<String, Object> form = new HashMap<>();
    form.put("validationDecision", decision);
    if (!"confirmed".equals(decision)) {
      form.put("validationReasons", "Agreement AG-1 on civilian oversight is missing");
    }
    engine.getIdentityService().setAuthenticatedUserId("monitor");
    try {
      engine.getFormService().submitTaskForm(task.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // ---------------------------------------------------------------- values

  static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  static FileValue file(String name) {
    return Variables.fileValue(name).file(("content of " + name).getBytes(StandardCharsets.UTF_8))
        .mimeType(name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "application/pdf").create();
  }

  static String describe(List<Task> tasks) {
    return tasks.stream().map(Task::getTaskDefinitionKey).toList().toString();
  }
}
