package org.ssr.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/**
 * The dispatcher's batch: the oldest due messages of both statuses (pending, and claimed with the lease run out), in
 * due order then id, at most the batch, on H2 and PostgreSQL. On H2 the plan shows the batch read in the due index's
 * order, so a backlog is not sorted on every round (docs/benchmarks.md).
 */
class NotificationOutboxDueOrderTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void theOldestDueMessagesOfBothStatusesComeFirst(String database) {
    DataSource ds = database.equals("h2")
        ? new DriverManagerDataSource("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
        : new DriverManagerDataSource(EmbeddedPostgresServer.shared().createDatabase("outbox_order"),
            EmbeddedPostgresServer.user(), "");
    Flyway.configure().dataSource(ds).table("ssr_schema_history").locations("classpath:db/migration").load()
        .migrate();
    NotificationOutbox outbox = new NotificationOutbox(new JdbcTemplate(ds));
    Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofHours(1));
    Recipient parliament = new Recipient("parliament", "parliament@ssr.example", "parliamentOversight");
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      outbox.enqueue(new NewMessage(NotificationKind.TASK, parliament, "task-" + i, "pi", "SSR-DUE", null,
          "New task " + i, "body"), start.plusSeconds(i));
      ids.add(outbox.newest(OutboxStatus.PENDING, null, 1).get(0).id());
    }
    // the second message was claimed by a dispatcher that died: due again when its lease ran out (start + 2.5 s)
    assertThat(outbox.claim(ids.get(1), start.plusSeconds(1), start.plusMillis(2500))).isTrue();
    // the first one failed and waits for its retry an hour later
    outbox.retryLater(ids.get(0), "MailSendException", start.plus(Duration.ofHours(2)));
    Instant now = start.plus(Duration.ofMinutes(30));

    assertThat(outbox.dueForImmediateDelivery(now, 3)).as("the lease ran out at 2.5 s: after the third message")
        .containsExactly(ids.get(2), ids.get(1), ids.get(3));
    assertThat(outbox.dueForImmediateDelivery(now, 10)).containsExactly(ids.get(2), ids.get(1), ids.get(3),
        ids.get(4), ids.get(5));
    assertThat(outbox.dueForImmediateDelivery(start.plusSeconds(2), 10)).as("only what is due by then")
        .containsExactly(ids.get(2));

    if (database.equals("h2")) {
      String plan = new JdbcTemplate(ds).queryForObject("explain select o.id, o.next_attempt_at from ntf_outbox o "
          + "where o.status = 'PENDING' and o.next_attempt_at <= current_timestamp order by o.status, "
          + "o.next_attempt_at, o.id fetch first 100 rows only", String.class);
      assertThat(plan).contains("IX_NTF_OUTBOX_DUE").contains("index sorted");
    }
  }
}
