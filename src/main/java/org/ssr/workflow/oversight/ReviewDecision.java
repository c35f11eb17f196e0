package org.ssr.workflow.oversight;

/** What one oversight body decides about the document under review. */
public enum ReviewDecision {
  APPROVED("approved"),
  RETURNED("returned"),
  REJECTED("rejected");

  private final String value;

  ReviewDecision(String value) {
    this.value = value;
  }

  /** The value stored in variables and in the decision log ("approved", "returned", "rejected"). */
  public String value() {
    return value;
  }

  /** Only approval may be given without reasons. */
  public boolean requiresReasons() {
    return this != APPROVED;
  }

  /** The decision for a stored value, or null if the value is none of them. */
  public static ReviewDecision fromValue(String value) {
    for (ReviewDecision decision : values()) {
      if (decision.value.equals(value)) {
        return decision;
      }
    }
    return null;
  }
}
