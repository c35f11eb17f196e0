package org.ssr.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Json;

/**
 * The Tasklist filters of each role, created and kept up to date by the application at start-up (no user is
 * authenticated then, so no FILTER CREATE grant is needed: only camunda-admin has one). A filter is a stored task
 * query; each is readable only by the groups named here (FILTER READ on that filter), and returns only tasks the
 * reader may see anyway (the engine checks task authorizations when a filter runs).
 *
 * <p>The application's filters have no owner (an owner would get ALL on them) and carry the property
 * {@value #KEY_PROPERTY}: a renamed or changed filter is updated in place, a filter no longer defined here is
 * deleted, and a group that should no longer see a filter loses its READ grant. The list columns show the task-local
 * variables of {@link TasklistColumns}.
 *
 * <p>The filters of the bodies, the institutions and "My open tasks" carry no order of their own: Tasklist appends
 * the sort the user picks (creation time, newest first, unless they pick another) after the filter's, so an order
 * stored here came first whatever the user picked, and an order by due date, which no index of the task table serves,
 * made every page read and sort all the group's open tasks (docs/benchmarks.md, issue 18). Only the programme
 * managers' chase and escalation lists keep an order of their own (the most urgent first, by priority), and so do the
 * two lists ordered by creation time, which the task table's creation-time index serves.
 */
