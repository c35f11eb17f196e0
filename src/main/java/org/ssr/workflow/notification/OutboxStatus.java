package org.ssr.workflow.notification;

/** Where a message of the outbox stands. Every row stays in the table whatever its status. */
public enum OutboxStatus {
  /** Waiting to be sent (or to go into the recipient's next digest), possibly after failed attempts. */
  PENDING,
  /** Claimed by a dispatcher; returns to the due list if the node dies before it answers (lease). */
  SENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** No mail server configured (local runs): the message is kept here for the administrator to read. */
  LOCAL,
  /** Not sent: the task no longer exists or the recipient may no longer see it. */
  WITHHELD,
  /** Every attempt failed; an administrator may retry it (POST /api/notifications/outbox/{id}/retry). */
  FAILED
}
