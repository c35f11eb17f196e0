package org.ssr.workflow.finance;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;

/**
 * The finance package's words in one language: {@code i18n/finance[_<lang>].properties} for the workbooks' sheets,
 * headers, instructions, lists and the readers' refusals, the glossary ({@code i18n/glossary*.properties}) for the
 * domain's words (the step's name, the programme's term). The workbooks speak the programme's language, a refusal the
 * uploader's. Stored values stay language-neutral: cost categories and the funding sources National budget and
 * Unfunded are stored by their English code, and a reader maps the words of every supported language back to it.
 */
final class FinanceWords {

  static final String BUNDLE = "finance";

  /** The texts of every supported language, normalised by {@link PlanRowValidator#key}, to the code they mean. */
  private static final Map<String, Map<String, String>> CODES = new java.util.concurrent.ConcurrentHashMap<>();

  private final Messages messages;
  private final Messages glossary;

  private FinanceWords(String language) {
    this.messages = Messages.of(BUNDLE, language);
    this.glossary = Messages.of("glossary", language);
  }

  static FinanceWords of(String language) {
    return new FinanceWords(language);
  }

  static FinanceWords english() {
    return of(Languages.ENGLISH);
  }

  String language() {
    return messages.language();
  }

  Locale locale() {
    return messages.locale();
  }

  String text(String key, Object... args) {
    return messages.text(key, args);
  }

  /** A word of the glossary (docs/glossary.md). */
  String term(String key) {
    return glossary.text(key);
  }

  /**
   * An institution as a warning names it: its id in English (as the plan's lines carry it), the glossary's word in
   * another language, the id itself when the glossary has none.
   */
  String institution(String id) {
    return Languages.ENGLISH.equals(language()) || id == null || !glossary.has("institution." + id) ? String.valueOf(id)
        : glossary.text("institution." + id);
  }

  /** "Security Sector Reform programme" / "programme de réforme du secteur de la sécurité" for the variable's term. */
  String programme(String term) {
    String sst = Messages.of("glossary", Languages.ENGLISH).text("term.sst");
    return term != null && term.trim().equalsIgnoreCase(sst) ? term("term.sst.programme")
        : term("term.ssr.programme");
  }

  /** The financial feasibility plan, as the glossary names step 10. */
  String planTitle() {
    return term("step.10");
  }

  String column(PlanFormat.Column c) {
    return text("plan.column." + c.name());
  }

  String column(ExecutionFormat.Column c) {
    return text("execution.column." + c.name());
  }

  String sheet(String key) {
    return text("sheet." + key);
  }

  /** A stored cost category (English code) in this language. */
  String costCategory(String code) {
    int i = code == null ? -1 : PlanFormat.COST_CATEGORIES.indexOf(code);
    return i < 0 ? code : text("cost." + PlanFormat.COST_CATEGORY_KEYS.get(i));
  }

  List<String> costCategories() {
    return PlanFormat.COST_CATEGORIES.stream().map(this::costCategory).toList();
  }

  /** A stored funding source in this language: National budget and Unfunded translated, donors as they are named. */
  String source(String code) {
    if (PlanFormat.NATIONAL_BUDGET.equals(code)) {
      return text("source.nationalBudget");
    }
    if (PlanFormat.UNFUNDED.equals(code)) {
      return text("source.unfunded");
    }
    return code;
  }

  List<String> sources(List<String> codes) {
    return codes.stream().map(this::source).toList();
  }

  /** A year, a row or a version number as it is written (no thousands separator: 2027, not 2,027). */
  static String plain(Number n) {
    return String.valueOf(n);
  }

  // ------------------------------------------------------------ every language

  /** The text of a key in every supported language (for reading workbooks made in any of them). */
  static Set<String> everyLanguage(String key) {
    Set<String> all = new LinkedHashSet<>();
    for (String lang : Languages.supported()) {
      all.add(Messages.of(BUNDLE, lang).text(key));
    }
    return all;
  }

  /** Whether a sheet name is the sheet {@code key} in any language (case and surrounding spaces ignored). */
  static boolean isSheet(String name, String key) {
    return name != null && everyLanguage("sheet." + key).stream().anyMatch(n -> n.equalsIgnoreCase(name.trim()));
  }

  /** The code of a cost category written in any language, or null. */
  static String costCategoryCode(String text) {
    return codes("cost").get(PlanRowValidator.key(text));
  }

  /** National budget or Unfunded written in any language, as their code; anything else null. */
  static String sourceCode(String text) {
    return text == null ? null : codes("source").get(PlanRowValidator.key(text));
  }

  private static Map<String, String> codes(String kind) {
    return CODES.computeIfAbsent(kind, k -> {
      Map<String, String> m = new HashMap<>();
      if (k.equals("cost")) {
        for (int i = 0; i < PlanFormat.COST_CATEGORIES.size(); i++) {
          String code = PlanFormat.COST_CATEGORIES.get(i);
          m.put(PlanRowValidator.key(code), code);
          for (String t : everyLanguage("cost." + PlanFormat.COST_CATEGORY_KEYS.get(i))) {
            m.put(PlanRowValidator.key(t), code);
          }
        }
      } else {
        m.put(PlanRowValidator.key(PlanFormat.NATIONAL_BUDGET), PlanFormat.NATIONAL_BUDGET);
        m.put(PlanRowValidator.key(PlanFormat.UNFUNDED), PlanFormat.UNFUNDED);
        everyLanguage("source.nationalBudget").forEach(t -> m.put(PlanRowValidator.key(t), PlanFormat.NATIONAL_BUDGET));
        everyLanguage("source.unfunded").forEach(t -> m.put(PlanRowValidator.key(t), PlanFormat.UNFUNDED));
      }
      return Map.copyOf(m);
    });
  }
}
