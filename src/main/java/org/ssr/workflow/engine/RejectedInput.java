package org.ssr.workflow.engine;

/**
 * Marks an exception that refuses what a user submitted (a programme code in use, a skipped step without
 * justification, a review decision without reasons, a risk against a programme that is not running). The engine
 * rolls the request back; the REST API answers 400 with the exception's message, which tells the user what to fix.
 */
public interface RejectedInput {

  String getMessage();
}
