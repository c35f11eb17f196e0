package org.ssr.workflow.finance;

import java.time.Instant;

/** A stored plan version without its lines: who uploaded which file when, and whether oversight approved it. */
public record PlanVersionInfo(
    String programmeCode,
    int version,
    String uploadedBy,
    Instant uploadedAt,
    String fileName,
    int lineCount,
    boolean approved,
    String approvedBy,
    Instant approvedAt) {}
