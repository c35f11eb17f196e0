package org.ssr.workflow.monitoring;

import java.time.Instant;
import java.util.List;
import org.ssr.workflow.risk.RiskEvent;

/**
 * One risk of a programme (a risk-handling instance) with its level history from the risk's own log.
 *
 * @param level low | medium | high | critical, null while not yet rated
 * @param status a {@link org.ssr.workflow.risk.RiskStatus} name
 */
public record RiskStatusView(
    String processInstanceId,
    String riskId,
    String title,
    String category,
    String reportedBy,
    Instant reportedAt,
    Instant closedAt,
    String level,
    String status,
    String statusLabel,
    String owner,
    boolean open,
    List<RiskEvent> history) {}
