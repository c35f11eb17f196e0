package org.ssr.workflow.risk;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Risk ids people can read out in a meeting: R-20261127-4F2A. */
final class RiskIds {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

  private RiskIds() {}

  static String next(Instant now) {
    return "R-" + DAY.format(now) + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  }
}
