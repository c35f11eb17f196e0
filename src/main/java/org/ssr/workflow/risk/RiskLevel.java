package org.ssr.workflow.risk;

import java.util.Arrays;

/** The risk ladder of design.md, lowest first. */
public enum RiskLevel {
  LOW("low", "coordinationUnit"),
  MEDIUM("medium", "coordinationUnit"),
  HIGH("high", "programmeManagers"),
  CRITICAL("critical", "programmeManagers");

  private final String id;
  private final String actingGroup;

  RiskLevel(String id, String actingGroup) {
    this.id = id;
    this.actingGroup = actingGroup;
  }

  /** The value used in the DMN output, variables and the register. */
  public String id() {
    return id;
  }

  /** The group that acts on a risk of this level (same as the DMN's "who acts"). */
  public String actingGroup() {
    return actingGroup;
  }

  /** One level up; critical stays critical (it is chased instead). */
  public RiskLevel next() {
    return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
  }

  public static RiskLevel fromId(String id) {
    return Arrays.stream(values())
        .filter(level -> level.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown risk level '" + id + "'"));
  }
}
