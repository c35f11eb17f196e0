package org.ssr.workflow.oversight;

import java.util.Collection;

/**
 * The outcome of a whole review, from the decisions of all reviewing bodies.
 *
 * <p>Precedence: any rejection makes the review {@link #REJECTED} (a body refusing the document outweighs requests to
 * revise it: the caller goes back further, and the requests for revision stay in the decision log); otherwise any
 * return makes it {@link #RETURNED} (the caller revises and asks for a new review); it is {@link #APPROVED} only when
 * every body approved.
 */
public enum ReviewOutcome {
  APPROVED("approved"),
  RETURNED("returned"),
  REJECTED("rejected");

  private final String value;

  ReviewOutcome(String value) {
    this.value = value;
  }

  /** The value of the reviewOutcome variable ("approved", "returned", "rejected"). */
  public String value() {
    return value;
  }

  /** Combines the decisions of all bodies; there must be at least one. */
  public static ReviewOutcome of(Collection<ReviewDecision> decisions) {
    if (decisions == null || decisions.isEmpty()) {
      throw new IllegalStateException("A review outcome needs at least one decision");
    }
    if (decisions.contains(ReviewDecision.REJECTED)) {
      return REJECTED;
    }
    if (decisions.contains(ReviewDecision.RETURNED)) {
      return RETURNED;
    }
    return APPROVED;
  }
}
