package org.ssr.workflow.implementation;

import org.ssr.workflow.engine.Labelled;

/** Where an action of the strategy stands, as its owner institution reports it each year. */
public enum ActionStatus implements Labelled {
  ON_TRACK("onTrack", "On track"),
  DELAYED("delayed", "Delayed"),
  BLOCKED("blocked", "Blocked"),
  DONE("done", "Done");

  private final String id;
  private final String label;

  ActionStatus(String id, String label) {
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
