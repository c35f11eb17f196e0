package org.ssr.workflow.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.ssr.workflow.finance.PlanTotals;

/** The latest financial feasibility plan version of a programme with its totals (from the finance service). */
public record PlanStatus(
    int version,
    String uploadedBy,
    Instant uploadedAt,
    boolean approved,
    String approvedBy,
    Instant approvedAt,
    BigDecimal required,
    BigDecimal available,
    BigDecimal fundingGap,
    BigDecimal nationalShare,
    List<PlanTotals.Row> byYear,
    List<PlanTotals.Row> byInstitution,
    List<PlanTotals.Row> bySource,
    List<String> warnings) {}
