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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

  public ProgrammeAccess(ProcessEngine engine) {
    this.authorizations = engine.getAuthorizationService();
    this.history = engine.getHistoryService();
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
   * their groups, from two queries: the engine can authorize READ on an instance only through such a grant (on the
   * instance or on {@code *}), so the engine's own check ({@code isUserAuthorized}, with revokes and precedence) is
   * asked only for those, not once for every programme of the list.
   */
  private Set<String> grantedInstances(String userId, List<String> groups) {
    Set<String> ids = new HashSet<>();
    List<Authorization> found = new java.util.ArrayList<>(authorizations.createAuthorizationQuery()
        .resourceType(PROCESS_INSTANCE).userIdIn(userId, Authorization.ANY).list());
    if (!groups.isEmpty()) {
      found.addAll(authorizations.createAuthorizationQuery().resourceType(PROCESS_INSTANCE)
          .groupIdIn(groups.toArray(String[]::new)).list());
    }
    found.stream().filter(a -> a.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE)
        .forEach(a -> ids.add(a.getResourceId()));
    return ids;
  }

  /** Root process instance ids of everything the user or their groups were ever offered or worked on. */
  private Set<String> takesPartIn(String userId, Collection<String> groups) {
    Set<String> processInstanceIds = new HashSet<>();
    List<HistoricIdentityLinkLog> links = new java.util.ArrayList<>();
    for (String group : groups) {
      links.addAll(history.createHistoricIdentityLinkLogQuery().groupId(group).type(IdentityLinkType.CANDIDATE).list());
    }
    links.addAll(history.createHistoricIdentityLinkLogQuery().userId(userId).list());
    for (HistoricIdentityLinkLog link : links) {
      if (link.getRootProcessInstanceId() != null) {
        processInstanceIds.add(link.getRootProcessInstanceId());
      } else if (link.getTaskId() != null) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(link.getTaskId()).singleResult();
        if (task != null) {
          addRoot(processInstanceIds, task.getRootProcessInstanceId(), task.getProcessInstanceId());
        }
      }
    }
    for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().taskAssignee(userId).list()) {
      addRoot(processInstanceIds, task.getRootProcessInstanceId(), task.getProcessInstanceId());
    }
    for (HistoricProcessInstance started : history.createHistoricProcessInstanceQuery().startedBy(userId).list()) {
      addRoot(processInstanceIds, started.getRootProcessInstanceId(), started.getId());
    }
    processInstanceIds.remove(null);
    return processInstanceIds;
  }

  private static void addRoot(Set<String> into, String root, String processInstanceId) {
    into.add(root != null ? root : processInstanceId);
  }
}
