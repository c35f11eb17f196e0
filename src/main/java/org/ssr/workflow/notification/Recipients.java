package org.ssr.workflow.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Who is told about a task: its assignee if it has one, else its candidate users and the members of its candidate
 * groups; only users with an e-mail address. Reads identities without authorization checks: call it where none apply
 * (inside {@code runWithoutAuthorization}, or on a thread without an authenticated user).
 */
final class Recipients {

  private Recipients() {}

  static List<Recipient> of(IdentityService identity, String assignee, Collection<String> candidateUsers,
      Collection<String> candidateGroups) {
    Map<String, Recipient> byUser = new LinkedHashMap<>();
    if (assignee != null) {
      addUser(identity, assignee, byUser);
      return List.copyOf(byUser.values());
    }
    candidateUsers.forEach(user -> addUser(identity, user, byUser));
    for (String group : candidateGroups) {
      byUser.putAll(membersOf(identity, group, byUser));
    }
    return List.copyOf(byUser.values());
  }

  /** The members of one group with an e-mail address. */
  static List<Recipient> ofGroups(IdentityService identity, Collection<String> groups) {
    Map<String, Recipient> byUser = new LinkedHashMap<>();
    for (String group : groups) {
      byUser.putAll(membersOf(identity, group, byUser));
    }
    return List.copyOf(byUser.values());
  }

  private static Map<String, Recipient> membersOf(IdentityService identity, String group,
      Map<String, Recipient> already) {
    Map<String, Recipient> members = new LinkedHashMap<>();
    // groups are a few dozen people; a page keeps the query within queryMaxResultsLimit
    for (User user : identity.createUserQuery().memberOfGroup(group).listPage(0, 1000)) {
      if (!already.containsKey(user.getId()) && hasEmail(user)) {
        members.put(user.getId(), new Recipient(user.getId(), user.getEmail().strip(), group));
      }
    }
    return members;
  }

  private static void addUser(IdentityService identity, String userId, Map<String, Recipient> byUser) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user != null && hasEmail(user)) {
      byUser.put(userId, new Recipient(userId, user.getEmail().strip(), null));
    }
  }

  private static boolean hasEmail(User user) {
    return user.getEmail() != null && user.getEmail().contains("@");
  }
}
