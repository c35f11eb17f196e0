package org.ssr.workflow.monitoring;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricIdentityLinkLogEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may see which programme, decided by the engine's authorizations and the programme's history:
 * <ul>
 *   <li>whoever may read the history of ssr-programme instances (the engine grant READ_HISTORY on the process
 *       definition: programme managers through org.ssr.workflow.identity.RoleAuthorizations, administrators through
 *       their ALL grant)
 *       sees every programme;</li>
 *   <li>everyone else sees the programmes they take part in: they started it, a task of the programme or of a
 *       review or risk it called was ever offered to one of their groups or to them (candidate), or they worked on
 *       one (assignee), or the engine grants them READ on that process instance.</li>
 * </ul>
 * Runs its queries without the user's authentication: it is the check, not the checked.
 */
public class ProgrammeAccess {

  private final AuthorizationService authorizations;
  private final HistoryService history;
  private final ManagementService management;

  public ProgrammeAccess(ProcessEngine engine) {
    this.authorizations = engine.getAuthorizationService();
    this.history = engine.getHistoryService();
    this.management = engine.getManagementService();
  }

  /** What one user may see; ask it for each programme. */
  @FunctionalInterface
  public interface View {
    boolean sees(HistoricProcessInstance programme);
  }

  public View of(Authentication user) {
    if (user == null || user.getUserId() == null) {
      return programme -> false;
    }
    String userId = user.getUserId();
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (authorizations.isUserAuthorized(userId, groups, READ_HISTORY, PROCESS_DEFINITION,
        ProgrammeStepElements.PROCESS_KEY)) {
      return programme -> true;
    }
    Set<String> rootIds = takesPartIn(userId, groups);
    Set<String> granted = grantedInstances(userId, groups);
    boolean grantedAny = granted.contains(Authorization.ANY);
    return programme -> rootIds.contains(programme.getId())
        || userId.equals(programme.getStartUserId())
        || ((grantedAny || granted.contains(programme.getId()))
            && authorizations.isUserAuthorized(userId, groups, READ, PROCESS_INSTANCE, programme.getId()));
  }

  /**
   * The process instances named by a grant (or global authorization) on process instances for the user or one of
   * their groups: the engine can authorize READ on an instance only through such a grant (on the instance or on
   * {@code *}), so the engine's own check ({@code isUserAuthorized}, with revokes and precedence) is asked only for
   * those, not once for every programme of the list.
   *
   * <p>One query per kind and holder (the global authorizations; the user's grants and those to every user; each
   * group's grants), each a lookup in the engine's unique index {@code (TYPE_, USER_ID_ | GROUP_ID_, RESOURCE_TYPE_,
   * RESOURCE_ID_)}. Asking for all of a group's authorizations at once read every task grant of the group (10,009
   * for parliament on the load model) to find its few grants on process instances.
   */
  private Set<String> grantedInstances(String userId, List<String> groups) {
    List<Authorization> found = new java.util.ArrayList<>(authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL).resourceType(PROCESS_INSTANCE).list());
    for (String holder : List.of(userId, Authorization.ANY)) {
      found.addAll(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .userIdIn(holder).resourceType(PROCESS_INSTANCE).list());
    }
    for (String group : groups) {
      found.addAll(authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
          .groupIdIn(group).resourceType(PROCESS_INSTANCE).list());
    }
    Set<String> ids = new HashSet<>();
    found.forEach(a -> ids.add(a.getResourceId()));
    return ids;
  }

  /**
   * The programmes the user or their groups were ever offered work in or worked on, from the history's identity links
   * (candidate groups; the user as candidate, assignee or owner, which the engine logs on every change of a task's
   * assignee too), and the instances the user started. A link's root instance is the programme, for the tasks of the
   * reviews and risks it called too.
   *
   * <p>For a group, each programme is asked whether one of its links names the group, through the index
   * {@code (ROOT_PROC_INST_ID_, GROUP_ID_, TYPE_)} ({@link org.ssr.workflow.engine.EngineIndexes}): one seek per
   * programme, whether the group was offered ten tasks or tens of thousands. Reading the group's links instead (11,400
   * for parliament on the load model, whose roots are mostly reviews and not programmes) cost a member's dashboard
   * 100 ms on H2 (docs/benchmarks.md, "Fourth pass"). The user's own links are few and read through the user index.
   */
  private Set<String> takesPartIn(String userId, Collection<String> groups) {
    Set<String> roots = new HashSet<>();
    String instances = management.getTableName(HistoricProcessInstance.class);
    String links = management.getTableName(HistoricIdentityLinkLogEntity.class);
    String programmes = "SELECT * FROM " + instances + " P WHERE P.PROC_DEF_KEY_ = #{key} AND ";
    for (String group : groups) {
      history.createNativeHistoricProcessInstanceQuery()
          .sql(programmes + "EXISTS (SELECT 1 FROM " + links + " L WHERE L.ROOT_PROC_INST_ID_ = P.ID_"
              + " AND L.GROUP_ID_ = #{group} AND L.TYPE_ = #{type})")
          .parameter("key", ProgrammeStepElements.PROCESS_KEY)
          .parameter("group", group).parameter("type", IdentityLinkType.CANDIDATE)
          .list().forEach(programme -> roots.add(programme.getId()));
    }
    history.createNativeHistoricProcessInstanceQuery()
        .sql(programmes + "P.ID_ IN (SELECT L.ROOT_PROC_INST_ID_ FROM " + links + " L WHERE L.USER_ID_ = #{user})")
        .parameter("key", ProgrammeStepElements.PROCESS_KEY).parameter("user", userId)
        .list().forEach(programme -> roots.add(programme.getId()));
    for (HistoricProcessInstance started : history.createHistoricProcessInstanceQuery().startedBy(userId).list()) {
      addRoot(roots, started.getRootProcessInstanceId(), started.getId());
    }
    roots.remove(null);
    return roots;
  }

  private static void addRoot(Set<String> into, String root, String processInstanceId) {
    into.add(root != null ? root : processInstanceId);
  }
}
