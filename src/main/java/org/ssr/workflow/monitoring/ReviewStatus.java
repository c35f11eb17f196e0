package org.ssr.workflow.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One oversight review (an oversight-review instance called by the programme).
 *
 * @param kind NSP | AGENCY_FRAMEWORK | FINANCIAL_PLAN | GOVERNANCE_STRUCTURES
 * @param dueAt the review deadline (reviewDueDate)
 * @param daysOverdue whole days past the deadline while the review is open, else 0
 * @param waitingFor reviewing bodies (group ids) that have not decided yet
 * @param outcome approved | returned | rejected once finished
 */
public record ReviewStatus(
    String processInstanceId,
    String kind,
    String subject,
    Integer version,
    List<String> reviewGroups,
    Instant startedAt,
    Instant dueAt,
    Instant endedAt,
    boolean open,
    boolean overdue,
    long daysOverdue,
    List<String> waitingFor,
    String outcome) {}
