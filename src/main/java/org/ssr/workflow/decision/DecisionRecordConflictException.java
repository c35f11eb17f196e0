package org.ssr.workflow.decision;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Another decision of the same programme was being recorded at the same moment and took the next place in its chain.
 * Nothing of this request was saved: Tasklist and the REST APIs answer 409 Conflict (as for every
 * {@link ConcurrencyFailureException}), the engine retries a job; submitting again records the decision after the
 * other one.
 */
public class DecisionRecordConflictException extends ConcurrencyFailureException {

  public DecisionRecordConflictException(String programmeCode, Throwable cause) {
    super("Another decision of programme " + programmeCode + " was recorded at the same moment. Nothing of your "
        + "request was saved. Submit it again.", cause);
  }
}
