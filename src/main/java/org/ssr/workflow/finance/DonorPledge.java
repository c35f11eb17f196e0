package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A donor's pledge recorded in step 10: what, when, for which action or institution, on which conditions, and the
 * donor's own stated interests (the seed asks for donor agendas to be made transparent), and the NSP priorities it
 * supports (issue 15: donor alignment).
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
    Instant recordedAt,
    List<String> priorityIds) {

  public DonorPledge {
    priorityIds = priorityIds == null ? List.of() : List.copyOf(priorityIds);
  }

  /** A pledge that names no priority (recorded before issue 15, or not aligned). */
  public DonorPledge(String donor, BigDecimal amount, int year, String actionId, String institution, String conditions,
      String agenda, String recordedBy, Instant recordedAt) {
    this(donor, amount, year, actionId, institution, conditions, agenda, recordedBy, recordedAt, List.of());
  }

  /** Whether the pledge names at least one priority of the National Security Policy. */
  public boolean aligned() {
    return !priorityIds.isEmpty();
  }
}
