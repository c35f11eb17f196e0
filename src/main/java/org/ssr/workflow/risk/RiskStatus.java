package org.ssr.workflow.risk;

import org.ssr.workflow.engine.Messages;

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

  /** The risk package's message bundle. */
  public static final String BUNDLE = "risk";

  private final String label;

  RiskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The status in words in a language ({@code i18n/risk*.properties}, docs/languages.md). */
  public String label(String language) {
    return Messages.of(BUNDLE, language).text("status." + name());
  }

  /** The words of a status name in a language; a name that is no status is shown as {@code otherwise}. */
  public static String labelOf(String name, String language, String otherwise) {
    for (RiskStatus status : values()) {
      if (status.name().equals(name)) {
        return status.label(language);
      }
    }
    return otherwise;
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
