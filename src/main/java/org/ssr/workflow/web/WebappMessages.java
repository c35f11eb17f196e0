package org.ssr.workflow.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Languages;

/**
 * Our own words on the webapps' screens, per language: the glossary ({@code i18n/glossary[_lang].properties}, shared by
 * everything) and each app's labels ({@code i18n/<app>[_lang].properties}: Cockpit plugins, Tasklist's embedded forms).
 * The base file (no suffix) is English. The languages are {@link Languages#supported()}: adding a language is adding
 * message files (and the webapps' {@code locales/<lang>.json}), no code.
 *
 * <p>These words reach the browser two ways, both served by {@link WebappBrandingController}: merged into the webapps'
 * own {@code locales/<lang>.json} labels as {@code SSR_…} keys (so an embedded form writes
 * {@code {{ 'SSR_FORM_…' | translate }}}), and as the module {@code ssr/messages.js} our Cockpit plugins import.
 */
@Component
public class WebappMessages {

  public static final String ENGLISH = Languages.ENGLISH;
  private static final String DIR = "i18n/";

  private final List<String> languages;

  public WebappMessages() {
    this.languages = Languages.supported();
  }

  /** English first, then the others found on the class path, alphabetically. */
  public List<String> languages() {
    return languages;
  }

  /** Glossary and app labels in a language; a key it lacks falls back to English (LanguagesTest forbids that). */
  public Map<String, String> messages(String app, String language) {
    Map<String, String> merged = new LinkedHashMap<>();
    merged.putAll(load("glossary", ENGLISH));
    merged.putAll(load(app, ENGLISH));
    if (!ENGLISH.equals(language)) {
      merged.putAll(load("glossary", language));
      merged.putAll(load(app, language));
    }
    return merged;
  }

  /** The keys and texts of one file ({@code name} "glossary" or an app); empty when the file does not exist. */
  public static Map<String, String> load(String name, String language) {
    String path = DIR + name + (ENGLISH.equals(language) ? "" : "_" + language) + ".properties";
    Properties properties = new Properties();
    try (var in = WebappMessages.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return Map.of();
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> messages = new LinkedHashMap<>();
    new TreeSet<>(properties.stringPropertyNames()).forEach(key -> messages.put(key, properties.getProperty(key)));
    return messages;
  }

  /** The key of a message among the webapps' labels: "step.1" -> "SSR_STEP_1". */
  public static String labelKey(String key) {
    return "SSR_" + key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
