package org.ssr.workflow.monitoring;

/** Where one of the twelve steps stands, as the dashboard and the report show it. */
public enum StepState {
  DONE("done"),
  ACTIVE("active"),
  SKIPPED("skipped (does not apply)"),
  NOT_STARTED("not started"),
  /** The programme ended (a critical risk, or cancelled) while the step was under way. */
  STOPPED("stopped when the programme ended");

  private final String label;

  StepState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
