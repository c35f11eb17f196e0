package org.ssr.workflow.notification;

import java.util.Arrays;
import java.util.Optional;

/** A user's choice (GET/PUT /api/notifications/preferences): one mail per message, or one mail a day. */
public enum DeliveryMode {
  IMMEDIATE,
  DAILY_DIGEST;

  public static Optional<DeliveryMode> parse(String text) {
    return Arrays.stream(values()).filter(mode -> mode.name().equals(text)).findFirst();
  }
}
