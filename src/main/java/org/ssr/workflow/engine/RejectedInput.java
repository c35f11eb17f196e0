package org.ssr.workflow.engine;

/**
 * Marks an exception that refuses what a user submitted (a programme code in use, a skipped step without
 * justification, a review decision without reasons, a pledge for an unknown action, a likelihood outside 1 to 5, a risk
 * against a programme that is not running). Every such refusal thrown by a task listener, execution listener or
 * delegate implements this type and nothing else marks it: the engine rolls the request back and wraps the exception
 * ("Exception while invoking TaskListener: …"), and the application's one mapper for both engine REST APIs (and the
 * {@code /api} error handler) looks for it in the cause chain and answers 400 with this exception's message, which
 * tells the user what to fix. A refusal that does not implement it reaches Tasklist as a 500.
 */
public interface RejectedInput {

  String getMessage();

  /** The refusal of user input somewhere in the cause chain of {@code exception} (however deep), or null. */
  static RejectedInput in(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RejectedInput rejected) {
        return rejected;
      }
    }
    return null;
  }
}
