package org.ssr.workflow.local;

import java.text.Normalizer;

/**
 * The group of a region's local platform: {@code local} + the programme code + the region, letters and digits only
 * (the engine's group-id whitelist), e.g. programme {@code DEMO}, region {@code North} → {@code localDEMONorth}. Its
 * members (community, local security force, local government) are also members of
 * {@link org.ssr.workflow.identity.SsrGroups#LOCAL_PLATFORMS}, which carries the grants every platform shares.
 */
public final class LocalPlatformGroups {

  public static final String TYPE = "LOCAL_PLATFORM";
  private static final int MAX_ID = 64;

  private LocalPlatformGroups() {}

  public static String groupId(String programmeCode, String region) {
    StringBuilder id = new StringBuilder("local").append(alphanumeric(programmeCode));
    for (String word : ascii(region).split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return id.length() > MAX_ID ? id.substring(0, MAX_ID) : id.toString();
  }

  public static String groupName(String programmeCode, String region) {
    return "Local platform " + region + " (" + programmeCode + ")";
  }

  private static String alphanumeric(String text) {
    return ascii(text).replaceAll("[^A-Za-z0-9]", "");
  }

  /** Accents dropped (é → e): the engine accepts only ASCII letters and digits. */
  private static String ascii(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
