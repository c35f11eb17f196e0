package org.ssr.workflow.local;

import org.springframework.stereotype.Component;

/**
 * The configured consolidation cycle for the timer of local-platforms' event subprocess
 * ({@code ${localPlatformsSettings.consolidationCycle}}): that timer is created when the instance starts, before any
 * task could have copied the setting into a variable.
 */
@Component(LocalPlatformsSettings.BEAN)
public class LocalPlatformsSettings {

  public static final String BEAN = "localPlatformsSettings";

  private final LocalPlatformsProperties properties;

  public LocalPlatformsSettings(LocalPlatformsProperties properties) {
    this.properties = properties;
  }

  public String getConsolidationCycle() {
    return properties.consolidationCycle();
  }
}
