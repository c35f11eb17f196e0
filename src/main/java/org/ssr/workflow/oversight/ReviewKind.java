package org.ssr.workflow.oversight;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What an oversight review is about: the documents the seed says are "supervised by the respective oversight
 * structures".
 */
public enum ReviewKind {
  NSP("National Security Policy framework"),
  AGENCY_FRAMEWORK("agency policy framework"),
  FINANCIAL_PLAN("financial feasibility plan"),
  GOVERNANCE_STRUCTURES("governance and oversight structures");

  private final String displayName;

  ReviewKind(String displayName) {
    this.displayName = displayName;
  }

  /** Plain-language name for task names and forms. */
  public String displayName() {
    return displayName;
  }

  /** The kind named by a code of the call-activity contract; refuses unknown codes. */
  public static ReviewKind fromCode(String code) {
    for (ReviewKind kind : values()) {
      if (kind.name().equals(code)) {
        return kind;
      }
    }
    throw new InvalidReviewRequestException("Unknown review kind '" + code + "'; expected one of "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
