package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message file of the server, {@code i18n/<bundle>[_<lang>].properties} (glossary, Cockpit and Tasklist words,
 * workbooks, reports, e-mails: every bundle on the class path, found by name; the Camunda Forms' files in
 * {@code i18n/forms/} have their own test): a key missing or empty in any language of {@link Languages#supported()}
 * fails the build, as does a translation that drops or adds an argument ({@code {0}}, {@code {0,number,#,##0}},
 * {@code {name}}). Texts with {@code {0}}-style arguments are {@link MessageFormat} patterns ({@link Messages#text}):
 * they must parse in every language, keep every argument when formatted, and write an apostrophe as {@code ''} or
 * {@code ’} (a single {@code '} starts a quote that silently swallows the rest). What the webapps make of the
 * glossary, Cockpit and Tasklist files through HTTP is {@code web.WebappLanguagesTest}'s.
 */
class MessageFilesTest {

  /** An argument: {0}, {0,number,#,##0}, {name} (Cockpit plugins), {{name}} (Tasklist's Angular labels). */
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\w+)\\s*[,}]");
  private static final Pattern NUMBERED = Pattern.compile("\\{\\s*\\d+\\s*[,}]");
  /** A lone ASCII apostrophe (not ''). */
  private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern FILE = Pattern.compile("([A-Za-z0-9-]+?)(?:_([a-z]{2}))?\\.properties");

  @Test
  void everyKeyOfEveryBundleIsInEveryLanguageWithItsArguments() {
    Set<String> bundles = bundles();
    assertThat(bundles).as("message bundles in i18n/").contains("glossary", "finance");
    List<String> problems = new ArrayList<>();
    for (String bundle : bundles) {
      Map<String, String> english = Messages.file(bundle, Languages.ENGLISH);
      if (english.isEmpty()) {
        problems.add("i18n/" + bundle + ".properties: no English file (or no key in it)");
        continue;
      }
      for (String lang : Languages.supported()) {
        String file = "i18n/" + bundle + (Languages.ENGLISH.equals(lang) ? "" : "_" + lang) + ".properties";
        Map<String, String> texts = Messages.file(bundle, lang);
        for (String key : english.keySet()) {
          String text = texts.get(key);
          if (text == null) {
            problems.add(file + ": " + key + " is missing");
          } else if (text.isBlank()) {
            problems.add(file + ": " + key + " is empty");
          } else {
            check(file, key, english.get(key), text, lang, problems);
          }
        }
        for (String key : texts.keySet()) {
          if (!english.containsKey(key)) {
            problems.add(file + ": " + key + " is not in the English file (a typo, or a key English lost)");
          }
        }
      }
    }
    assertThat(problems).as("problems of the message files").isEmpty();
  }

  @Test
  void aDroppedArgumentOrASwallowingApostropheIsFound() {
    List<String> dropped = new ArrayList<>();
    check("x_fr.properties", "k", "row {0} of {1,number,#,##0}", "ligne {0}", "fr", dropped);
    assertThat(dropped).containsExactly("x_fr.properties: k: arguments [0, 1] became [0]");
    List<String> swallowed = new ArrayList<>();
    check("x_fr.properties", "k", "the action''s row {0}", "la ligne de l'action {0}", "fr", swallowed);
    assertThat(swallowed).anySatisfy(p -> assertThat(p).contains("a single '"))
        .anySatisfy(p -> assertThat(p).contains("argument {0} disappears"));
    List<String> fine = new ArrayList<>();
    check("x_fr.properties", "k", "the action''s row {0,number,#,##0}", "ligne {0,number,#,##0} de l’action", "fr",
        fine);
    check("x_fr.properties", "k", "the action's row", "la ligne de l'action", "fr", fine);
    assertThat(fine).isEmpty();
  }

  /** The arguments are the English text's, and a MessageFormat pattern keeps every one of them when formatted. */
  private static void check(String file, String key, String english, String text, String lang,
      List<String> problems) {
    Set<String> expected = arguments(english);
    Set<String> found = arguments(text);
    if (!expected.equals(found)) {
      problems.add(file + ": " + key + ": arguments " + expected + " became " + found);
    }
    if (!NUMBERED.matcher(english).find()) {
      return; // no MessageFormat pattern: Messages.text returns it as it is
    }
    if (LONE_QUOTE.matcher(text).find()) {
      problems.add(file + ": " + key + ": a single ' in a text with arguments starts a MessageFormat quote; write ''"
          + " or ’");
    }
    try {
      MessageFormat format = new MessageFormat(text, Languages.locale(lang));
      Format[] formats = format.getFormatsByArgumentIndex();
      int count = expected.stream().filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).max().orElse(-1) + 1;
      Object[] values = new Object[Math.max(count, formats.length)];
      for (int i = 0; i < values.length; i++) {
        values[i] = i < formats.length && formats[i] instanceof NumberFormat ? (Object) 7 : "\u00ABarg" + i + "\u00BB";
      }
      String formatted = format.format(values);
      for (int i = 0; i < count; i++) {
        boolean number = i < formats.length && formats[i] instanceof NumberFormat;
        if (found.contains(String.valueOf(i)) && !number && !formatted.contains("\u00ABarg" + i + "\u00BB")) {
          problems.add(file + ": " + key + ": argument {" + i + "} disappears when formatted (a quote around it?)");
        }
      }
    } catch (IllegalArgumentException e) {
      problems.add(file + ": " + key + ": not a valid MessageFormat pattern: " + e.getMessage());
    }
  }

  private static Set<String> arguments(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** The bundles: every i18n/*.properties on the class path, by name without its language (not i18n/forms/). */
  private static Set<String> bundles() {
    Set<String> bundles = new TreeSet<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
        Matcher matcher = FILE.matcher(String.valueOf(resource.getFilename()));
        if (matcher.matches()) {
          bundles.add(matcher.group(1));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bundles;
  }
}
