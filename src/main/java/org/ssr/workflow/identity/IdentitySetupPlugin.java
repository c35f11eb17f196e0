package org.ssr.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, their base grants and the users right after the engine is built: before the web server takes
 * its first request, so the webapps' initial-admin setup never has a chance to run. Idempotent on every start.
 */
@Component
public class IdentitySetupPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetupPlugin.class);

  private final SsrIdentityProperties properties;
  private final java.util.List<GroupGrantContributor> contributors;

  public IdentitySetupPlugin(SsrIdentityProperties properties, java.util.List<GroupGrantContributor> contributors) {
    this.properties = properties;
    this.contributors = contributors;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (SsrGroups.GroupDefinition definition : SsrGroups.ALL) {
      if (identity.createGroupQuery().groupId(definition.id()).count() == 0) {
        Group group = identity.newGroup(definition.id());
        group.setName(definition.name());
        group.setType(definition.type());
        identity.saveGroup(group);
      }
    }

    AuthorizationGrants grants = new AuthorizationGrants(engine.getAuthorizationService());
    // the administrators may do everything, on every resource (as the engine's own admin setup would grant)
    for (Resources resource : Resources.values()) {
      grants.grantGroup(Groups.CAMUNDA_ADMIN, resource, ANY, ALL);
    }
    // every role works in Tasklist; Cockpit is for programme managers (administrators have it through ALL above)
    for (SsrGroups.GroupDefinition definition : SsrGroups.ALL) {
      if (!definition.id().equals(SsrGroups.CAMUNDA_ADMIN)) {
        grants.grantGroup(definition.id(), Resources.APPLICATION, "tasklist", ACCESS);
      }
    }
    grants.grantGroup(SsrGroups.PROGRAMME_MANAGERS, Resources.APPLICATION, "cockpit", ACCESS);
    contributors.forEach(contributor -> contributor.grant(grants));

    if (properties.demoData()) {
      for (SsrGroups.GroupDefinition definition : DemoUsers.DEMO_GROUPS) {
        if (identity.createGroupQuery().groupId(definition.id()).count() == 0) {
          Group group = identity.newGroup(definition.id());
          group.setName(definition.name());
          group.setType(definition.type());
          identity.saveGroup(group);
        }
      }
      for (DemoUsers.DemoUser demo : DemoUsers.ALL) {
        ensureUser(identity, demo.id(), demo.firstName(), demo.lastName(), DemoUsers.PASSWORD, demo.groupId());
        String also = DemoUsers.ALSO_MEMBER_OF.get(demo.groupId());
        if (also != null && identity.createUserQuery().userId(demo.id()).memberOfGroup(also).count() == 0) {
          identity.createMembership(demo.id(), also);
        }
      }
      LOG.info("Demo users ready ({}), password as documented in the README", DemoUsers.ALL.size());
    }
    SsrIdentityProperties.Admin admin = properties.admin();
    if (admin.isComplete()) {
      ensureUser(identity, admin.id(), "SSR", "Administrator", admin.password(), SsrGroups.CAMUNDA_ADMIN);
    }
  }

  private static void ensureUser(IdentityService identity, String id, String firstName, String lastName,
      String password, String groupId) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@ssr.example");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(id, groupId);
    }
  }

  /** Features add their own group grants (process definitions, filters, ...) through this hook. */
  public interface GroupGrantContributor {
    void grant(AuthorizationGrants grants);
  }
}
