package org.ssr.workflow.notification;

import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher on every node (each message is claimed by one): due messages every
 * {@code ssr.notifications.dispatch-interval}, reminders every {@code reminder-interval}, the digest at
 * {@code digest-cron}. Off with {@code ssr.notifications.dispatcher-enabled=false} (the tests drive it themselves).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "ssr.notifications", name = "dispatcher-enabled", matchIfMissing = true)
class NotificationSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSchedule.class);

  private final NotificationDispatcher dispatcher;

  NotificationSchedule(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(fixedDelayString = "${ssr.notifications.dispatch-interval:PT30S}",
      initialDelayString = "${ssr.notifications.dispatch-interval:PT30S}")
  void dispatch() {
    guarded("dispatch", dispatcher::dispatchDue);
  }

  @Scheduled(fixedDelayString = "${ssr.notifications.reminder-interval:PT1H}", initialDelayString = "PT1M")
  void remind() {
    guarded("reminders", dispatcher::remindDueTasks);
  }

  @Scheduled(cron = "${ssr.notifications.digest-cron:0 0 7 * * *}")
  void digest() {
    guarded("digest", dispatcher::sendDigests);
  }

  /** A failing round (database away) is logged and tried again next time; the outbox keeps every message. */
  private static void guarded(String what, IntSupplier round) {
    try {
      int count = round.getAsInt();
      if (count > 0) {
        LOG.debug("Notifications {}: {}", what, count);
      }
    } catch (RuntimeException failure) {
      LOG.warn("Notifications {} failed, tried again at the next round", what, failure);
    }
  }
}
