package org.ssr.workflow.finance;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Another upload for the same programme was being stored at the same moment and this one could not be given the
 * next version number (it kept colliding, or waited too long for the other upload's transaction). Nothing of this
 * upload was saved; uploading the file again gives it the next free version. The /api answers 409 Conflict, the
 * engine REST APIs (Tasklist) answer 409 as for every {@link ConcurrencyFailureException}.
 */
public class PlanVersionConflictException extends ConcurrencyFailureException {

  public PlanVersionConflictException(String programmeCode, Throwable cause) {
    super("Another financial plan for programme " + programmeCode + " was being stored at the same moment. "
        + "Nothing of your upload was saved. Upload the file again: it becomes the next version.", cause);
  }
}
