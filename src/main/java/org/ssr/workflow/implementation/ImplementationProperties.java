package org.ssr.workflow.implementation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The yearly cycle of implementation (ssr.implementation.*), ISO-8601 durations. {@code ServiceTask_StartImplementation}
 * schedules the first reporting year; each year schedules the next, so a changed setting applies from the next year.
 *
 * @param firstReportAfter from the approved plan to the first reporting year
 * @param cycle from one reporting year to the next
 * @param reportDeadline time the owner institutions have to report
 * @param escalationDelay after the deadline, until a still-missing report is escalated
 * @param reviewGroups the oversight bodies that review annual reports, amendments and the final evaluation
 */
@ConfigurationProperties("ssr.implementation")
public record ImplementationProperties(
    @DefaultValue("P1Y") String firstReportAfter,
    @DefaultValue("P1Y") String cycle,
    @DefaultValue("P30D") String reportDeadline,
    @DefaultValue("P14D") String escalationDelay,
    @DefaultValue({"parliamentOversight", "civilSocietyMonitor"}) List<String> reviewGroups) {

  public static ImplementationProperties defaults() {
    return new ImplementationProperties("P1Y", "P1Y", "P30D", "P14D",
        List.of("parliamentOversight", "civilSocietyMonitor"));
  }
}
