package org.ssr.workflow.programme;

import org.ssr.workflow.engine.RejectedInput;

/**
 * What a user submitted cannot be accepted (a programme code already in use, a skipped step without justification).
 * Thrown synchronously inside the user's own transaction, so the engine rolls back and the user sees the message in
 * Tasklist (or the REST response) and can correct the form.
 */
public class ProgrammeInputRejectedException extends RuntimeException implements RejectedInput {

  public ProgrammeInputRejectedException(String message) {
    super(message);
  }
}
