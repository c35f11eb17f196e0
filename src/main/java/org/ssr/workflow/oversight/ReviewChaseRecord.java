package org.ssr.workflow.oversight;

import java.time.Instant;

/**
 * What programme managers did about an overdue review of one body: {@code kind} "chase" (after the deadline) or
 * "escalation" (after the escalation delay), who ({@code userId}, null if unknown), the {@code note} and when
 * ({@code recordedAt}, ISO-8601 instant). Kept in reviewChaseLog; it never decides the review.
 */
public record ReviewChaseRecord(String group, String kind, String userId, String note, String recordedAt) {

  public static final String CHASE = "chase";
  public static final String ESCALATION = "escalation";

  /** A record of a chase or an escalation; a note saying what was done is required. */
  public static ReviewChaseRecord of(String group, String kind, String userId, String note, Instant at) {
    return of(group, kind, userId, note, at, org.ssr.workflow.engine.Languages.ENGLISH);
  }

  /** The same, refused in {@code language} (the person's: docs/languages.md). */
  public static ReviewChaseRecord of(String group, String kind, String userId, String note, Instant at,
      String language) {
    if (note == null || note.isBlank()) {
      throw InvalidReviewDecisionException.in(language, "chaseNote");
    }
    return new ReviewChaseRecord(group, kind, userId, note.strip(), at.toString());
  }
}
