package org.ssr.workflow.web;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ssr.installation-name} (environment: SSR_INSTALLATION_NAME): what Tasklist, Cockpit and Admin call this
 * system in their header, page title and top banner, e.g. "SSR Workflow" or "National SSR Coordination – Testland".
 *
 * <p>The name goes into the webapps' translations, some of which are rendered as HTML, and into JavaScript: only
 * letters, digits, spaces and plain punctuation are accepted, so an odd value stops the start-up with a message instead
 * of breaking (or scripting) every page.
 */
@ConfigurationProperties(prefix = "ssr")
public record InstallationProperties(String installationName) {

  public static final String DEFAULT_NAME = "SSR Workflow";

  private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,:;()'’/_–—-]{1,80}");

  public InstallationProperties {
    installationName = installationName == null || installationName.isBlank() ? DEFAULT_NAME : installationName.strip();
    if (!ALLOWED.matcher(installationName).matches()) {
      throw new IllegalArgumentException("ssr.installation-name (SSR_INSTALLATION_NAME) must be 1 to 80 letters, "
          + "digits, spaces or the punctuation . , : ; ( ) ' / _ - – —; got: " + installationName);
    }
  }
}
