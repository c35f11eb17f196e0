package org.ssr.workflow.finance;

/** The spreadsheet format of a budget execution workbook: sheet names and columns. */
public final class ExecutionFormat {

  public static final String SHEET = "Execution";
  public static final String INSTRUCTIONS_SHEET = "Instructions";
  public static final String VARIANCE_SHEET = "Variance";

  /** The columns, in template order. */
  public enum Column {
    ACTION_ID("Action ID", true),
    ACTION("Action", false),
    INSTITUTION("Institution", true),
    YEAR("Year", true),
    FUNDING_SOURCE("Funding source", true),
    PLANNED("Planned amount", true),
    COMMITTED("Committed amount", true),
    SPENT("Spent amount", true),
    NOTES("Notes", false);

    public final String header;
    public final boolean required;

    Column(String header, boolean required) {
      this.header = header;
      this.required = required;
    }

    /**
     * Header matching as the plan's: case, spaces, '_', '-' and a trailing "(...)" do not matter, and the header of
     * the template of any supported language is recognised ({@code execution.column.*}).
     */
    public static Column forHeader(String text) {
      String key = PlanFormat.Column.normalise(text);
      if (key.isEmpty()) {
        return null;
      }
      return HEADERS.get(key);
    }

    private static final java.util.Map<String, Column> HEADERS = headers();

    private static java.util.Map<String, Column> headers() {
      java.util.Map<String, Column> m = new java.util.HashMap<>();
      for (Column c : values()) {
        m.put(PlanFormat.Column.normalise(c.header), c);
        FinanceWords.everyLanguage("execution.column." + c.name())
            .forEach(h -> m.putIfAbsent(PlanFormat.Column.normalise(h), c));
      }
      return java.util.Map.copyOf(m);
    }
  }

  private ExecutionFormat() {}
}
