package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.RejectedInput;
import org.ssr.workflow.programme.ProgrammeLanguage;

/**
 * What a user submitted about a risk cannot be accepted (a likelihood outside 1 to 5, an unknown category, a decision
 * the risk ladder does not know). Thrown inside the user's own request, so the engine rolls back and the user sees
 * the message and corrects the form. The message speaks the person's language (docs/languages.md): the request's
 * Accept-Language, else the programme's; its words are the {@code refused.*} keys of {@code i18n/risk*.properties}.
 */
public class RiskInputRejectedException extends RuntimeException implements RejectedInput {

  public RiskInputRejectedException(String message) {
    super(message);
  }

  public RiskInputRejectedException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The refusal {@code refused.<key>} in {@code language}. */
  public static RiskInputRejectedException in(String language, String key, Object... args) {
    return new RiskInputRejectedException(text(language, key, args));
  }

  /** The refusal {@code refused.<key>} in the language of the person submitting this work (an execution or task). */
  static RiskInputRejectedException of(VariableScope work, String key, Object... args) {
    return in(languageOf(work), key, args);
  }

  /** The words of every refusal of this package: {@code refused.<key>} of i18n/risk, arguments as text. */
  static String text(String language, String key, Object... args) {
    return Messages.of("risk", language).text("refused." + key, args);
  }

  /** A field as the form labels it in the language ({@code refused.field.<variable>}, English: the variable). */
  static String field(String language, String variable) {
    return text(language, "field." + variable);
  }

  /**
   * The person's language (the request's Accept-Language when a person submits in Tasklist or REST), else the
   * programme's (a timer, an engine test).
   */
  static String languageOf(VariableScope work) {
    return ProgrammeLanguage.ofPerson(work);
  }
}
