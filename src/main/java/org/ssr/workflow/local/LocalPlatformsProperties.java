package org.ssr.workflow.local;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local platforms (ssr.local.*), ISO-8601 durations; copied into each local-platforms or report instance when it
 * starts, so a running one keeps its own.
 *
 * @param silence a platform that files no report for this long raises a task for the civil-society monitor
 * @param consolidationCycle how often the monitor consolidates the platforms' reports (a repeating interval)
 * @param followUpDeadline time an agency has to answer a follow-up
 * @param escalationDelay time after the deadline until a still-open follow-up is escalated
 */
@ConfigurationProperties("ssr.local")
public record LocalPlatformsProperties(
    @DefaultValue("P45D") Duration silence,
    @DefaultValue("R/P3M") String consolidationCycle,
    @DefaultValue("P30D") Duration followUpDeadline,
    @DefaultValue("P7D") Duration escalationDelay) {}
