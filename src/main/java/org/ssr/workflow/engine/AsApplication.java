package org.ssr.workflow.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine reads as the application itself, without the caller's authorizations, and restores the caller after.
 * For endpoints that decide who may read with their own rule (a role taking part in a programme) where the engine's
 * per-instance grants would refuse: the endpoint must check that rule before it calls this.
 */
public final class AsApplication {

  private AsApplication() {}

  public static <T> T call(IdentityService identity, Supplier<T> work) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
