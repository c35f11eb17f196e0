package org.ssr.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.security.RoleFixtures;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/** Each role's Tasklist shows exactly its filters, and each filter only tasks that role may see. */
@SsrApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  RoleFixtures fixtures;
  RoleFixtures.Review review;
  String chaseInstance;

  @BeforeAll
  void setUp() throws Exception {
    fixtures = new RoleFixtures(engine);
    review = fixtures.reviewByAllBodies("FT-REVIEW");
    String chase = fixtures.chaseTask("FT-CHASE");
    chaseInstance = engine.getTaskService().createTaskQuery().taskId(chase).singleResult().getProcessInstanceId();
    // one claimed task, for "My open tasks"
    engine.getTaskService().claim(review.taskByGroup().get(SsrGroups.JUSTICE_OVERSIGHT), "justice");
  }

  @AfterAll
  void tearDown() {
    fixtures.delete(review.processInstanceId());
    fixtures.delete(chaseInstance);
  }

  @Test
  void eachRoleSeesExactlyItsFilters() throws Exception {
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      Set<String> names = filterNames(Http.basic(port, user.id(), DemoUsers.PASSWORD));
      Set<String> expected = new TreeSet<>();
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user.id()).list().stream()
          .map(Group::getId).toList();
      TasklistFilters.ALL.stream().filter(f -> f.groups().stream().anyMatch(groups::contains))
          .forEach(f -> expected.add(f.name()));
      if (user.groupId().equals(SsrGroups.CAMUNDA_ADMIN)) {
        assertThat(names).as("the administrator sees every filter").containsAll(
            TasklistFilters.ALL.stream().map(TasklistFilters.FilterDefinition::name).toList());
      } else {
        assertThat(names).as("filters of " + user.id()).isEqualTo(expected);
      }
    }
    assertThat(filterNames(Http.basic(port, "donor", DemoUsers.PASSWORD)))
        .containsExactlyInAnyOrder("My open tasks", "Donor pledges");
    assertThat(filterNames(Http.basic(port, "monitor", DemoUsers.PASSWORD)))
        .containsExactlyInAnyOrder("My open tasks", "Reviews for civil society", "Overdue reviews", "Local platforms",
            "Validations by the dialog's parties");
    assertThat(filterNames(Http.basic(port, "community", DemoUsers.PASSWORD)))
        .containsExactlyInAnyOrder("My open tasks", "Local platform");
    assertThat(Http.anonymous(port).get("/engine-rest/filter?resourceType=Task&maxResults=100").statusCode())
        .isEqualTo(401);
  }

  @Test
  void eachFilterReturnsOnlyTasksTheRoleMaySee() throws Exception {
    List<String> checked = new ArrayList<>();
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      if (user.groupId().equals(SsrGroups.CAMUNDA_ADMIN)) {
        continue;
      }
      Http http = Http.basic(port, user.id(), DemoUsers.PASSWORD);
      for (JsonNode filter : filters(http)) {
        HttpResponse<String> list = http.postJson("/engine-rest/filter/" + filter.get("id").asText()
            + "/list?firstResult=0&maxResults=200", "{}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        for (JsonNode task : JSON.readTree(list.body())) {
          String taskId = task.get("id").asText();
          assertThat(maySee(user, taskId)).as(user.id() + " sees task " + task.get("name").asText()
              + " through filter " + filter.get("name").asText()).isTrue();
          checked.add(user.id() + ":" + taskId);
        }
      }
    }
    // the fixtures put something in the filters of the oversight bodies and the managers
    assertThat(checked).anyMatch(c -> c.startsWith("parliament:"));
    assertThat(checked).anyMatch(c -> c.startsWith("manager:"));
    assertThat(checked).anyMatch(c -> c.startsWith("justice:"));
  }

  @Test
  void bodiesSeeTheirReviewWithProgrammeAndSubjectInTheList() throws Exception {
    Http parliament = Http.basic(port, "parliament", DemoUsers.PASSWORD);
    String filterId = idOf(parliament, "Reviews for parliament");
    String reviewTask = review.taskByGroup().get(SsrGroups.PARLIAMENT_OVERSIGHT);
    HttpResponse<String> list = halList("parliament", filterId);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode tasks = JSON.readTree(list.body()).path("_embedded").path("task");
    List<String> ids = new ArrayList<>();
    tasks.forEach(t -> ids.add(t.get("id").asText()));
    assertThat(ids).contains(reviewTask).doesNotContain(review.taskByGroup().get(SsrGroups.JUSTICE_OVERSIGHT));
    JsonNode mine = null;
    for (JsonNode t : tasks) {
      if (t.get("id").asText().equals(reviewTask)) {
        mine = t;
      }
    }
    Set<String> shown = new HashSet<>();
    mine.path("_embedded").path("variable").forEach(v -> shown.add(v.get("name").asText() + "=" + v.get("value")));
    assertThat(shown).contains("listProgramme=\"FT-REVIEW\"",
        "listSubject=\"National Security Policy 2027 (version 2)\"");
    // display copies: on the task, not in the history
    assertThat(engine.getTaskService().getVariableLocal(reviewTask, TasklistColumns.PROGRAMME.name()))
        .isEqualTo("FT-REVIEW");
    for (var column : TasklistColumns.ALL) {
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(column.name()).count())
          .as("history of " + column).isZero();
    }
    assertThat(engine.getHistoryService().createHistoricDetailQuery().variableUpdates().taskId(reviewTask).list())
        .as("history details of the task").noneMatch(detail -> TasklistColumns.isColumn(
            ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName()));

    // the claimed review is in justice's "My open tasks"
    Http justice = Http.basic(port, "justice", DemoUsers.PASSWORD);
    HttpResponse<String> mineList = justice.postJson("/engine-rest/filter/" + idOf(justice, "My open tasks")
        + "/list?firstResult=0&maxResults=50", "{}");
    assertThat(mineList.body()).contains(review.taskByGroup().get(SsrGroups.JUSTICE_OVERSIGHT));
    // nobody reads a filter that is not theirs
    assertThat(Http.basic(port, "donor", DemoUsers.PASSWORD).get("/engine-rest/filter/" + filterId).statusCode())
        .isEqualTo(403);
  }

  /**
   * Tasklist appends the sort the user picks after the filter's own order: a body's list follows the user's pick
   * (newest first by default), not an order stored in the filter. A filter that still ordered by due date would list
   * the older review (earlier deadline) first under "created, newest first".
   */
  @Test
  void theSortTheUserPicksOrdersABodysReviews() throws Exception {
    Thread.sleep(20);
    RoleFixtures.Review newer = fixtures.reviewByAllBodies("FT-ORDER");
    try {
      String older = review.taskByGroup().get(SsrGroups.PARLIAMENT_OVERSIGHT);
      String newest = newer.taskByGroup().get(SsrGroups.PARLIAMENT_OVERSIGHT);
      var tasks = engine.getTaskService();
      Task olderTask = tasks.createTaskQuery().taskId(older).singleResult();
      Task newestTask = tasks.createTaskQuery().taskId(newest).singleResult();
      assertThat(newestTask.getCreateTime()).isAfter(olderTask.getCreateTime());
      // the newer review's deadline is the later one
      olderTask.setDueDate(new java.util.Date(System.currentTimeMillis() + 86_400_000L));
      tasks.saveTask(olderTask);
      newestTask.setDueDate(new java.util.Date(System.currentTimeMillis() + 30 * 86_400_000L));
      tasks.saveTask(newestTask);

      Http parliament = Http.basic(port, "parliament", DemoUsers.PASSWORD);
      String filterId = idOf(parliament, "Reviews for parliament");
      assertThat(listedIds(parliament, filterId, "created", "desc")).containsSubsequence(newest, older);
      assertThat(listedIds(parliament, filterId, "dueDate", "asc")).containsSubsequence(older, newest);
    } finally {
      fixtures.delete(newer.processInstanceId());
    }
  }

  /** The filter's list with the body Tasklist sends for the sort the user picked. */
  private static List<String> listedIds(Http http, String filterId, String sortBy, String sortOrder) throws Exception {
    HttpResponse<String> list = http.postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50",
        "{\"sorting\":[{\"sortBy\":\"" + sortBy + "\",\"sortOrder\":\"" + sortOrder + "\"}],\"active\":true}");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    JSON.readTree(list.body()).forEach(t -> ids.add(t.get("id").asText()));
    return ids;
  }

  @Test
  void theListShowsEachProgrammesOwnTerm() throws Exception {
    // a programme that calls itself "Security Sector Transformation", started with the form values Tasklist sends
    Map<String, Object> form = new HashMap<>();
    form.put("programmeCode", "FT-SST");
    form.put("programmeName", "National security sector transformation FT-SST");
    form.put("country", "Testland");
    form.put("programmeTerm", "Security Sector Transformation");
    form.put("institutions", SpinValues.jsonValue("[\"police\"]").create());
    form.put("oversightPolice", SpinValues.jsonValue("[\"parliamentOversight\"]").create());
    form.put("regionsText", "North");
    form.put("requiredSegments", SpinValues.jsonValue("[\"youth\"]").create());
    // one segment keeps the test short; leaving out the women's groups needs a justification
    form.put("segmentsJustification", "Heard in a separate consultation.");
    form.put("donorsText", "European Union");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("ssr-programme").latestVersion().singleResult().getId();
    String programme = engine.getFormService().submitStartForm(definition, form).getId();
    try {
      for (Job job = dueJob(); job != null; job = dueJob()) {
        engine.getManagementService().executeJob(job.getId());
      }
      Http coordinator = Http.basic(port, "coordinator", DemoUsers.PASSWORD);
      Set<String> shown = listVariables("coordinator", idOf(coordinator, "Coordination unit"), programme);
      assertThat(shown).as("the coordination unit's list for a transformation programme").contains(
          "listTerm=\"Security Sector Transformation\"",
          "listProgramme=\"FT-SST – National security sector transformation FT-SST\"");
      assertThat(JSON.readTree(Http.basic(port, "coordinator", DemoUsers.PASSWORD).get(
              "/engine-rest/filter/" + idOf(coordinator, "Coordination unit")).body())
          .path("properties").path("variables").toString())
          .as("every filter has the term as a column").contains("\"listTerm\"", "\"Term\"");
    } finally {
      fixtures.delete(programme);
    }
    // a review called by a programme that keeps the usual term shows that term
    Set<String> review = new HashSet<>();
    for (JsonNode t : JSON.readTree(halList("parliament", idOf(Http.basic(port, "parliament", DemoUsers.PASSWORD),
        "Reviews for parliament")).body()).path("_embedded").path("task")) {
      t.path("_embedded").path("variable").forEach(v -> review.add(v.get("name").asText() + "=" + v.get("value")));
    }
    assertThat(review).contains("listTerm=\"Security Sector Reform\"");
  }

  private Job dueJob() {
    return engine.getManagementService().createJobQuery().executable().listPage(0, 1).stream().findFirst()
        .orElse(null);
  }

  /** "name=json value" of the list variables Tasklist shows beside the tasks of one process instance. */
  private Set<String> listVariables(String user, String filterId, String processInstanceId) throws Exception {
    HttpResponse<String> list = halList(user, filterId);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    Set<String> shown = new HashSet<>();
    for (JsonNode t : JSON.readTree(list.body()).path("_embedded").path("task")) {
      if (t.get("processInstanceId").asText().equals(processInstanceId)) {
        t.path("_embedded").path("variable").forEach(v -> shown.add(v.get("name").asText() + "=" + v.get("value")));
      }
    }
    assertThat(shown).as("tasks of " + processInstanceId + " in the list").isNotEmpty();
    return shown;
  }

  @Test
  void tasklistOffersAProgrammeStartOnlyToTheCoordinationUnit_andAChangeRequestToItAndTheOversightBodies()
      throws Exception {
    String startable = "/engine-rest/process-definition?latestVersion=true&startableInTasklist=true"
        + "&startablePermissionCheck=true&firstResult=0&maxResults=50";
    for (DemoUsers.DemoUser user : DemoUsers.ALL) {
      Set<String> keys = new TreeSet<>();
      JSON.readTree(Http.basic(port, user.id(), DemoUsers.PASSWORD).get(startable).body())
          .forEach(d -> keys.add(d.get("key").asText()));
      assertThat(keys).as("processes " + user.id() + " may start in Tasklist").contains("risk-report");
      boolean programme = user.groupId().equals(SsrGroups.COORDINATION_UNIT)
          || user.groupId().equals(SsrGroups.CAMUNDA_ADMIN);
      assertThat(keys.contains("ssr-programme")).as(user.id() + " starts programmes").isEqualTo(programme);
      boolean localPlatform = user.groupId().equals(DemoUsers.DEMO_LOCAL_PLATFORM);
      boolean change = user.groupId().equals(SsrGroups.COORDINATION_UNIT)
          || RoleAuthorizations.OVERSIGHT_BODIES.contains(user.groupId());
      assertThat(keys.contains(RoleAuthorizations.CHANGE_REQUEST_PROCESS)).as(user.id() + " requests changes")
          .isEqualTo(change || user.groupId().equals(SsrGroups.CAMUNDA_ADMIN));
      if (!programme) {
        List<String> expected = new java.util.ArrayList<>(List.of("risk-report"));
        if (localPlatform) {
          expected.add("local-security-report");
        }
        if (change) {
          expected.add(RoleAuthorizations.CHANGE_REQUEST_PROCESS);
        }
        assertThat(keys).as(user.id()).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  private boolean maySee(DemoUsers.DemoUser user, String taskId) {
    Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (user.id().equals(task.getAssignee())) {
      return true;
    }
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user.id()).list().stream()
        .map(Group::getId).toList();
    return engine.getTaskService().createTaskQuery().taskId(taskId).taskCandidateGroupIn(groups)
        .includeAssignedTasks().count() == 1;
  }

  /** The list as Tasklist asks for it (HAL, with the filter's variables embedded). */
  private HttpResponse<String> halList(String user, String filterId) throws Exception {
    java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
            "http://localhost:" + port + "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=50"))
        .header("Accept", "application/hal+json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
            (user + ":" + DemoUsers.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
        .build();
    return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private String idOf(Http http, String name) throws Exception {
    for (JsonNode filter : filters(http)) {
      if (filter.get("name").asText().equals(name)) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("no filter " + name);
  }

  private static JsonNode filters(Http http) throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static Set<String> filterNames(Http http) throws Exception {
    Set<String> names = new TreeSet<>();
    filters(http).forEach(f -> names.add(f.get("name").asText()));
    return names;
  }
}
