package org.ssr.workflow.finance;

import java.util.List;
import java.util.Locale;

/** The spreadsheet format of a financial feasibility plan: sheet names, column headers, fixed vocabularies. */
public final class PlanFormat {

  public static final String PLAN_SHEET = "Plan";
  /** The summary export keeps its lines here; an upload without a Plan sheet is read from it (round trip). */
  public static final String LINES_SHEET = "Lines";
  public static final String INSTRUCTIONS_SHEET = "Instructions";
  public static final String LISTS_SHEET = "Lists";
  public static final String PLEDGES_SHEET = "Pledges";
  /** Summary workbook: pledges per NSP priority, unaligned pledges, national share against its target. */
  public static final String ALIGNMENT_SHEET = "Donor alignment";

  public static final String NATIONAL_BUDGET = "National budget";
  public static final String UNFUNDED = "Unfunded";

  public static final List<String> COST_CATEGORIES = List.of(
      "Personnel",
      "Training",
      "Equipment",
      "Infrastructure",
      "Operations and maintenance",
      "Technical assistance",
      "Oversight and civil society",
      "Other");

  /** The message keys of the cost categories ({@code cost.<key>} in i18n/finance*.properties), same order. */
  public static final List<String> COST_CATEGORY_KEYS = List.of(
      "personnel", "training", "equipment", "infrastructure", "operations", "technicalAssistance", "oversight",
      "other");

  /** The columns, in template order. */
  public enum Column {
    ACTION_ID("Action ID", true),
    ACTION("Action", false),
    INSTITUTION("Institution", true),
    YEAR("Year", true),
    COST_CATEGORY("Cost category", true),
    REQUIRED_AMOUNT("Required amount", true),
    FUNDING_SOURCE("Funding source", true),
    AVAILABLE_AMOUNT("Available amount", true),
    NOTES("Notes", false);

    public final String header;
    public final boolean required;

    Column(String header, boolean required) {
      this.header = header;
      this.required = required;
    }

    /** Column index (0-based) in the template and the export. */
    public int templateIndex() {
      return ordinal();
    }

    /** The column letter in the template and the export. */
    public String letter() {
      return String.valueOf((char) ('A' + ordinal()));
    }

    /**
     * Header matching is tolerant: case, spaces, '_' and '-' and a trailing "(...)" or '*' do not matter; the header
     * of the template of any supported language is recognised ({@code plan.column.*} in i18n/finance*.properties).
     */
    public static Column forHeader(String text) {
      String key = normalise(text);
      if (key.isEmpty()) {
        return null;
      }
      return HEADERS.get(key);
    }

    private static final java.util.Map<String, Column> HEADERS = headers();

    private static java.util.Map<String, Column> headers() {
      java.util.Map<String, Column> m = new java.util.HashMap<>();
      for (Column c : values()) {
        m.put(normalise(c.header), c);
        FinanceWords.everyLanguage("plan.column." + c.name()).forEach(h -> m.putIfAbsent(normalise(h), c));
      }
      return java.util.Map.copyOf(m);
    }

    static String normalise(String text) {
      if (text == null) {
        return "";
      }
      String s = text.toLowerCase(Locale.ROOT);
      int paren = s.indexOf('(');
      if (paren > 0) {
        s = s.substring(0, paren);
      }
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (Character.isLetterOrDigit(ch)) {
          b.append(ch);
        }
      }
      return b.toString();
    }
  }

  private PlanFormat() {}
}
