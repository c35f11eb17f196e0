package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The engine with {@link AuthorizationGroupsAsGiven} grants and refuses exactly what the stock engine does, for users
 * whose groups are partly named by no authorization at all, with group grants, a group revoke under a global grant and
 * a user's revoke of their group's grant; and its checks no longer narrow the user's groups (the table scan).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationGroupsAsGivenTest {

  private static final List<String> USERS = List.of("member", "revoked", "ungranted", "nobody");
  private static final Map<String, List<String>> GROUPS = Map.of(
      "member", List.of("granted", "unnamed"),
      "revoked", List.of("granted", "unnamed"),
      "ungranted", List.of("unnamed"),
      "nobody", List.of());

  private ProcessEngine stock;
  private ProcessEngine asGiven;

  @BeforeAll
  void twoEnginesWithTheSameAuthorizations() {
    stock = engine("groups-stock", false);
    asGiven = engine("groups-as-given", true);
  }

  @AfterAll
  void close() {
    stock.close();
    asGiven.close();
  }

  @Test
  void everyCheckAnswersAsTheStockEngine() {
    Map<String, Boolean> expected = answers(stock);
    assertThat(answers(asGiven)).isEqualTo(expected);
    // the matrix is not trivial: each kind of answer occurs
    assertThat(expected).containsEntry("member READ PROCESS_DEFINITION a", true)
        .containsEntry("revoked READ PROCESS_DEFINITION a", false)
        .containsEntry("member READ PROCESS_DEFINITION b", false)
        .containsEntry("ungranted READ PROCESS_DEFINITION b", true)
        .containsEntry("ungranted READ PROCESS_DEFINITION a", false);
  }

  @Test
  void theTaskListOfEachUserIsTheStockEnginesToo() {
    for (String user : USERS) {
      assertThat(tasks(asGiven, user)).as(user).isEqualTo(tasks(stock, user));
    }
    assertThat(tasks(stock, "member")).containsExactly("offered to granted");
    assertThat(tasks(stock, "ungranted")).isEmpty();
  }

  @Test
  void theEnginesChecksTakeTheGroupsAsGiven_withoutReadingWhichGroupsHaveAuthorizations() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) asGiven.getProcessEngineConfiguration();
    List<String> groups = configuration.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(AuthorizationGroupsAsGiven.Manager.class);
      return manager.filterAuthenticatedGroupIds(new ArrayList<>(List.of("unnamed", "granted", "unnamed")));
    });
    assertThat(groups).containsExactly("unnamed", "granted");
    ProcessEngineConfigurationImpl stockConfiguration =
        (ProcessEngineConfigurationImpl) stock.getProcessEngineConfiguration();
    List<String> stockGroups = stockConfiguration.getCommandExecutorTxRequired().execute(context -> context
        .getAuthorizationManager().filterAuthenticatedGroupIds(List.of("unnamed", "granted")));
    assertThat(stockGroups).as("the stock engine drops a group no authorization names").containsExactly("granted");
  }

  private static ProcessEngine engine(String name, boolean asGiven) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    if (asGiven) {
      configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new AuthorizationGroupsAsGiven())));
    }
    ProcessEngine engine = configuration.buildProcessEngine();
    IdentityService identity = engine.getIdentityService();
    for (String group : List.of("granted", "unnamed")) {
      identity.saveGroup(identity.newGroup(group));
    }
    GROUPS.forEach((user, groups) -> {
      identity.saveUser(identity.newUser(user));
      groups.forEach(group -> identity.createMembership(user, group));
    });
    AuthorizationService authorizations = engine.getAuthorizationService();
    // the engine grants a new group's members READ on the group: without that, no authorization names "unnamed"
    authorizations.createAuthorizationQuery().groupIdIn("unnamed").list()
        .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    // a: the group may read; one of its members is refused by a revoke of their own
    save(authorizations, Authorization.AUTH_TYPE_GRANT, null, "granted", Resources.PROCESS_DEFINITION, "a",
        Permissions.READ);
    save(authorizations, Authorization.AUTH_TYPE_REVOKE, "revoked", null, Resources.PROCESS_DEFINITION, "a",
        Permissions.READ);
    // b: everyone may read, but the group is refused
    save(authorizations, Authorization.AUTH_TYPE_GLOBAL, "*", null, Resources.PROCESS_DEFINITION, "b",
        Permissions.READ);
    save(authorizations, Authorization.AUTH_TYPE_REVOKE, null, "granted", Resources.PROCESS_DEFINITION, "b",
        Permissions.READ);
    // tasks: one offered to the group with a grant (the engine adds the group's task authorization), one to nobody
    Task offered = engine.getTaskService().newTask();
    offered.setName("offered to granted");
    engine.getTaskService().saveTask(offered);
    engine.getTaskService().addCandidateGroup(offered.getId(), "granted");
    Task unoffered = engine.getTaskService().newTask();
    unoffered.setName("offered to no one");
    engine.getTaskService().saveTask(unoffered);
    return engine;
  }

  private static void save(AuthorizationService authorizations, int type, String user, String group,
      Resource resource, String id, Permission permission) {
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      authorization.removePermission(permission); // a revoke starts with every permission and names what it takes
    } else {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private static Map<String, Boolean> answers(ProcessEngine engine) {
    Map<String, Boolean> answers = new LinkedHashMap<>();
    for (String user : USERS) {
      for (Permission permission : List.of(Permissions.READ, Permissions.UPDATE)) {
        for (String definition : List.of("a", "b", "c")) {
          answers.put(user + " " + permission.getName() + " PROCESS_DEFINITION " + definition,
              engine.getAuthorizationService().isUserAuthorized(user, GROUPS.get(user), permission,
                  Resources.PROCESS_DEFINITION, definition));
        }
      }
    }
    return answers;
  }

  private static List<String> tasks(ProcessEngine engine, String user) {
    engine.getIdentityService().setAuthentication(user, GROUPS.get(user));
    try {
      return engine.getTaskService().createTaskQuery().orderByTaskName().asc().list().stream().map(Task::getName)
          .toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
