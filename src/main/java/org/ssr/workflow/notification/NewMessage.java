package org.ssr.workflow.notification;

/**
 * A message to write to the outbox. {@code recipientGroup} is the group through which the recipient was addressed
 * (null for an assignee or candidate user); {@code taskId} is the task the message links to (null if none);
 * {@code dedupKey} makes a second identical message a no-op (reminders), null otherwise.
 */
public record NewMessage(NotificationKind kind, Recipient recipient, String taskId, String processInstanceId,
    String programmeCode, String dedupKey, String subject, String body) {}
