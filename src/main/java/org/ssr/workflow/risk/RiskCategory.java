package org.ssr.workflow.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Categories offered by forms/risk-report.form; ids are the form values and the DMN input. */
public enum RiskCategory {
  POLITICAL("political", "Political"),
  SECURITY("security", "Security"),
  SOCIAL_TENSION("socialTension", "Social tension"),
  CAPACITY("capacity", "Capacity"),
  FINANCIAL("financial", "Financial"),
  DONOR_RELATED("donorRelated", "Donor-related"),
  HUMAN_RIGHTS("humanRights", "Human rights"),
  SHORT_TERM_THREAT("shortTermThreat", "Short-term threat"),
  OTHER("other", "Other");

  private final String id;
  private final String label;

  RiskCategory(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** Short-term threats go to step 3 (rapid containment), everything else to step 12. */
  public String messageName() {
    return this == SHORT_TERM_THREAT
        ? RiskReportProcess.MESSAGE_SHORT_TERM_THREAT_REPORTED
        : RiskReportProcess.MESSAGE_RISK_REPORTED;
  }

  public static Optional<RiskCategory> fromId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  /** The ids a client may send, in the form's order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(RiskCategory::id).toList();
  }

  public static String labelOf(String id) {
    return fromId(id).map(RiskCategory::label).orElse(id);
  }
}
