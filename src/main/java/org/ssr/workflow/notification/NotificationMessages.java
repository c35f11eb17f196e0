package org.ssr.workflow.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;

/**
 * Writes the text of every mail. Only what the recipient may see in Tasklist anyway: the programme, the step, the
 * task's name, its deadline and a link; never a document or a form's content (docs/notifications.md).
 */
public class NotificationMessages {

  /** The mails' message bundle ({@code i18n/mail[_<lang>].properties}). */
  static final String BUNDLE = "mail";

  private final NotificationProperties properties;
  private final String installationName;

  public NotificationMessages(NotificationProperties properties, String installationName) {
    this.properties = properties;
    this.installationName = installationName;
  }

  /**
   * The work a message is about: the programme (code and name, either may be null), the process and task names, the
   * task's deadline (null if none), its id (null if the message links to no task) and the programme's language (the
   * language of the mail; null or unknown: English, as for work outside any programme).
   */
  public record Work(String programmeCode, String programmeName, String processName, String taskName, Instant due,
      String taskId, String language) {

    /** Work in English. */
    public Work(String programmeCode, String programmeName, String processName, String taskName, Instant due,
        String taskId) {
      this(programmeCode, programmeName, processName, taskName, due, taskId, Languages.ENGLISH);
    }

    String programme() {
      if (programmeName != null && programmeCode != null) {
        return programmeName + " (" + programmeCode + ")";
      }
      return programmeName != null ? programmeName : programmeCode;
    }
  }

  /** Subject and body of one message. */
  public record Text(String subject, String body) {}

  /** The mail about some work, in the language of its programme. */
  public Text compose(NotificationKind kind, Work work, Recipient recipient) {
    Messages words = Messages.of(BUNDLE, work.language());
    String headline = kind == NotificationKind.REMINDER
        ? words.text("subject.REMINDER", work.taskName(), deadline(work.due(), words))
        : words.text("subject." + kind.name(), work.taskName());
    String programme = work.programme();
    String subject = "[" + installationName + "] " + headline + (programme == null ? "" : " — " + programme);
    StringBuilder body = new StringBuilder();
    body.append(words.text("intro." + kind.name())).append("\n\n");
    if (programme != null) {
      body.append(words.text("line.programme", programme)).append('\n');
    }
    if (work.processName() != null) {
      body.append(words.text("line.process", work.processName())).append('\n');
    }
    body.append(words.text("line.step", work.taskName())).append('\n');
    body.append(words.text("line.deadline", work.due() == null ? words.text("deadline.none")
        : deadline(work.due(), words))).append('\n');
    if (work.taskId() != null) {
      body.append('\n').append(words.text("line.open")).append('\n').append(properties.taskLink(work.taskId()))
          .append('\n');
    }
    body.append('\n').append(recipient.viaGroup() == null ? words.text("why.named")
            : words.text("why.group", recipient.viaGroup())).append('\n')
        .append(words.text("hint.digest", properties.baseUrl(), "{\"delivery\":\"DAILY_DIGEST\"}")).append('\n');
    return new Text(subject, body.toString());
  }

  /** One mail for several messages of one recipient (the daily digest), in English. */
  public Text digest(List<OutboxMessage> messages) {
    return digest(messages, Languages.ENGLISH);
  }

  /** The daily digest; its own words in {@code language} (the messages keep the language they were written in). */
  public Text digest(List<OutboxMessage> messages, String language) {
    Messages words = Messages.of(BUNDLE, language);
    String subject = "[" + installationName + "] " + words.text("digest.subject", messages.size());
    StringBuilder body = new StringBuilder(words.text("digest.intro")).append('\n');
    int n = 1;
    for (OutboxMessage message : messages) {
      body.append("\n").append(n++).append(". ").append(message.subject()).append("\n");
      if (message.taskId() != null) {
        body.append("   ").append(properties.taskLink(message.taskId())).append("\n");
      }
    }
    body.append('\n').append(words.text("digest.hint", properties.baseUrl())).append('\n');
    return new Text(subject, body.toString());
  }

  /** A deadline as the language writes it: {@code 2026-12-27 10:15 UTC}, {@code 27 décembre 2026 à 10:15 UTC}. */
  private static String deadline(Instant due, Messages words) {
    return due == null ? "—" : DateTimeFormatter.ofPattern(words.text("format.deadline"), words.locale())
        .withZone(ZoneOffset.UTC).format(due);
  }
}
