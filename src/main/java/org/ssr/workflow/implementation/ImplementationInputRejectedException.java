package org.ssr.workflow.implementation;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.RejectedInput;
import org.ssr.workflow.programme.ProgrammeLanguage;

/**
 * A report, an amendment, an evaluation or a change request cannot be accepted as submitted; the user corrects the
 * form. The message speaks the person's language (docs/languages.md): the request's Accept-Language, else the
 * programme's; its words are the {@code refused.*} keys of {@code i18n/implementation*.properties}.
 */
public class ImplementationInputRejectedException extends RuntimeException implements RejectedInput {

  public ImplementationInputRejectedException(String message) {
    super(message);
  }

  /** The refusal {@code refused.<key>} in {@code language}. */
  public static ImplementationInputRejectedException in(String language, String key, Object... args) {
    return new ImplementationInputRejectedException(text(language, key, args));
  }

  /** The refusal {@code refused.<key>} in the language of the person submitting this work (an execution or task). */
  static ImplementationInputRejectedException of(VariableScope work, String key, Object... args) {
    return in(languageOf(work), key, args);
  }

  /** The words of every refusal of this package: {@code refused.<key>} of i18n/implementation. */
  static String text(String language, String key, Object... args) {
    return Messages.of("implementation", language).text("refused." + key, args);
  }

  /**
   * The person's language (the request's Accept-Language when a person submits in Tasklist or REST), else the
   * programme's (a timer, an engine test).
   */
  static String languageOf(VariableScope work) {
    return ProgrammeLanguage.ofPerson(work);
  }
}
