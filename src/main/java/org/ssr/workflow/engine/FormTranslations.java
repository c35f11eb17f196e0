package org.ssr.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda Forms in every language from one English source (docs/languages.md, "Forms in the programme's language").
 *
 * <p>The English {@code forms/<name>.form} (form id {@code <name>}) is the only form anyone edits, in Camunda Modeler.
 * Its translatable strings are keyed {@code <componentId>.label | .description | .text | .placeholder | .dateLabel}
 * and {@code <componentId>.values.<option value>} (static options), found recursively through {@code components};
 * a language's words live in {@code i18n/forms/<name>_<lang>.properties}. At deployment every form is deployed once
 * per {@link Languages#supported() language}: {@code <name>.form} itself (English) and, generated, {@code
 * <name>.<lang>.form} with form id {@code <name>-<lang>}: the English form with only those strings replaced. A string
 * without translation stays English (the translation tests fail the build on it). Nothing generated is committed.
 *
 * <p>A select or radio whose custom property {@code ssr.options} is {@code languages} offers the supported languages,
 * each by its own name ("Français"), in every form: its options are written here, not translated, so a new language
 * appears without touching the form. If the English form preselects one ({@code defaultValue}), each form preselects
 * its own language: whoever reads the set-up form in French most likely sets up a French programme (and can choose
 * another).
 *
 * <p>A user task picks the form of its programme's language with {@code camunda:formRef="${forms.ref('<name>',
 * execution)}"} ({@link #REF_EXPRESSION}); start forms keep the plain id (the engine does not evaluate a start form's
 * formRef) and are shown in the language of the person who opens them ({@link StartFormLanguages}).
 */
public final class FormTranslations {

  /** The attributes of a component that hold words a person reads. */
  public static final List<String> TEXT_ATTRIBUTES = List.of("label", "description", "text", "placeholder", "dateLabel");
  /** Custom property of a select or radio whose options are generated. */
  public static final String OPTIONS_PROPERTY = "ssr.options";
  public static final String LANGUAGE_OPTIONS = "languages";
  /** A field's preselected value; in a language select with one, the form's own language. */
  public static final String DEFAULT_VALUE = "defaultValue";
  /** A user task's formRef: {@code ${forms.ref('dialog-session', execution)}}. */
  public static final Pattern REF_EXPRESSION =
      Pattern.compile("\\$\\{forms\\.ref\\('([a-z0-9-]+)', execution\\)\\}");
  public static final String BUNDLE_FOLDER = "forms/";
  private static final String FORM_SUFFIX = ".form";

  private FormTranslations() {
  }

  /** The formRef of a user task showing form {@code name} in its programme's language. */
  public static String refExpression(String name) {
    return "${forms.ref('" + name + "', execution)}";
  }

  /** The English form id a formRef names: the plain id, or the id inside {@link #REF_EXPRESSION}. */
  public static String sourceFormId(String formRef) {
    Matcher matcher = REF_EXPRESSION.matcher(formRef.trim());
    return matcher.matches() ? matcher.group(1) : formRef.trim();
  }

  /** The id of form {@code name} in a language: {@code name} in English, {@code name-fr} in French. */
  public static String formId(String name, String language) {
    String lang = Languages.orEnglish(language);
    return Languages.ENGLISH.equals(lang) ? name : name + "-" + lang;
  }

  /** The deployment resource of form file {@code name.form} in a language: {@code name.fr.form}. */
  public static String resourceName(String fileName, String language) {
    String lang = Languages.orEnglish(language);
    if (Languages.ENGLISH.equals(lang)) {
      return fileName;
    }
    return fileName.substring(0, fileName.length() - FORM_SUFFIX.length()) + "." + lang + FORM_SUFFIX;
  }

  public static boolean isForm(String fileName) {
    return fileName != null && fileName.endsWith(FORM_SUFFIX);
  }

  /** The message bundle of a form ({@link Messages}): {@code forms/<name>}. */
  public static String bundle(String name) {
    return BUNDLE_FOLDER + name;
  }

  /** Every translatable string of a form by its key, in the order the form shows them. */
  public static Map<String, String> strings(JsonNode form) {
    Map<String, String> strings = new LinkedHashMap<>();
    collect(form.path("components"), strings);
    return strings;
  }

  private static void collect(JsonNode components, Map<String, String> strings) {
    for (JsonNode component : components) {
      String id = component.path("id").asText();
      for (String attribute : TEXT_ATTRIBUTES) {
        JsonNode text = component.get(attribute);
        if (text != null && text.isTextual() && !text.asText().isBlank()) {
          strings.put(id + "." + attribute, text.asText());
        }
      }
      if (component.path("values").isArray() && !generatedOptions(component)) {
        for (JsonNode option : component.get("values")) {
          strings.put(id + ".values." + option.path("value").asText(), option.path("label").asText());
        }
      }
      collect(component.path("components"), strings);
    }
  }

  private static boolean generatedOptions(JsonNode component) {
    return LANGUAGE_OPTIONS.equals(component.path("properties").path(OPTIONS_PROPERTY).asText());
  }

  /**
   * The form as deployed in a language: a copy of the English form with id {@link #formId}, every string that has a
   * translation replaced, and the generated options written. English gets the options only.
   *
   * @param translation key → text of {@code i18n/forms/<name>_<lang>.properties} (empty for English)
   */
  public static ObjectNode localise(JsonNode englishForm, String language, Map<String, String> translation) {
    ObjectNode form = englishForm.deepCopy();
    String name = form.path("id").asText();
    form.put("id", formId(name, language));
    localiseComponents(form.path("components"), Languages.orEnglish(language), translation);
    return form;
  }

  private static void localiseComponents(JsonNode components, String language, Map<String, String> translation) {
    for (JsonNode node : components) {
      ObjectNode component = (ObjectNode) node;
      String id = component.path("id").asText();
      for (String attribute : TEXT_ATTRIBUTES) {
        if (component.path(attribute).isTextual()) {
          String text = translation.get(id + "." + attribute);
          if (text != null && !text.isBlank()) {
            component.put(attribute, text);
          }
        }
      }
      if (generatedOptions(component)) {
        ArrayNode options = component.putArray("values");
        for (String code : Languages.supported()) {
          options.addObject().put("label", ownName(code)).put("value", code);
        }
        if (component.hasNonNull(DEFAULT_VALUE)) {
          // whoever opens the form in a language most likely means it: the French set-up form proposes French
          component.put(DEFAULT_VALUE, language);
        }
      } else if (component.path("values").isArray()) {
        for (JsonNode option : component.get("values")) {
          String text = translation.get(id + ".values." + option.path("value").asText());
          if (text != null && !text.isBlank()) {
            ((ObjectNode) option).put("label", text);
          }
        }
      }
      localiseComponents(component.path("components"), language, translation);
    }
  }

  /** A language by its own name, as its speakers look for it in a list: "English", "Français", "Português". */
  public static String ownName(String code) {
    Locale locale = Languages.locale(code);
    String name = locale.getDisplayLanguage(locale);
    return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** The bytes deployed for a form file in a language, its words read from {@code i18n/forms/<name>_<lang>}. */
  public static byte[] deployable(byte[] englishForm, String language) {
    try {
      JsonNode form = Json.mapper().readTree(englishForm);
      String name = form.path("id").asText();
      Map<String, String> translation = Languages.ENGLISH.equals(Languages.orEnglish(language))
          ? Map.of() : Messages.file(bundle(name), language);
      return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(localise(form, language, translation));
    } catch (IOException e) {
      throw new UncheckedIOException("a form is not JSON", e);
    }
  }
}
