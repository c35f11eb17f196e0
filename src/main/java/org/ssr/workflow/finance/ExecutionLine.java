package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One row of a budget execution: a line of the approved plan (action, institution, year, funding source) with its
 * planned amount (what the source provides for it that year, summed over the plan's cost categories) and what was
 * committed and spent. {@code actionId} is null for an institution-level line. Amounts have scale 2.
 */
public record ExecutionLine(
    String actionId,
    String institution,
    int year,
    String fundingSource,
    BigDecimal planned,
    BigDecimal committed,
    BigDecimal spent,
    String notes) {

  /** Two rows with the same key are the same plan line (case and surrounding spaces ignored). */
  public String key() {
    return key(actionId, institution, year, fundingSource);
  }

  static String key(String actionId, String institution, int year, String fundingSource) {
    return norm(actionId) + '\u0000' + norm(institution) + '\u0000' + year + '\u0000' + norm(fundingSource);
  }

  private static String norm(String s) {
    return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  ExecutionLine withAmounts(BigDecimal committed, BigDecimal spent, String notes) {
    return new ExecutionLine(actionId, institution, year, fundingSource, planned, committed, spent, notes);
  }
}