@Component
public class TasklistFilters extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  /** Filter property marking the application's own filters, with their stable key as value. */
  public static final String KEY_PROPERTY = "ssrFilterKey";

  public record FilterDefinition(String key, String name, String description, int priority, String color,
      List<String> groups, Function<TaskService, TaskQuery> query) {}

  private static final String REVIEW_TASK = "UserTask_ReviewDocument";
  /** The dialog's parties' validation tasks of ssr-programme (identity knows no feature's catalogue). */
  static final String VALIDATE_NSP_TASK = "UserTask_ValidateNationalSecurityPolicy";
  static final String VALIDATE_AGENCY_FRAMEWORK_TASK = "UserTask_ValidateAgencyPolicyFramework";

  public static final List<FilterDefinition> ALL = List.of(
      new FilterDefinition("my-open-tasks", "My open tasks",
          "Tasks you have claimed: finish them or give them back to your group.", -10, "#3b82f6",
          RoleAuthorizations.ROLES,
          tasks -> tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")),
      new FilterDefinition("coordination-unit", "Coordination unit",
          "Work of the SSR coordination unit: dialog, needs, strategy, policy, plans, risks.", 0, "#0f766e",
          List.of(SsrGroups.COORDINATION_UNIT),
          tasks -> candidates(tasks, SsrGroups.COORDINATION_UNIT)),
      new FilterDefinition("reviews-parliament", "Reviews for parliament",
          "Documents awaiting the decision of parliament's defence and security committee.", 0, "#7c3aed",
          List.of(SsrGroups.PARLIAMENT_OVERSIGHT),
          tasks -> candidates(tasks, SsrGroups.PARLIAMENT_OVERSIGHT)
              .processDefinitionKey(RoleAuthorizations.OVERSIGHT_REVIEW_PROCESS)),
      new FilterDefinition("reviews-justice", "Reviews for justice",
          "Documents awaiting the decision of justice system oversight.", 0, "#7c3aed",
          List.of(SsrGroups.JUSTICE_OVERSIGHT),
          tasks -> candidates(tasks, SsrGroups.JUSTICE_OVERSIGHT)
              .processDefinitionKey(RoleAuthorizations.OVERSIGHT_REVIEW_PROCESS)),
      new FilterDefinition("reviews-civil-society", "Reviews for civil society",
          "Documents awaiting the decision of the civil-society joint oversight platform.", 0, "#7c3aed",
          List.of(SsrGroups.CIVIL_SOCIETY_MONITOR),
          tasks -> candidates(tasks, SsrGroups.CIVIL_SOCIETY_MONITOR)
              .processDefinitionKey(RoleAuthorizations.OVERSIGHT_REVIEW_PROCESS)),
      new FilterDefinition("overdue-reviews", "Overdue reviews",
          "Reviews of your body whose deadline has passed.", 5, "#dc2626",
          RoleAuthorizations.OVERSIGHT_BODIES,
          tasks -> tasks.createTaskQuery().taskCandidateGroupIn(RoleAuthorizations.OVERSIGHT_BODIES)
              .includeAssignedTasks()
              .processDefinitionKey(RoleAuthorizations.OVERSIGHT_REVIEW_PROCESS)
              .taskDefinitionKey(REVIEW_TASK)
              .dueBeforeExpression("${now()}")),
      new FilterDefinition("agency-frameworks", "Agency frameworks",
          "Your institution's policy framework (step 7): draft it, or revise it after the oversight review.", 0,
          "#b45309", RoleAuthorizations.AGENCIES,
          tasks -> tasks.createTaskQuery().taskCandidateGroupIn(RoleAuthorizations.AGENCIES).includeAssignedTasks()
              .processDefinitionKey(RoleAuthorizations.PROGRAMME_PROCESS)),
      new FilterDefinition("implementation-reports", "Yearly implementation reports",
          "Your institution's yearly report on its actions (status, indicators, milestones), due by its deadline.", 1,
          "#b45309", RoleAuthorizations.AGENCIES,
          tasks -> tasks.createTaskQuery().taskCandidateGroupIn(RoleAuthorizations.AGENCIES).includeAssignedTasks()
              .processDefinitionKey(RoleAuthorizations.IMPLEMENTATION_PROCESS)),
      new FilterDefinition("implementation-chases", "Late implementation reports",
          "Yearly reports of institutions past their deadline: contact the institution and record what was done.", 5,
          "#dc2626", List.of(SsrGroups.PROGRAMME_MANAGERS),
          tasks -> candidates(tasks, SsrGroups.PROGRAMME_MANAGERS)
              .processDefinitionKey(RoleAuthorizations.IMPLEMENTATION_PROCESS).orderByTaskPriority().desc()),
      new FilterDefinition("review-chases", "Review chases",
          "Oversight reviews past their deadline: contact the body and record what was done.", 5, "#dc2626",
          List.of(SsrGroups.PROGRAMME_MANAGERS),
          tasks -> candidates(tasks, SsrGroups.PROGRAMME_MANAGERS)
              .processDefinitionKey(RoleAuthorizations.OVERSIGHT_REVIEW_PROCESS).orderByTaskPriority().desc()),
      new FilterDefinition("risk-escalations", "Risk escalations",
          "High and critical risks waiting for the steering committee's decision (step 12).", 1, "#dc2626",
          List.of(SsrGroups.PROGRAMME_MANAGERS),
          tasks -> candidates(tasks, SsrGroups.PROGRAMME_MANAGERS)
              .processDefinitionKey(RoleAuthorizations.RISK_HANDLING_PROCESS).orderByTaskPriority().desc()),
      new FilterDefinition("donor-pledges", "Donor pledges",
          "Record your pledges for the financial feasibility plan (step 10).", 0, "#15803d",
          List.of(SsrGroups.DONORS),
          tasks -> candidates(tasks, SsrGroups.DONORS)),
      new FilterDefinition("local-platform", "Local platform",
          "Answers of agencies to your platform's follow-ups. File a report: Start process → Local security report.",
          0, "#9333ea", List.of(SsrGroups.LOCAL_PLATFORMS),
          // no candidate restriction: the engine shows a member only the tasks of their own region's platform
          tasks -> tasks.createTaskQuery().processDefinitionKey(RoleAuthorizations.LOCAL_REPORT_PROCESS)
              .orderByTaskCreateTime().desc()),
      new FilterDefinition("local-platforms-monitor", "Local platforms",
          "Concerns from local platforms to decide on, silent platforms, quarterly consolidation.", 1, "#9333ea",
          List.of(SsrGroups.CIVIL_SOCIETY_MONITOR),
          tasks -> candidates(tasks, SsrGroups.CIVIL_SOCIETY_MONITOR).processDefinitionKeyIn(
              RoleAuthorizations.LOCAL_PLATFORMS_PROCESS, RoleAuthorizations.LOCAL_REPORT_PROCESS)),
      new FilterDefinition("local-follow-ups", "Follow-ups from local platforms",
          "What a local platform asked of your institution: answer before the deadline.", 1, "#9333ea",
          RoleAuthorizations.AGENCIES,
          tasks -> tasks.createTaskQuery().taskCandidateGroupIn(RoleAuthorizations.AGENCIES).includeAssignedTasks()
              .processDefinitionKey(RoleAuthorizations.LOCAL_REPORT_PROCESS)),
      new FilterDefinition("local-follow-up-chases", "Follow-up chases",
          "Follow-ups of local platforms past their deadline: contact the agency and record what was done.", 5,
          "#dc2626", List.of(SsrGroups.PROGRAMME_MANAGERS),
          tasks -> candidates(tasks, SsrGroups.PROGRAMME_MANAGERS)
              .processDefinitionKey(RoleAuthorizations.LOCAL_REPORT_PROCESS).orderByTaskPriority().desc()),
      new FilterDefinition("dialog-validations", "Validations by the dialog's parties",
          "Does the NSP or an institution's framework reflect the national dialog's agreements? The civil-society "
              + "monitor confirms or returns it; facilitators observe (read only).", 0, "#0369a1",
          List.of(SsrGroups.CIVIL_SOCIETY_MONITOR, SsrGroups.FACILITATORS),
          // no candidate restriction: the monitor sees them as candidate, facilitators by their READ grant per task
          tasks -> tasks.createTaskQuery().processDefinitionKey(RoleAuthorizations.PROGRAMME_PROCESS)
              .taskDefinitionKeyIn(VALIDATE_NSP_TASK, VALIDATE_AGENCY_FRAMEWORK_TASK).orderByTaskCreateTime().asc()),
      new FilterDefinition("facilitation", "Facilitation",
          "Dialog sessions, regional consultations and mediations you are asked to facilitate.", 0, "#0369a1",
          List.of(SsrGroups.FACILITATORS),
          tasks -> candidates(tasks, SsrGroups.FACILITATORS)));

  private static TaskQuery candidates(TaskService tasks, String group) {
    return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    FilterService filters = engine.getFilterService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    AuthorizationGrants grants = new AuthorizationGrants(authorizations);

    List<Filter> managed = new ArrayList<>(filters.createTaskFilterQuery().list().stream()
        .filter(filter -> filter.getOwner() == null)
        .toList());
    int changed = 0;
    for (FilterDefinition definition : ALL) {
      Filter filter = managed.stream().filter(f -> definition.key().equals(keyOf(f))).findFirst()
          .or(() -> managed.stream().filter(f -> keyOf(f) == null && definition.name().equals(f.getName())).findFirst())
          .orElse(null);
      if (filter != null) {
        managed.remove(filter);
      }
      if (apply(filters, filter, definition, engine.getTaskService())) {
        changed++;
      }
      Filter saved = filters.createTaskFilterQuery().filterName(definition.name()).list().stream()
          .filter(f -> f.getOwner() == null && definition.key().equals(keyOf(f)))
          .findFirst().orElseThrow();
      for (String group : definition.groups()) {
        grants.grantGroup(group, Resources.FILTER, saved.getId(), Permissions.READ);
      }
      revokeOtherGroups(authorizations, saved.getId(), Set.copyOf(definition.groups()));
    }
    for (Filter stale : managed) {
      if (keyOf(stale) != null) {
        LOG.info("Deleting the Tasklist filter '{}': no longer defined", stale.getName());
        filters.deleteFilter(stale.getId());
      }
    }
    LOG.info("Tasklist filters ready ({} defined, {} created or updated)", ALL.size(), changed);
  }

  /** Creates or updates the filter; true when something was written. */
  private static boolean apply(FilterService filters, Filter existing, FilterDefinition definition,
      TaskService tasks) {
    Filter filter = existing != null ? existing : filters.newTaskFilter(definition.name());
    String queryBefore = existing != null ? ((FilterEntity) existing).getQueryInternal() : null;
    String nameBefore = existing != null ? existing.getName() : null;
    String propertiesBefore = existing != null ? ((FilterEntity) existing).getPropertiesInternal() : null;
    filter.setName(definition.name());
    filter.setQuery(definition.query().apply(tasks));
    filter.setProperties(properties(definition));
    boolean unchanged = existing != null
        && sameJson(queryBefore, ((FilterEntity) filter).getQueryInternal())
        && sameJson(propertiesBefore, ((FilterEntity) filter).getPropertiesInternal())
        && definition.name().equals(nameBefore);
    if (unchanged) {
      return false;
    }
    filters.saveFilter(filter);
    return true;
  }

  private static final ObjectMapper JSON = Json.mapper();

  /**
   * Whether two JSON texts hold the same value. A filter read back from the database has its properties in another
   * key order than the map written, so comparing the texts saw every filter as changed and rewrote all of them (and
   * their grants) on every start.
   */
  static boolean sameJson(String before, String after) {
    if (Objects.equals(before, after)) {
      return true;
    }
    if (before == null || after == null) {
      return false;
    }
    try {
      return JSON.readTree(before).equals(JSON.readTree(after));
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static Map<String, Object> properties(FilterDefinition definition) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", definition.description());
    properties.put("priority", definition.priority());
    properties.put("color", definition.color());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", TasklistColumns.FILTER_COLUMNS);
    properties.put(KEY_PROPERTY, definition.key());
    return properties;
  }

  private static void revokeOtherGroups(AuthorizationService authorizations, String filterId, Set<String> groups) {
    for (Authorization authorization : authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.FILTER).resourceId(filterId).list()) {
      boolean foreignGroup = authorization.getGroupId() != null && !groups.contains(authorization.getGroupId())
          && !SsrGroups.CAMUNDA_ADMIN.equals(authorization.getGroupId());
      if (foreignGroup || authorization.getUserId() != null) {
        authorizations.deleteAuthorization(authorization.getId());
      }
    }
  }

  static String keyOf(Filter filter) {
    Map<String, Object> properties = filter.getProperties();
    Object key = properties == null ? null : properties.get(KEY_PROPERTY);
    return key == null ? null : key.toString();
  }
}
