package org.ssr.workflow.risk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** ISO-8601 helpers for deadlines: the same strings Camunda timers accept. */
final class Iso8601 {

  private Iso8601() {}

  /** now + duration; accepts time-based (PT12H, P2D) and date-based (P1M, P1Y2M) durations. */
  static Instant plus(Instant now, String duration) {
    try {
      return now.plus(Duration.parse(duration));
    } catch (DateTimeParseException notTimeBased) {
      Period period = Period.parse(duration);
      return now.atZone(ZoneId.systemDefault()).plus(period).toInstant();
    }
  }

  /** A repeating interval that first fires at {@code first} and then every {@code interval}: R/first/interval. */
  static String cycleStartingAt(Instant first, String interval) {
    LocalDateTime local = LocalDateTime.ofInstant(first, ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
    return "R/" + local + "/" + interval;
  }
}
