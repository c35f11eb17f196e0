package org.ssr.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.ssr.workflow.engine.FormTranslations;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.engine.Languages;

/**
 * Every Camunda Form speaks every language (docs/languages.md, "Forms in the programme's language"): for each
 * forms/*.form and each language but English, {@code i18n/forms/<name>_<lang>.properties} translates every string of
 * the English form (no key missing or empty, every {@code {{placeholder}}} kept, no key the form no longer has), and
 * the form generated from it at deployment is the English form with only its strings changed (and a language select's
 * preselected language: its own): same components, keys, types, validation, conditions and option values, so what
 * Tasklist submits from it is what it submits from the English form ({@code EveryFormAsTasklistSubmitsItTest}).
 */
class FormLanguagesTest {

  private static final Path FORMS_DIR = FormsDeployedTest.classpathDirectory("forms");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}");
  private static final String I18N_FORMS = "i18n/forms/";

  @TestFactory
  Stream<DynamicTest> everyStringOfEveryFormIsTranslatedInEveryLanguage() {
    return formsInEveryOtherLanguage((name, language) -> {
      Map<String, String> english = FormTranslations.strings(readJson(FORMS_DIR.resolve(name + ".form")));
      Map<String, String> translation = translation(name, language);
      assertThat(translation).as(I18N_FORMS + name + "_" + language + ".properties (missing file)").isNotNull();
      assertThat(problems(english, translation)).as(I18N_FORMS + name + "_" + language + ".properties").isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedFormKeepsTheEnglishFormsStructure() {
    return formsInEveryOtherLanguage((name, language) -> {
      byte[] source = bytes(FORMS_DIR.resolve(name + ".form"));
      JsonNode english = readJson(FormTranslations.deployable(source, Languages.ENGLISH));
      JsonNode generated = readJson(FormTranslations.deployable(source, language));
      assertThat(generated.path("id").asText()).isEqualTo(name + "-" + language);
      assertThat(withoutWords(generated)).as("%s in %s without its words", name, language)
          .isEqualTo(withoutWords(english));
      assertThat(generated.path("components").size()).isEqualTo(english.path("components").size()).isPositive();
    });
  }

  @Test
  void everyFormIsNamedByItsFileSoItsTranslationsAndLanguagesAreFound() {
    for (Path file : FormsDeployedTest.files(FORMS_DIR, ".form")) {
      String name = file.getFileName().toString().replace(".form", "");
      assertThat(readJson(file).path("id").asText()).as(file.getFileName().toString()).isEqualTo(name);
      assertThat(name).as("a generated form's id (name-lang) must not be another form's").doesNotMatch(".*-[a-z]{2}");
    }
  }

  @Test
  void theChecksFindAMissingKeyALostPlaceholderAndAKeyTheFormNoLongerHas() {
    Map<String, String> english = Map.of("Text_1.text", "Hello {{name}}", "Field_a.label", "Amount",
        "Field_b.values.x", "Option x");
    Map<String, String> translation = Map.of("Text_1.text", "Bonjour", "Field_a.label", " ",
        "Field_c.label", "Autre");
    assertThat(problems(english, translation)).containsExactly(
        "Field_a.label: missing or empty",
        "Field_b.values.x: missing or empty",
        "Text_1.text: {{placeholders}} differ: English [{{name}}], translation []",
        "Field_c.label: no such string in the English form (remove it or rename it)");
  }

  @Test
  void aGeneratedFormChangesOnlyWordsAndOffersTheLanguagesByTheirOwnNames() throws IOException {
    String form = """
        {"id": "note", "schemaVersion": 16, "components": [
          {"id": "Text_1", "type": "text", "text": "# Note"},
          {"id": "Group_1", "type": "group", "label": "Details", "components": [
            {"id": "Field_kind", "type": "radio", "key": "kind", "label": "Kind", "validate": {"required": true},
             "values": [{"label": "Short", "value": "short"}, {"label": "Long", "value": "long"}]},
            {"id": "Field_when", "type": "datetime", "key": "when", "dateLabel": "Date", "conditional": {"hide": "=x"}}]},
          {"id": "Field_language", "type": "select", "key": "language", "label": "Language", "defaultValue": "en",
           "properties": {"ssr.options": "languages"}}]}
        """;
    JsonNode english = Json.mapper().readTree(form);
    ObjectNode french = FormTranslations.localise(english, "fr", Map.of("Text_1.text", "# Note en français",
        "Field_kind.values.long", "Longue", "Field_when.dateLabel", "Date du jour", "Group_1.label", "Détails"));

    assertThat(french.path("id").asText()).isEqualTo("note-fr");
    assertThat(french.at("/components/0/text").asText()).isEqualTo("# Note en français");
    assertThat(french.at("/components/1/label").asText()).isEqualTo("Détails");
    assertThat(french.at("/components/1/components/0/values/0/label").asText()).as("untranslated: English")
        .isEqualTo("Short");
    assertThat(french.at("/components/1/components/0/values/1/label").asText()).isEqualTo("Longue");
    assertThat(french.at("/components/1/components/0/values/1/value").asText()).isEqualTo("long");
    assertThat(french.at("/components/1/components/1/dateLabel").asText()).isEqualTo("Date du jour");
    assertThat(french.at("/components/1/components/1/conditional/hide").asText()).isEqualTo("=x");
    assertThat(french.at("/components/2/values").findValuesAsText("value")).isEqualTo(Languages.supported());
    assertThat(french.at("/components/2/values").findValuesAsText("label")).contains("English", "Français");
    assertThat(french.at("/components/2/defaultValue").asText()).as("the French form proposes French").isEqualTo("fr");
    assertThat(FormTranslations.localise(english, Languages.ENGLISH, Map.of()).at("/components/2/defaultValue")
        .asText()).isEqualTo("en");
    assertThat(FormTranslations.strings(english)).containsOnlyKeys("Text_1.text", "Group_1.label", "Field_kind.label",
        "Field_kind.values.short", "Field_kind.values.long", "Field_when.dateLabel", "Field_language.label");
    assertThat(english.path("id").asText()).as("the English form is not changed").isEqualTo("note");
  }

  @Test
  void aTaskAsksForItsFormByAnExpressionTheChecksRead() {
    String ref = FormTranslations.refExpression("dialog-session");
    assertThat(ref).isEqualTo("${forms.ref('dialog-session', execution)}");
    assertThat(FormTranslations.sourceFormId(ref)).isEqualTo("dialog-session");
    assertThat(FormTranslations.sourceFormId("programme-setup")).isEqualTo("programme-setup");
    assertThat(FormTranslations.formId("dialog-session", "fr")).isEqualTo("dialog-session-fr");
    assertThat(FormTranslations.formId("dialog-session", null)).isEqualTo("dialog-session");
    assertThat(FormTranslations.formId("dialog-session", "xx")).as("unknown = English").isEqualTo("dialog-session");
    assertThat(FormTranslations.resourceName("dialog-session.form", "pt")).isEqualTo("dialog-session.pt.form");
  }

  // ---------------------------------------------------------------- the checks

  static List<String> problems(Map<String, String> english, Map<String, String> translation) {
    List<String> problems = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (Map.Entry<String, String> string : new TreeMap<>(english).entrySet()) {
      String translated = translation.get(string.getKey());
      if (translated == null || translated.isBlank()) {
        problems.add(string.getKey() + ": missing or empty");
        continue;
      }
      List<String> expected = placeholders(string.getValue());
      List<String> found = placeholders(translated);
      if (!expected.equals(found)) {
        placeholders.add(string.getKey() + ": {{placeholders}} differ: English " + expected + ", translation " + found);
      }
    }
    problems.addAll(placeholders);
    for (String key : new TreeSet<>(translation.keySet())) {
      if (!english.containsKey(key)) {
        problems.add(key + ": no such string in the English form (remove it or rename it)");
      }
    }
    return problems;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }

  /** The form without what a translation may change: its id and every string of {@link FormTranslations}. */
  private static JsonNode withoutWords(JsonNode deployed) {
    ObjectNode form = deployed.deepCopy();
    form.remove("id");
    strip(form.path("components"));
    return form;
  }

  private static void strip(JsonNode components) {
    for (JsonNode node : components) {
      ObjectNode component = (ObjectNode) node;
      FormTranslations.TEXT_ATTRIBUTES.forEach(attribute -> {
        if (component.path(attribute).isTextual()) {
          component.put(attribute, "…");
        }
      });
      component.path("values").forEach(option -> ((ObjectNode) option).put("label", "…"));
      if (FormTranslations.LANGUAGE_OPTIONS.equals(
          component.path("properties").path(FormTranslations.OPTIONS_PROPERTY).asText())
          && component.hasNonNull(FormTranslations.DEFAULT_VALUE)) {
        component.put(FormTranslations.DEFAULT_VALUE, "…"); // each form proposes its own language
      }
      strip(component.path("components"));
    }
  }

  // ---------------------------------------------------------------- forms and files

  private interface FormCheck {
    void check(String name, String language) throws Exception;
  }

  private static Stream<DynamicTest> formsInEveryOtherLanguage(FormCheck check) {
    List<String> languages = Languages.supported().stream().filter(code -> !Languages.ENGLISH.equals(code)).toList();
    assertThat(languages).as("languages besides English").isNotEmpty();
    return FormsDeployedTest.files(FORMS_DIR, ".form").stream()
        .map(file -> file.getFileName().toString().replace(".form", ""))
        .flatMap(name -> languages.stream().map(language -> DynamicTest.dynamicTest(name + " (" + language + ")",
            () -> check.check(name, language))));
  }

  /** The translation file as java.util.Properties reads it (UTF-8), or null when there is none. */
  private static Map<String, String> translation(String name, String language) throws IOException {
    var in = FormLanguagesTest.class.getClassLoader()
        .getResourceAsStream(I18N_FORMS + name + "_" + language + ".properties");
    if (in == null) {
      return null;
    }
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> all = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> all.put(key, properties.getProperty(key)));
    return all;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(Path file) {
    return readJson(bytes(file));
  }

  private static JsonNode readJson(byte[] json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
