package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A donor's pledge recorded in step 10: what, when, for which action or institution, on which conditions, and the
 * donor's own stated interests (the seed asks for donor agendas to be made transparent).
 */
public record DonorPledge(
    String donor,
    BigDecimal amount,
    int year,
    String actionId,
    String institution,
    String conditions,
    String agenda,
    String recordedBy,
    Instant recordedAt) {}
