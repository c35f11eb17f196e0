package org.ssr.workflow.notification;

/** Why a message was written: new work, a deadline coming up, or an overdue review or risk chased or escalated. */
public enum NotificationKind {
  /** A task was created for (or assigned to) the recipient or one of their groups. */
  TASK,
  /** A task's due date is near ({@code ssr.notifications.reminder-before}). */
  REMINDER,
  /** Overdue work was chased: the body concerned and the programme managers are told. */
  CHASE,
  /** Overdue work or a risk was escalated; always sent at once, also to users who chose the daily digest. */
  ESCALATION
}
