package org.ssr.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Idempotent group grants: a grant that already exists is widened, never duplicated. */
public final class AuthorizationGrants {

  private final AuthorizationService authorizationService;

  public AuthorizationGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
