package org.ssr.workflow.notification;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the text of every mail. Only what the recipient may see in Tasklist anyway: the programme, the step, the
 * task's name, its deadline and a link; never a document or a form's content (docs/notifications.md).
 */
public class NotificationMessages {

  private static final DateTimeFormatter DEADLINE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final NotificationProperties properties;
  private final String installationName;

  public NotificationMessages(NotificationProperties properties, String installationName) {
    this.properties = properties;
    this.installationName = installationName;
  }

  /**
   * The work a message is about: the programme (code and name, either may be null), the process and task names, the
   * task's deadline (null if none) and its id (null if the message links to no task).
   */
  public record Work(String programmeCode, String programmeName, String processName, String taskName, Instant due,
      String taskId) {

    String programme() {
      if (programmeName != null && programmeCode != null) {
        return programmeName + " (" + programmeCode + ")";
      }
      return programmeName != null ? programmeName : programmeCode;
    }
  }

  /** Subject and body of one message. */
  public record Text(String subject, String body) {}

  public Text compose(NotificationKind kind, Work work, Recipient recipient) {
    String headline = switch (kind) {
      case TASK -> "New task: " + work.taskName();
      case REMINDER -> "Reminder: due " + deadline(work.due()) + ": " + work.taskName();
      case CHASE -> "Overdue, chased: " + work.taskName();
      case ESCALATION -> "Escalated: " + work.taskName();
    };
    String programme = work.programme();
    String subject = "[" + installationName + "] " + headline + (programme == null ? "" : " — " + programme);
    StringBuilder body = new StringBuilder();
    body.append(switch (kind) {
      case TASK -> "A task waits for you in Tasklist.";
      case REMINDER -> "A task that waits for you is due soon.";
      case CHASE -> "Work that waits for you, or that you oversee, has passed its deadline and was chased.";
      case ESCALATION -> "Work that waits for you, or that you oversee, was escalated.";
    }).append("\n\n");
    if (programme != null) {
      body.append("Programme: ").append(programme).append('\n');
    }
    if (work.processName() != null) {
      body.append("Process:   ").append(work.processName()).append('\n');
    }
    body.append("Step:      ").append(work.taskName()).append('\n');
    body.append("Deadline:  ").append(work.due() == null ? "none set" : deadline(work.due())).append('\n');
    if (work.taskId() != null) {
      body.append("\nOpen it in Tasklist:\n").append(properties.taskLink(work.taskId())).append('\n');
    }
    body.append("\nYou receive this because ")
        .append(recipient.viaGroup() == null ? "the work names you" : "you are a member of " + recipient.viaGroup())
        .append(". Documents stay in the application; log in to read them.\n")
        .append("One mail a day instead: PUT ").append(properties.baseUrl())
        .append("/api/notifications/preferences {\"delivery\":\"DAILY_DIGEST\"}.\n");
    return new Text(subject, body.toString());
  }

  /** One mail for several messages of one recipient (the daily digest). */
  public Text digest(List<OutboxMessage> messages) {
    String subject = "[" + installationName + "] Daily digest: " + messages.size()
        + (messages.size() == 1 ? " message" : " messages");
    StringBuilder body = new StringBuilder("What waited for you since the last digest:\n");
    int n = 1;
    for (OutboxMessage message : messages) {
      body.append("\n").append(n++).append(". ").append(message.subject()).append("\n");
      if (message.taskId() != null) {
        body.append("   ").append(properties.taskLink(message.taskId())).append("\n");
      }
    }
    body.append("\nYou chose the daily digest (GET/PUT ").append(properties.baseUrl())
        .append("/api/notifications/preferences).\n");
    return new Text(subject, body.toString());
  }

  private static String deadline(Instant due) {
    return due == null ? "—" : DEADLINE.format(due);
  }
}
