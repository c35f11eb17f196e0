package org.ssr.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * What ACT_RU_AUTHORIZATION holds once the application has started: the role model of docs/roles.md and nothing
 * that undermines it (no global "*" grants such as "every user may create filters", no task grant beyond the
 * per-task grants the engine gives candidate groups). Prints the grants, for docs/roles.md.
 */
@SsrApplicationTest
class RoleAuthorizationsTest {

  /** Resources only the IT administrators may touch at all (beyond the engine's per-user/per-group defaults). */
  static final Set<Resources> ADMIN_ONLY = Set.of(Resources.DEPLOYMENT, Resources.USER, Resources.GROUP,
      Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP,
      Resources.BATCH, Resources.SYSTEM, Resources.REPORT, Resources.DASHBOARD, Resources.OPERATION_LOG_CATEGORY,
      Resources.OPTIMIZE, Resources.HISTORIC_TASK, Resources.HISTORIC_PROCESS_INSTANCE);

  /** Process-definition permissions that would make tasks visible or workable beyond the candidate group. */
  static final Set<Permission> TASK_WIDE = Set.of(ProcessDefinitionPermissions.READ_TASK,
      ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK,
      ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.UPDATE_TASK_VARIABLE,
      ProcessDefinitionPermissions.READ_TASK_VARIABLE, ProcessDefinitionPermissions.UPDATE,
      ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.DELETE,
      ProcessDefinitionPermissions.DELETE_INSTANCE, ProcessDefinitionPermissions.SUSPEND,
      ProcessDefinitionPermissions.SUSPEND_INSTANCE, ProcessDefinitionPermissions.MIGRATE_INSTANCE);

  @Autowired
  ProcessEngine engine;

  @Test
  void candidatesGetTaskWorkNotUpdate() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDefaultUserPermissionForTask().getName()).isEqualTo("TASK_WORK");
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
  }

  @Test
  void startUpGrantsFollowTheRoleModel() {
    AuthorizationService service = engine.getAuthorizationService();
    List<Authorization> all = new ArrayList<>(service.createAuthorizationQuery().list());
    all.sort(Comparator.comparing((Authorization a) -> a.getResourceType())
        .thenComparing(a -> String.valueOf(a.getGroupId())).thenComparing(a -> String.valueOf(a.getResourceId())));
    StringBuilder table = new StringBuilder("Start-up group grants (user grants: the engine's own, per user):\n");
    List<String> violations = new ArrayList<>();
    for (Authorization a : all) {
      Resources resource = resource(a.getResourceType());
      String who = a.getGroupId() != null ? "group " + a.getGroupId() : "user " + a.getUserId();
      String what = resource + " " + a.getResourceId() + " " + Arrays.toString(names(a, resource));
      if (a.getGroupId() != null && resource != Resources.TASK && resource != Resources.FILTER) {
        table.append("  ").append(who).append(": ").append(what).append('\n');
      }
      if ("*".equals(a.getUserId()) || "*".equals(a.getGroupId())) {
        violations.add("global grant: " + who + " " + what);
      }
      if (a.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
        continue;
      }
      boolean admin = SsrGroups.CAMUNDA_ADMIN.equals(a.getGroupId());
      if (admin) {
        continue;
      }
      if (resource == Resources.FILTER && a.isPermissionGranted(Permissions.CREATE)) {
        violations.add("FILTER CREATE for " + who);
      }
      if (resource == Resources.TASK && Authorization.ANY.equals(a.getResourceId())) {
        violations.add("global task grant: " + who + " " + what);
      }
      if (resource == Resources.PROCESS_DEFINITION) {
        for (Permission permission : TASK_WIDE) {
          if (a.isPermissionGranted(permission)) {
            violations.add("process-definition grant beyond read/start: " + who + " " + what);
            break;
          }
        }
      }
      if (resource == Resources.PROCESS_INSTANCE && (a.isPermissionGranted(Permissions.UPDATE)
          || a.isPermissionGranted(Permissions.DELETE))) {
        violations.add("process-instance change: " + who + " " + what);
      }
      boolean ownUser = resource == Resources.USER && a.getUserId() != null && a.getUserId().equals(a.getResourceId());
      boolean ownGroup = resource == Resources.GROUP && a.getGroupId() != null
          && a.getGroupId().equals(a.getResourceId()) && Arrays.equals(names(a, resource), new String[] {"READ"});
      if (ADMIN_ONLY.contains(resource) && !ownUser && !ownGroup) {
        violations.add("admin-only resource: " + who + " " + what);
      }
      if (resource == Resources.APPLICATION && "admin".equals(a.getResourceId())) {
        violations.add("Admin app for " + who);
      }
      if (resource == Resources.APPLICATION && "cockpit".equals(a.getResourceId())
          && !SsrGroups.PROGRAMME_MANAGERS.equals(a.getGroupId())) {
        violations.add("Cockpit for " + who);
      }
    }
    System.out.println(table);
    violations.forEach(System.out::println);
    assertThat(violations).isEmpty();
  }

  @Test
  void everyRoleHasTasklistAndMayReportRisks() {
    AuthorizationService service = engine.getAuthorizationService();
    for (String role : RoleAuthorizations.ROLES) {
      List<String> groups = List.of(role);
      assertThat(service.isUserAuthorized("someone", groups, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
          .as(role + " Tasklist").isTrue();
      assertThat(service.isUserAuthorized("someone", groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, RoleAuthorizations.RISK_REPORT_PROCESS)).as(role + " reports risks").isTrue();
      assertThat(service.isUserAuthorized("someone", groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, RoleAuthorizations.PROGRAMME_PROCESS))
          .as(role + " starts programmes").isEqualTo(role.equals(SsrGroups.COORDINATION_UNIT));
    }
  }

  private static Resources resource(int type) {
    return Arrays.stream(Resources.values()).filter(r -> r.resourceType() == type).findFirst().orElseThrow();
  }

  private String[] names(Authorization a, Resource resource) {
    Permission[] permissions = a.getPermissions(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPermissionProvider()
            .getPermissionsForResource(resource.resourceType()));
    if (Arrays.stream(permissions).anyMatch(p -> p.getName().equals("ALL"))) {
      return new String[] {"ALL"};
    }
    return Arrays.stream(permissions).map(Permission::getName).filter(name -> !name.equals("NONE"))
        .toArray(String[]::new);
  }
}
