package org.ssr.workflow.local;

import org.ssr.workflow.engine.Labelled;

/** How serious the platform judges an issue. */
public enum Severity implements Labelled {
  LOW("low", "Low"),
  MEDIUM("medium", "Medium"),
  HIGH("high", "High");

  private final String id;
  private final String label;

  Severity(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }
}
