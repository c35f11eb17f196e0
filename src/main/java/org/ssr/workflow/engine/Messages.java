package org.ssr.workflow.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's words in one language: a message bundle {@code i18n/<bundle>[_<lang>].properties} (UTF-8, English in the
 * file without suffix) read for one of {@link Languages#supported()}. Used for what the programme produces (workbooks,
 * reports, generated texts, e-mails: the programme's language) and for what a person is told (a refused upload: the
 * uploader's language). {@code text(key, args…)} formats with {@link MessageFormat} in the language's locale, so
 * {@code {0,number,#,##0.00}} gives {@code 1 250 000,00} in French. A key missing in a language falls back to English
 * (the message-file tests forbid that in the build); a key missing in English is a programming error and throws.
 */
public final class Messages {

  private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();

  private final String bundle;
  private final String language;

  private Messages(String bundle, String language) {
    this.bundle = bundle;
    this.language = Languages.orEnglish(language);
  }

  /** The bundle {@code i18n/<bundle>.properties} in a language code (unknown or missing = English). */
  public static Messages of(String bundle, String language) {
    return new Messages(bundle, language);
  }

  public String language() {
    return language;
  }

  public java.util.Locale locale() {
    return Languages.locale(language);
  }

  /** The text of a key, with {@code {0}}-style arguments formatted in the language's locale. */
  public String text(String key, Object... args) {
    String pattern = file(language).getProperty(key);
    if (pattern == null) {
      pattern = file(Languages.ENGLISH).getProperty(key);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("no message " + key + " in i18n/" + bundle + ".properties");
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
  }

  /** Whether the bundle has the key in English (e.g. a label per code). */
  public boolean has(String key) {
    return file(Languages.ENGLISH).containsKey(key);
  }

  /** Every key and text of the bundle in one language, exactly as its file says (no English fallback). */
  public static Map<String, String> file(String bundle, String language) {
    Properties properties = new Messages(bundle, language).file(Languages.orEnglish(language));
    Map<String, String> all = new java.util.TreeMap<>();
    properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
    return all;
  }

  private Properties file(String lang) {
    String path = "i18n/" + bundle + (Languages.ENGLISH.equals(lang) ? "" : "_" + lang) + ".properties";
    return FILES.computeIfAbsent(path, Messages::load);
  }

  private static Properties load(String path) {
    Properties properties = new Properties();
    try (var in = Messages.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return properties;
  }
}
