package org.ssr.workflow.risk;

/** Where a risk stands, as shown in the risk register. */
public enum RiskStatus {
  REPORTED("Reported, awaiting assessment"),
  MONITORED("Monitored until the review date"),
  MITIGATION_PLAN_DUE("Mitigation plan due"),
  DECISION_DUE("Decision by programme managers due"),
  IN_MEDIATION("In mediation by facilitators"),
  URGENT_REVIEW("Urgent review by programme managers"),
  TRACK_ON_HOLD("Transformation track on hold"),
  RESOLVED("Closed: resolved"),
  ACCEPTED("Closed: accepted"),
  PROGRAMME_ENDED("Programme ended"),
  CANCELLED("Closed without a decision (programme ended or risk cancelled)");

  private final String label;

  RiskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this != RESOLVED && this != ACCEPTED && this != PROGRAMME_ENDED && this != CANCELLED;
  }

  /** The status a risk of this level has while someone must act on it. */
  public static RiskStatus actingOn(RiskLevel level) {
    return switch (level) {
      case LOW -> MONITORED;
      case MEDIUM -> MITIGATION_PLAN_DUE;
      case HIGH -> DECISION_DUE;
      case CRITICAL -> URGENT_REVIEW;
    };
  }
}
