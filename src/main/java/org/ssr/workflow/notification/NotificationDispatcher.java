package org.ssr.workflow.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * Sends the outbox after the work that wrote it has committed: a mail server that is down never blocks or rolls back
 * process work. Before each mail it checks that the task still exists and that the recipient may still read it
 * (otherwise the message is withheld); a failed send is retried with a growing delay and finally kept as FAILED.
 * Without a mail server (no {@code spring.mail.host}) messages are kept as LOCAL for the administrator's view.
 * Several nodes may dispatch at once: each message is claimed by one of them ({@link NotificationOutbox#claim}).
 */
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final NotificationOutbox outbox;
  private final NotificationMessages messages;
  private final NotificationProperties properties;
  private final ProcessEngineServices engine;
  private final TaskService tasks;
  private final IdentityService identity;
  private final JavaMailSender mail;
  private final Clock clock;

  /** {@code mail} null: no mail server, messages are kept in the outbox as LOCAL. */
  public NotificationDispatcher(NotificationOutbox outbox, NotificationMessages messages,
      NotificationProperties properties, ProcessEngineServices engine, JavaMailSender mail, Clock clock) {
    this.outbox = outbox;
    this.messages = messages;
    this.properties = properties;
    this.engine = engine;
    this.tasks = engine.getTaskService();
    this.identity = engine.getIdentityService();
    this.mail = mail;
    this.clock = clock;
  }

  /** Sends every due message of users who want them at once; returns how many were handled. */
  public int dispatchDue() {
    int handled = 0;
    List<Long> due;
    do {
      Instant now = clock.instant();
      due = outbox.dueForImmediateDelivery(now, properties.batchSize());
      for (long id : due) {
        if (outbox.claim(id, now, now.plus(properties.lease()))) {
          outbox.find(id).ifPresent(message -> deliver(List.of(message), false));
          handled++;
        }
      }
    } while (due.size() == properties.batchSize() && handled < properties.batchSize() * 10);
    return handled;
  }

  /** Sends one digest per user who chose the daily digest and has pending messages; returns how many mails. */
  public int sendDigests() {
    Instant now = clock.instant();
    Map<String, List<OutboxMessage>> byRecipient = new LinkedHashMap<>();
    for (OutboxMessage message : outbox.pendingDigest(now)) {
      if (outbox.claim(message.id(), now, now.plus(properties.lease()))) {
        byRecipient.computeIfAbsent(message.recipientId(), r -> new ArrayList<>()).add(message);
      }
    }
    int mails = 0;
    for (List<OutboxMessage> pending : byRecipient.values()) {
      if (deliver(pending, true)) {
        mails++;
      }
    }
    return mails;
  }

  /**
   * Writes a reminder for each open task due within {@code ssr.notifications.reminder-before}, once per task, due
   * date and recipient; returns how many were written.
   */
  public int remindDueTasks() {
    Instant now = clock.instant();
    int written = 0;
    Authentication caller = clearAuthentication();
    try {
      for (Task task : tasks.createTaskQuery().dueAfter(Date.from(now))
          .dueBefore(Date.from(now.plus(properties.reminderBefore()))).orderByDueDate().asc()
          .listPage(0, 1000)) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
            users.add(link.getUserId());
          } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            groups.add(link.getGroupId());
          }
        }
        NotificationMessages.Work work = NotificationWriter.work(engine,
            tasks.getVariables(task.getId(), List.of(ProgrammeProcess.Variables.PROGRAMME_CODE.name(),
                ProgrammeProcess.Variables.PROGRAMME_NAME.name(), ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name())),
            task.getProcessDefinitionId(), task.getName(), task.getDueDate(), task.getId());
        for (Recipient recipient : Recipients.of(identity, task.getAssignee(), users, groups)) {
          NotificationMessages.Text text = messages.compose(NotificationKind.REMINDER, work, recipient);
          String key = "reminder:" + task.getId() + ":" + task.getDueDate().getTime() + ":" + recipient.userId();
          if (outbox.enqueue(new NewMessage(NotificationKind.REMINDER, recipient, task.getId(),
              task.getProcessInstanceId(), work.programmeCode(), key, text.subject(), text.body()), now)) {
            written++;
          }
        }
      }
    } finally {
      restore(caller);
    }
    return written;
  }

  /** The language of the programmes the messages are about when they share one, else English. */
  private String digestLanguage(List<OutboxMessage> messages) {
    java.util.Set<String> languages = new java.util.HashSet<>();
    for (OutboxMessage message : messages) {
      languages.add(ProgrammeLanguage.ofCode(engine, message.programmeCode()));
    }
    return languages.size() == 1 ? languages.iterator().next() : Languages.ENGLISH;
  }

  /**
   * Delivers claimed messages of one recipient: one mail each, or one digest mail ({@code asDigest}) for those
   * the recipient may still see. True if a mail went out.
   */
  private boolean deliver(List<OutboxMessage> claimed, boolean asDigest) {
    Instant now = clock.instant();
    List<OutboxMessage> allowed = new ArrayList<>();
    for (OutboxMessage message : claimed) {
      Optional<String> withheld = whyWithheld(message);
      if (withheld.isPresent()) {
        outbox.markWithheld(message.id(), withheld.get(), now);
        LOG.info("Notification {} to {} withheld: {}", message.id(), message.recipientId(), withheld.get());
      } else {
        allowed.add(message);
      }
    }
    if (allowed.isEmpty()) {
      return false;
    }
    OutboxMessage first = allowed.get(0);
    NotificationMessages.Text text = asDigest ? messages.digest(allowed, digestLanguage(allowed))
        : new NotificationMessages.Text(first.subject(), first.body());
    if (mail == null) {
      allowed.forEach(message -> outbox.markLocal(message.id(), now));
      return false;
    }
    try {
      SimpleMailMessage mailMessage = new SimpleMailMessage();
      mailMessage.setFrom(properties.from());
      mailMessage.setTo(first.recipientEmail());
      mailMessage.setSubject(text.subject());
      mailMessage.setText(text.body());
      mail.send(mailMessage);
      allowed.forEach(message -> outbox.markSent(message.id(), now));
      return true;
    } catch (RuntimeException failure) {
      String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      for (OutboxMessage message : allowed) {
        // attempts was counted by the claim
        int attempts = message.attempts();
        if (attempts >= properties.maxAttempts()) {
          outbox.markFailed(message.id(), error, now);
          LOG.warn("Notification {} to {} failed for good after {} attempts: {}", message.id(),
              message.recipientId(), attempts, error);
        } else {
          outbox.retryLater(message.id(), error, now.plus(properties.backoff(attempts)));
          LOG.info("Notification {} to {} will be retried (attempt {}): {}", message.id(), message.recipientId(),
              attempts, error);
        }
      }
      return false;
    }
  }

  /** Why this message must not go out now, if it must not: the recipient may no longer see what it points to. */
  Optional<String> whyWithheld(OutboxMessage message) {
    Authentication caller = clearAuthentication();
    try {
      if (identity.createUserQuery().userId(message.recipientId()).count() == 0) {
        return Optional.of("the recipient no longer exists");
      }
      List<String> groups = identity.createGroupQuery().groupMember(message.recipientId()).listPage(0, 1000).stream()
          .map(Group::getId).toList();
      if (message.recipientGroup() != null && !groups.contains(message.recipientGroup())) {
        return Optional.of("the recipient is no longer a member of " + message.recipientGroup());
      }
      if (message.taskId() == null) {
        return Optional.empty();
      }
      if (tasks.createTaskQuery().taskId(message.taskId()).count() == 0) {
        return Optional.of("the task is no longer open");
      }
      identity.setAuthentication(message.recipientId(), groups);
      if (tasks.createTaskQuery().taskId(message.taskId()).count() == 0) {
        return Optional.of("the recipient may not see the task");
      }
      return Optional.empty();
    } finally {
      restore(caller);
    }
  }

  private Authentication clearAuthentication() {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    return caller;
  }

  private void restore(Authentication caller) {
    identity.clearAuthentication();
    if (caller != null) {
      identity.setAuthentication(caller);
    }
  }
}
