package org.ssr.workflow.risk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines of the risk ladder (ssr.risk.*), ISO-8601 durations. {@code ServiceTask_PrepareRisk} copies them into
 * each risk-handling instance unless the caller passed its own, so a running risk keeps the deadlines it started with.
 *
 * @param reviewPeriod low: when the coordination unit reviews a monitored risk again
 * @param mitigationDeadline medium: time for the mitigation plan before the risk becomes high
 * @param decisionDeadline high: time for the programme managers' decision before the risk becomes critical
 * @param criticalDeadline critical: time for the urgent review before the first chase
 * @param chaseInterval critical: how often an overdue urgent review is chased
 */
@ConfigurationProperties("ssr.risk")
public record RiskProperties(
    @DefaultValue("P30D") String reviewPeriod,
    @DefaultValue("P14D") String mitigationDeadline,
    @DefaultValue("P7D") String decisionDeadline,
    @DefaultValue("P2D") String criticalDeadline,
    @DefaultValue("P1D") String chaseInterval) {

  public static RiskProperties defaults() {
    return new RiskProperties("P30D", "P14D", "P7D", "P2D", "P1D");
  }
}
