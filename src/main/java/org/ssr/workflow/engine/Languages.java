package org.ssr.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The languages the application speaks (docs/languages.md): English, and one more for every
 * {@code i18n/glossary_<lang>.properties} on the class path. Adding a language is adding message files, no code: nothing
 * else may list the languages. A programme's language ({@code programmeLanguage}) and a person's language are codes
 * from this list; anything else reads as English.
 */
public final class Languages {

  public static final String ENGLISH = "en";
  private static final Pattern GLOSSARY_FILE = Pattern.compile("glossary(?:_([a-z]{2}))?\\.properties");
  private static final List<String> SUPPORTED = discover();

  private Languages() {
  }

  /** English first, then the others found on the class path, alphabetically. */
  public static List<String> supported() {
    return SUPPORTED;
  }

  public static boolean isSupported(String code) {
    return code != null && SUPPORTED.contains(code);
  }

  /** A supported code as it is ("fr"), or English for a missing or unknown one (programmes set up before #19). */
  public static String orEnglish(String code) {
    if (code == null) {
      return ENGLISH;
    }
    String lower = code.trim().toLowerCase(Locale.ROOT);
    return SUPPORTED.contains(lower) ? lower : ENGLISH;
  }

  /** The best supported language of a locale (a browser's, a request's), English when none matches. */
  public static String of(Locale locale) {
    return locale == null ? ENGLISH : orEnglish(locale.getLanguage());
  }

  /**
   * The language of the person this thread is serving: the first language of the {@code Accept-Language} of the web
   * request being answered (Tasklist's submit-form, a REST call; Spring's request-context filter puts it on the thread
   * for every URL), if it is one of ours, else English, as the screens choose (docs/languages.md). Outside a web
   * request (the job executor, a timer, a test calling the engine) nobody is waiting for an answer, and a request
   * without {@code Accept-Language} chose none: then {@code otherwise}, usually the programme's language.
   */
  public static String ofPerson(String otherwise) {
    return ofPersonOr(() -> otherwise);
  }

  /** The same, with {@code otherwise} found only when the person chose no language (it may read the database). */
  public static String ofPersonOr(Supplier<String> otherwise) {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    Locale locale = context == null || !namesALanguage() ? null : context.getLocale();
    return locale == null ? orEnglish(otherwise.get()) : of(locale);
  }

  /**
   * Whether the web request being answered says a language: a request without {@code Accept-Language} (a script, a
   * REST client) gets the server's default locale from the servlet container, which is nobody's choice, so it is
   * answered in {@code otherwise} like work outside a request. A locale set on the thread without a servlet request
   * counts as chosen.
   */
  private static boolean namesALanguage() {
    return !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet)
        || servlet.getRequest().getHeader("Accept-Language") != null;
  }

  public static Locale locale(String code) {
    return Locale.forLanguageTag(orEnglish(code));
  }

  private static List<String> discover() {
    List<String> found = new ArrayList<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/glossary*.properties")) {
        Matcher matcher = GLOSSARY_FILE.matcher(String.valueOf(resource.getFilename()));
        if (matcher.matches() && matcher.group(1) != null && !found.contains(matcher.group(1))) {
          found.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the message files in i18n/", e);
    }
    Collections.sort(found);
    found.remove(ENGLISH);
    found.add(0, ENGLISH);
    return List.copyOf(found);
  }
}
