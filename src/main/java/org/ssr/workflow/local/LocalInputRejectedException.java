package org.ssr.workflow.local;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.RejectedInput;
import org.ssr.workflow.programme.ProgrammeLanguage;

/**
 * A local report (or its context: programme, region, platform) refused; the message names the field, in the person's
 * language (docs/languages.md): the request's Accept-Language, else the programme's. Its words are the
 * {@code refused.*} keys of {@code i18n/local*.properties}.
 */
public class LocalInputRejectedException extends RuntimeException implements RejectedInput {

  public LocalInputRejectedException(String message) {
    super(message);
  }

  /** The refusal {@code refused.<key>} in {@code language}. */
  static LocalInputRejectedException in(String language, String key, Object... args) {
    return new LocalInputRejectedException(Messages.of("local", language).text("refused." + key, args));
  }

  /**
   * A field refused: {@code Field 'issues[2].severity': <refused.<key>>}, the field named as its form labels it
   * ({@code refused.field.<name>} when the bundle has one, else the field's path).
   */
  static LocalInputRejectedException field(String language, String field, String key, Object... args) {
    Messages words = Messages.of("local", language);
    String named = words.has("refused.field." + field) ? words.text("refused.field." + field) : field;
    return in(language, "field", named, words.text("refused." + key, args));
  }

  /**
   * The person's language (the request's Accept-Language when a person files in Tasklist or REST), else the
   * programme's (an engine call without a request).
   */
  static String languageOf(DelegateExecution execution) {
    String programme;
    try {
      programme = ProgrammeLanguage.of(execution);
    } catch (RuntimeException unreadable) { // a code of the wrong type: refused below, in English if nobody asks
      programme = Languages.ENGLISH;
    }
    return Languages.ofPerson(programme);
  }

  /** The language of the person a web request serves, English outside one (no programme known yet). */
  static String ofPerson() {
    return Languages.ofPerson(Languages.ENGLISH);
  }
}
