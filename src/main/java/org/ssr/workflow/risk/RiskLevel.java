package org.ssr.workflow.risk;

import org.ssr.workflow.engine.Labelled;

/** The risk ladder (docs/risk.md, bpmn/risk-rating.dmn), lowest first. */
public enum RiskLevel implements Labelled {
  LOW("low", "Low", "coordinationUnit"),
  MEDIUM("medium", "Medium", "coordinationUnit"),
  HIGH("high", "High", "programmeManagers"),
  CRITICAL("critical", "Critical", "programmeManagers");

  private final String id;
  private final String label;
  private final String actingGroup;

  RiskLevel(String id, String label, String actingGroup) {
    this.id = id;
    this.label = label;
    this.actingGroup = actingGroup;
  }

  /** The value used in the DMN output, variables and the register. */
  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
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
    return Labelled.byId(RiskLevel.class, id)
        .orElseThrow(() -> new IllegalArgumentException("Unknown risk level '" + id + "'"));
  }
}
