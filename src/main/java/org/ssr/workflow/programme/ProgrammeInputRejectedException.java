package org.ssr.workflow.programme;

import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.RejectedInput;

/**
 * What a user submitted cannot be accepted (a programme code already in use, a skipped step without justification).
 * Thrown synchronously inside the user's own transaction, so the engine rolls back and the user sees the message in
 * Tasklist (or the REST response) and can correct the form.
 *
 * <p>The message speaks the language of the person who submitted ({@link #refused}: {@code refused.*} of
 * {@code i18n/programme[_<lang>].properties} in {@link Languages#ofPerson}, the request's {@code Accept-Language}, else
 * the programme's language, docs/languages.md).
 */
public class ProgrammeInputRejectedException extends RuntimeException implements RejectedInput {

  public ProgrammeInputRejectedException(String message) {
    super(message);
  }

  /**
   * The refusal {@code refused.<key>} in the language of the person submitting.
   *
   * @param programmeLanguage the programme's language (before set-up: the one chosen on the form, else English), used
   *     when no web request names the person's language
   */
  public static ProgrammeInputRejectedException refused(String programmeLanguage, String key, Object... args) {
    return new ProgrammeInputRejectedException(words(programmeLanguage, key, args));
  }

  /** The refusal {@code refused.<key>} in words already chosen ({@link #words(String)}) for a refusal with parts. */
  static ProgrammeInputRejectedException refused(ProgrammeWords words, String key, Object... args) {
    return new ProgrammeInputRejectedException(words.text("refused." + key, args));
  }

  /** A part of a refusal ({@code refused.<key>}: where in the form, a problem among several) in the same language. */
  static String words(String programmeLanguage, String key, Object... args) {
    return words(programmeLanguage).text("refused." + key, args);
  }

  /** The programme's words (its bundle and the glossary) in the language of the person submitting. */
  static ProgrammeWords words(String programmeLanguage) {
    return ProgrammeWords.of(Languages.ofPerson(programmeLanguage));
  }
}
