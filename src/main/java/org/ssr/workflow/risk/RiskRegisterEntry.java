package org.ssr.workflow.risk;

import java.time.Instant;
import java.util.List;

/**
 * One risk of a programme as the register shows it.
 *
 * @param status a {@link RiskStatus} name
 * @param statusLabel the status in words
 * @param owner the group that acts now
 * @param level current level (null until the coordination unit rated it)
 * @param outcome RESOLVED | ACCEPTED | END_PROGRAMME once closed
 * @param levelChanges every level change, oldest first
 * @param decisions every decision and chase, oldest first
 */
public record RiskRegisterEntry(
    String riskId,
    String programmeCode,
    String title,
    String description,
    String category,
    String categoryLabel,
    String reportedBy,
    Instant reportedAt,
    Integer likelihood,
    Integer impact,
    String level,
    String status,
    String statusLabel,
    String owner,
    boolean open,
    String outcome,
    Instant closedAt,
    String processInstanceId,
    List<RiskEvent> levelChanges,
    List<RiskEvent> decisions) {}
