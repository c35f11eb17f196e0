package org.ssr.workflow.oversight;

import org.ssr.workflow.engine.Labelled;

/**
 * What an oversight review is about: the documents the seed says are "supervised by the respective oversight
 * structures".
 */
public enum ReviewKind implements Labelled {
  NSP("National Security Policy framework"),
  AGENCY_FRAMEWORK("agency policy framework"),
  FINANCIAL_PLAN("financial feasibility plan"),
  GOVERNANCE_STRUCTURES("governance and oversight structures"),
  // implementation (bpmn/programme-implementation.bpmn)
  ANNUAL_IMPLEMENTATION_REPORT("annual implementation report"),
  STRATEGY_AMENDMENT("amendment of the transformation strategy"),
  FINAL_EVALUATION("final evaluation");

  private final String displayName;

  ReviewKind(String displayName) {
    this.displayName = displayName;
  }

  /** Plain-language name for task names and forms. */
  public String displayName() {
    return displayName;
  }

  /** The code of the call-activity contract ({@code reviewKind}): the constant's name. */
  @Override
  public String id() {
    return name();
  }

  @Override
  public String label() {
    return displayName;
  }

  /** The kind named by a code of the call-activity contract; refuses unknown codes. */
  public static ReviewKind fromCode(String code) {
    return Labelled.byId(ReviewKind.class, code).orElseThrow(() -> new InvalidReviewRequestException(
        "Unknown review kind '" + code + "'; expected one of " + String.join(", ", Labelled.ids(ReviewKind.class))));
  }
}
