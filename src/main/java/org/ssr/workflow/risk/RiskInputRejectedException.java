package org.ssr.workflow.risk;

import org.ssr.workflow.engine.RejectedInput;

/**
 * What a user submitted about a risk cannot be accepted (a likelihood outside 1 to 5, an unknown category, a decision
 * the risk ladder does not know). Thrown inside the user's own request, so the engine rolls back and the user sees
 * the message and corrects the form.
 */
public class RiskInputRejectedException extends RuntimeException implements RejectedInput {

  public RiskInputRejectedException(String message) {
    super(message);
  }

  public RiskInputRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
