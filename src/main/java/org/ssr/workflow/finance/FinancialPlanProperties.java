package org.ssr.workflow.finance;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code ssr.finance.*}: limits of a plan upload.
 *
 * @param maxFileSize largest upload (keep it below spring.servlet.multipart.max-file-size so the user gets our message)
 * @param maxLines most plan lines per upload
 * @param maxErrors most problems listed at once
 * @param maxAmount largest amount of one line
 */
@ConfigurationProperties("ssr.finance")
public record FinancialPlanProperties(DataSize maxFileSize, Integer maxLines, Integer maxErrors, BigDecimal maxAmount) {

  public PlanLimits limits() {
    PlanLimits d = PlanLimits.DEFAULTS;
    return new PlanLimits(maxFileSize == null ? d.maxFileBytes() : maxFileSize.toBytes(),
        maxLines == null ? d.maxLines() : maxLines, maxErrors == null ? d.maxErrors() : maxErrors,
        maxAmount == null ? d.maxAmount() : maxAmount);
  }
}
