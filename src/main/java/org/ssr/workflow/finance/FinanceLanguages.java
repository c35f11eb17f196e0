package org.ssr.workflow.finance;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.ssr.workflow.engine.Languages;

/** Whose language a refused upload is explained in: the uploader's (docs/languages.md). */
final class FinanceLanguages {

  private FinanceLanguages() {}

  /** The language of a REST upload: the request's Accept-Language, the browser's language Tasklist also follows. */
  static String of(HttpServletRequest request) {
    return Languages.of(request == null ? null : request.getLocale());
  }

  /**
   * The language of an upload through Tasklist: the one the upload form recorded (a tag as the browser gives it,
   * "fr" or "pt-PT"); an upload without it (a script, an old form) is explained in the programme's language.
   */
  static String uploader(String recorded, String programmeLanguage) {
    if (recorded == null || recorded.isBlank()) {
      return Languages.orEnglish(programmeLanguage);
    }
    return Languages.of(Locale.forLanguageTag(recorded.trim().replace('_', '-')));
  }
}
