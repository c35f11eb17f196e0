package org.ssr.workflow.finance;

import java.math.BigDecimal;

/** One validated line of a plan. {@code actionId} is null for an institution-level line. Amounts have scale 2. */
public record PlanLine(
    String actionId,
    String institution,
    int year,
    String costCategory,
    BigDecimal required,
    String fundingSource,
    BigDecimal available,
    String notes) {

  /** Two lines with the same key are duplicates. */
  public String key() {
    return (actionId == null ? "" : actionId) + '\u0000' + institution + '\u0000' + year + '\u0000' + costCategory
        + '\u0000' + fundingSource;
  }
}
