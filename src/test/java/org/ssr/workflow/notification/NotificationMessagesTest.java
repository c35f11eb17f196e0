package org.ssr.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of the mails and the retry delays, without an engine or a mail server. */
class NotificationMessagesTest {

  private static final NotificationProperties PROPERTIES = new NotificationProperties(true,
      "https://ssr.ministry.example/", "ssr@ministry.example", true, Duration.ofSeconds(30), 100, 8,
      Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofDays(2), Duration.ofHours(1), "0 0 7 * * *");
  private static final NotificationMessages MESSAGES = new NotificationMessages(PROPERTIES, "SSR Testland");
  private static final Recipient VIA_GROUP = new Recipient("parliament", "parliament@ssr.example",
      "parliamentOversight");

  @Test
  void aTaskMailNamesProgrammeStepDeadlineAndLinksToTheTask() {
    NotificationMessages.Text text = MESSAGES.compose(NotificationKind.TASK, new NotificationMessages.Work(
        "SSR-2026-01", "Testland SSR", "Oversight review", "Parliament: review \"NSP\" (version 1)",
        Instant.parse("2026-12-27T10:15:00Z"), "task-42"), VIA_GROUP);

    assertThat(text.subject()).isEqualTo(
        "[SSR Testland] New task: Parliament: review \"NSP\" (version 1) — Testland SSR (SSR-2026-01)");
    assertThat(text.body()).contains("Programme: Testland SSR (SSR-2026-01)")
        .contains("Process:   Oversight review")
        .contains("Deadline:  2026-12-27 10:15 UTC")
        .contains("https://ssr.ministry.example/camunda/app/tasklist/default/#/?task=task-42")
        .contains("you are a member of parliamentOversight");
  }

  @Test
  void anEscalationWithoutATaskHasNoLink_andSaysWhenNoDeadlineIsSet() {
    NotificationMessages.Text text = MESSAGES.compose(NotificationKind.ESCALATION, new NotificationMessages.Work(
        "SSR-2026-01", null, "Risk handling (step 12)", "Raise the risk to high", null, null),
        new Recipient("manager", "manager@ssr.example", null));

    assertThat(text.subject()).isEqualTo("[SSR Testland] Escalated: Raise the risk to high — SSR-2026-01");
    assertThat(text.body()).contains("Deadline:  none set").doesNotContain("tasklist")
        .contains("the work names you");
  }

  @Test
  void aDigestListsEachMessageWithItsLink() {
    OutboxMessage first = message(1, "[SSR Testland] New task: A", "t-1");
    OutboxMessage second = message(2, "[SSR Testland] Escalated: B", null);

    NotificationMessages.Text digest = MESSAGES.digest(List.of(first, second));

    assertThat(digest.subject()).isEqualTo("[SSR Testland] Daily digest: 2 messages");
    assertThat(digest.body()).contains("1. [SSR Testland] New task: A\n   https://ssr.ministry.example/"
        + "camunda/app/tasklist/default/#/?task=t-1").contains("2. [SSR Testland] Escalated: B");
  }

  @Test
  void retriesWaitLongerEachTimeButNeverMoreThanAnHour() {
    assertThat(PROPERTIES.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(PROPERTIES.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(PROPERTIES.backoff(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(PROPERTIES.backoff(7)).isEqualTo(Duration.ofHours(1));
    assertThat(PROPERTIES.backoff(60)).isEqualTo(Duration.ofHours(1));
  }

  private static OutboxMessage message(long id, String subject, String taskId) {
    return new OutboxMessage(id, NotificationKind.TASK, "parliament", "parliament@ssr.example", null, taskId, null,
        "SSR-2026-01", subject, "body", Instant.EPOCH, OutboxStatus.PENDING, 0, Instant.EPOCH, null, null);
  }
}
