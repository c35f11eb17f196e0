package org.ssr.workflow.local;

import org.ssr.workflow.engine.RejectedInput;

/** A local report (or its context: programme, region, platform) refused; the message names the field. */
public class LocalInputRejectedException extends RuntimeException implements RejectedInput {

  public LocalInputRejectedException(String message) {
    super(message);
  }

  static LocalInputRejectedException field(String field, String problem) {
    return new LocalInputRejectedException("Field '" + field + "': " + problem);
  }
}
