package org.ssr.workflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ssr.notifications.*} (docs/notifications.md). The mail server itself is Spring's {@code spring.mail.*}: with
 * no {@code spring.mail.host} the messages stay in the outbox table (status LOCAL) for the administrator to read.
 *
 * @param enabled write messages at all (off: no outbox rows, nothing sent)
 * @param baseUrl the address users open the application at; links in mails start with it
 * @param from the sender address of every mail
 * @param dispatcherEnabled run the dispatcher, reminders and digests on a schedule (tests drive them themselves)
 * @param dispatchInterval how often due messages are sent
 * @param batchSize messages a dispatcher takes per round
 * @param maxAttempts attempts before a message is kept as FAILED
 * @param retryDelay wait after the first failed attempt, doubled after each further one, at most an hour
 * @param lease how long a claimed message is left to its dispatcher before another node may send it
 * @param reminderBefore a reminder goes out when a task's due date is this close
 * @param reminderInterval how often tasks are checked for reminders
 * @param digestCron when the daily digest goes out (Spring cron, server time zone)
 */
@ConfigurationProperties("ssr.notifications")
public record NotificationProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("ssr-workflow@ssr.example") String from,
    @DefaultValue("true") boolean dispatcherEnabled,
    @DefaultValue("PT30S") Duration dispatchInterval,
    @DefaultValue("100") int batchSize,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("PT1M") Duration retryDelay,
    @DefaultValue("PT5M") Duration lease,
    @DefaultValue("P2D") Duration reminderBefore,
    @DefaultValue("PT1H") Duration reminderInterval,
    @DefaultValue("0 0 7 * * *") String digestCron) {

  public NotificationProperties {
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  /** The Tasklist address that opens this task directly. */
  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  /** Wait before attempt number {@code attempts + 1}: retryDelay doubled per failed attempt, at most an hour. */
  public Duration backoff(int attempts) {
    Duration delay = retryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
  }
}
