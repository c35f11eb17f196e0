package org.ssr.workflow.oversight;

import org.ssr.workflow.engine.RejectedInput;

/** A reviewer's decision that cannot be accepted (no decision, or no reasons for a return or a rejection). */
public class InvalidReviewDecisionException extends RuntimeException implements RejectedInput {
  public InvalidReviewDecisionException(String message) {
    super(message);
  }
}
