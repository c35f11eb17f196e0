package org.ssr.workflow.monitoring;

import java.time.LocalDate;
import java.util.Map;

/**
 * One region's local platform in monitoring: reports filed, follow-ups (open, overdue, the oldest open one's age in
 * days, answered), human-rights concerns per quarter ("2027-Q1") and how many became step-12 risks.
 */
public record LocalPlatformStatus(
    String region,
    int reportsFiled,
    LocalDate lastMeeting,
    int openFollowUps,
    int overdueFollowUps,
    long oldestOpenFollowUpDays,
    int answeredFollowUps,
    int concernsAsRisks,
    Map<String, Integer> concernsByQuarter) {}
