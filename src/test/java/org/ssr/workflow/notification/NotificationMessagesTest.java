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
  void aFrenchOrPortugueseProgrammesMailSpeaksItsLanguage_anUnknownLanguageEnglish() {
    NotificationMessages.Work french = new NotificationMessages.Work("SSR-2026-01", "RSS Testland", "Oversight review",
        "Parliament: review \"NSP\" (version 1)", Instant.parse("2026-12-27T10:15:00Z"), "task-42", "fr");
    NotificationMessages.Text text = MESSAGES.compose(NotificationKind.REMINDER, french, VIA_GROUP);
    assertThat(text.subject()).isEqualTo("[SSR Testland] Rappel : échéance le 27 décembre 2026 à 10:15 UTC : "
        + "Parliament: review \"NSP\" (version 1) — RSS Testland (SSR-2026-01)");
    assertThat(text.body()).startsWith("Une tâche qui vous attend arrive bientôt à échéance.\n\n")
        .contains("Programme : RSS Testland (SSR-2026-01)\n")
        .contains("Échéance :  27 décembre 2026 à 10:15 UTC\n")
        .contains("L'ouvrir dans Tasklist :\nhttps://ssr.ministry.example/camunda/app/tasklist/default/#/?task=task-42")
        .contains("vous êtes membre de parliamentOversight. Les documents restent dans l'application")
        .contains("PUT https://ssr.ministry.example/api/notifications/preferences {\"delivery\":\"DAILY_DIGEST\"}.");

    NotificationMessages.Text portuguese = MESSAGES.compose(NotificationKind.ESCALATION, new NotificationMessages.Work(
        "SSR-2026-01", null, "Risk handling (step 12)", "Raise the risk to high", null, null, "pt"),
        new Recipient("manager", "manager@ssr.example", null));
    assertThat(portuguese.subject()).isEqualTo("[SSR Testland] Escalado: Raise the risk to high — SSR-2026-01");
    assertThat(portuguese.body()).contains("Prazo:     nenhum").contains("o trabalho o designa");

    NotificationMessages.Text unknown = MESSAGES.compose(NotificationKind.TASK, new NotificationMessages.Work(
        "SSR-2026-01", null, null, "A", null, null, "xx"), VIA_GROUP);
    assertThat(unknown.subject()).startsWith("[SSR Testland] New task: A");

    assertThat(MESSAGES.digest(List.of(message(1, "[SSR Testland] Nouvelle tâche : A", "t-1")), "fr").subject())
        .isEqualTo("[SSR Testland] Résumé quotidien : 1 message");
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
