package org.ssr.workflow.notification;

import java.time.Instant;

/** One row of ntf_outbox: one message for one recipient. */
public record OutboxMessage(long id, NotificationKind kind, String recipientId, String recipientEmail,
    String recipientGroup, String taskId, String processInstanceId, String programmeCode, String subject, String body,
    Instant createdAt, OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {}
