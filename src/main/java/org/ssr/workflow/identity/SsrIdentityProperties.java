package org.ssr.workflow.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ssr.demo-data}: create the demo users (local profile only). {@code ssr.admin.id} / {@code ssr.admin.password}:
 * the administrator of a real installation, from the environment (SSR_ADMIN_ID, SSR_ADMIN_PASSWORD).
 */
@ConfigurationProperties(prefix = "ssr")
public record SsrIdentityProperties(boolean demoData, Admin admin) {

  public record Admin(String id, String password) {
    public boolean isComplete() {
      return id != null && !id.isBlank() && password != null && !password.isBlank();
    }
  }

  public SsrIdentityProperties {
    if (admin == null) {
      admin = new Admin(null, null);
    }
  }
}
