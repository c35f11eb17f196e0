package org.ssr.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/** The outbox and preference tables and their statements on a real PostgreSQL 16 (H2 is covered by the app tests). */
class NotificationOutboxPostgresTest {

  @Test
  void enqueueClaimRetrySendAndPreferencesOnPostgres() {
    DriverManagerDataSource ds = new DriverManagerDataSource(
        EmbeddedPostgresServer.shared().createDatabase("notifications"), EmbeddedPostgresServer.user(), "");
    Flyway.configure().dataSource(ds).table("ssr_schema_history").locations("classpath:db/migration").load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(ds);
    NotificationOutbox outbox = new NotificationOutbox(jdbc);
    NotificationPreferences preferences = new NotificationPreferences(jdbc);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Recipient parliament = new Recipient("parliament", "parliament@ssr.example", "parliamentOversight");

    assertThat(outbox.enqueue(new NewMessage(NotificationKind.TASK, parliament, "task-1", "pi-1", "SSR-PG", null,
        "New task", "body"), now)).isTrue();
    NewMessage reminder = new NewMessage(NotificationKind.REMINDER, parliament, "task-1", "pi-1", "SSR-PG",
        "reminder:task-1:parliament", "Reminder", "body");
    assertThat(outbox.enqueue(reminder, now)).isTrue();
    assertThat(outbox.enqueue(reminder, now)).as("once per task and recipient").isFalse();

    assertThat(outbox.dueForImmediateDelivery(now, 10)).hasSize(2);
    long id = outbox.dueForImmediateDelivery(now, 10).get(0);
    assertThat(outbox.claim(id, now, now.plus(Duration.ofMinutes(5)))).isTrue();
    assertThat(outbox.claim(id, now, now.plus(Duration.ofMinutes(5)))).as("one dispatcher only").isFalse();
    outbox.retryLater(id, "MailSendException: connection refused", now.plusSeconds(60));
    assertThat(outbox.dueForImmediateDelivery(now, 10)).doesNotContain(id);
    assertThat(outbox.claim(id, now.plusSeconds(61), now.plusSeconds(361))).isTrue();
    outbox.markSent(id, now.plusSeconds(62));
    assertThat(outbox.find(id).orElseThrow()).satisfies(m -> {
      assertThat(m.status()).isEqualTo(OutboxStatus.SENT);
      assertThat(m.attempts()).isEqualTo(2);
      assertThat(m.lastError()).contains("connection refused");
      assertThat(m.recipientGroup()).isEqualTo("parliamentOversight");
    });

    assertThat(preferences.of("parliament")).isEqualTo(DeliveryMode.IMMEDIATE);
    preferences.set("parliament", DeliveryMode.DAILY_DIGEST, now);
    preferences.set("parliament", DeliveryMode.DAILY_DIGEST, now);
    assertThat(preferences.of("parliament")).isEqualTo(DeliveryMode.DAILY_DIGEST);
    assertThat(outbox.dueForImmediateDelivery(now.plusSeconds(1), 10)).as("held for the digest").isEmpty();
    assertThat(outbox.pendingDigest(now.plusSeconds(1))).extracting(OutboxMessage::kind)
        .containsExactly(NotificationKind.REMINDER);
    assertThat(outbox.newest(OutboxStatus.SENT, null, 10)).extracting(OutboxMessage::id).containsExactly(id);
  }
}
