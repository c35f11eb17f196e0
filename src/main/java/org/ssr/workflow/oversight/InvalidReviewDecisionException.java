package org.ssr.workflow.oversight;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.RejectedInput;
import org.ssr.workflow.programme.ProgrammeLanguage;

/**
 * A reviewer's decision that cannot be accepted (no decision, or no reasons for a return or a rejection), or a chase
 * without a note. The message speaks the person's language (docs/languages.md): the request's Accept-Language, else
 * the programme's; its words are the {@code refused.*} keys of {@code i18n/oversight*.properties}.
 */
public class InvalidReviewDecisionException extends RuntimeException implements RejectedInput {
  public InvalidReviewDecisionException(String message) {
    super(message);
  }

  /** The refusal {@code refused.<key>} in {@code language}. */
  static InvalidReviewDecisionException in(String language, String key, Object... args) {
    return new InvalidReviewDecisionException(Messages.of("oversight", language).text("refused." + key, args));
  }

  /**
   * The person's language (the request's Accept-Language when a reviewer submits in Tasklist or REST), else the
   * programme's (an engine call without a request).
   */
  static String languageOf(DelegateTask task) {
    return ProgrammeLanguage.ofPerson(task);
  }
}
