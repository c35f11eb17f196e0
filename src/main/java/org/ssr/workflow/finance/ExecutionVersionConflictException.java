package org.ssr.workflow.finance;

import org.springframework.dao.ConcurrencyFailureException;

/**
 * Another budget execution upload for the same programme and year was being stored at the same moment and this one
 * could not be given the next version number. Nothing of it was saved; the /api answers 409, the engine REST APIs
 * (Tasklist) 409 as for every {@link ConcurrencyFailureException}.
 */
public class ExecutionVersionConflictException extends ConcurrencyFailureException {

  public ExecutionVersionConflictException(String programmeCode, int year, Throwable cause) {
    super("Another budget execution " + year + " for programme " + programmeCode + " was being stored at the same "
        + "moment. Nothing of your upload was saved. Upload the file again: it becomes the next version.", cause);
  }
}
