package org.ssr.workflow.finance;

import java.math.BigDecimal;

/**
 * Limits an upload must respect. Defaults match {@code ssr.finance.*} in application.yaml.
 *
 * @param maxFileBytes largest accepted upload (the Tasklist form refuses larger files itself)
 * @param maxLines most plan lines in one upload
 * @param maxErrors most problems listed at once (a last line says how many more there are)
 * @param maxAmount largest amount of a single line; larger values are typing mistakes
 */
public record PlanLimits(long maxFileBytes, int maxLines, int maxErrors, BigDecimal maxAmount) {

  public static final PlanLimits DEFAULTS =
      new PlanLimits(10L * 1024 * 1024, 150_000, 200, new BigDecimal("1000000000000"));

  public PlanLimits withMaxFileBytes(long v) {
    return new PlanLimits(v, maxLines, maxErrors, maxAmount);
  }

  public PlanLimits withMaxLines(int v) {
    return new PlanLimits(maxFileBytes, v, maxErrors, maxAmount);
  }

  public PlanLimits withMaxErrors(int v) {
    return new PlanLimits(maxFileBytes, maxLines, v, maxAmount);
  }
}
