package org.ssr.workflow.implementation;

import org.ssr.workflow.engine.RejectedInput;

/** A report, an amendment or an evaluation cannot be accepted as submitted; the user corrects the form. */
public class ImplementationInputRejectedException extends RuntimeException implements RejectedInput {

  public ImplementationInputRejectedException(String message) {
    super(message);
  }
}
