package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ssr.workflow.finance.PlanFormat.Column;

/**
 * Turns the data rows of the Plan sheet into {@link PlanLine}s, collecting every problem (up to the limit) instead of
 * stopping at the first. Pure Java: fed by {@link FinancialPlanReader}.
 */
final class PlanRowValidator {

  /** Numbers stored as text are accepted when unambiguous: digits, optional thousands separators, '.' decimals. */
  static final Pattern TEXT_NUMBER =
      Pattern.compile("[+-]?(\\d{1,3}([,' \u00A0\u202F]\\d{3})+|\\d+)(\\.\\d+)?");

  /** Runs of whitespace (incl. no-break spaces) that {@link #key} turns into one space. */
  private static final Pattern SPACES = Pattern.compile("[\\s\u00A0]+");

  private final FinanceWords words;
  private final String sheet;
  private final PlanContext context;
  private final PlanLimits limits;
  private final EnumMap<Column, Integer> columns;
  private final Map<String, String> institutions = new HashMap<>();
  private final Map<String, String> categories = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();
  private final Map<String, StrategyAction> actions;
  /** line key -> first row, to find duplicates */
  private final Map<LineKey, Integer> seen = new HashMap<>();
  /** the remedies of the vocabulary columns, made once instead of for every row */
  private final String categoryRemedy;
  private final String sourceRemedy;
  final List<PlanLine> lines = new ArrayList<>();
  final List<PlanError> errors = new ArrayList<>();
  int suppressed;

  PlanRowValidator(FinanceWords words, String sheet, PlanContext context, PlanLimits limits,
      EnumMap<Column, Integer> columns) {
    this.words = words;
    this.sheet = sheet;
    this.context = context;
    this.limits = limits;
    this.columns = columns;
    this.actions = context.actionsById();
    context.institutions().forEach(i -> institutions.put(key(i), i));
    // the words of the template of every language map to the stored code (English)
    for (String lang : org.ssr.workflow.engine.Languages.supported()) {
      FinanceWords w = FinanceWords.of(lang);
      PlanFormat.COST_CATEGORIES.forEach(c -> categories.putIfAbsent(key(w.costCategory(c)), c));
      context.fundingSources().forEach(s -> sources.putIfAbsent(key(w.source(s)), s));
    }
    PlanFormat.COST_CATEGORIES.forEach(c -> categories.put(key(c), c));
    context.fundingSources().forEach(s -> sources.put(key(s), s));
    categoryRemedy = words.text("remedy.chooseOneOf", String.join(", ", words.costCategories()));
    sourceRemedy = words.text("remedy.chooseOneOf", String.join(", ", words.sources(context.fundingSources())));
  }

  static String key(String s) {
    String t = s.trim();
    // the usual value has single spaces only: skip the regex then (it was a large part of the import's time)
    return (hasSpaceRun(t) ? SPACES.matcher(t).replaceAll(" ") : t).toLowerCase(Locale.ROOT);
  }

  /** True when {@link #SPACES} would change t: a whitespace other than ' ', or two whitespaces in a row. */
  private static boolean hasSpaceRun(String t) {
    boolean previous = false;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      boolean space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r'
          || ch == '\u00A0';
      if (space && (ch != ' ' || previous)) {
        return true;
      }
      previous = space;
    }
    return false;
  }

  /** What makes two lines duplicates (the fields of {@link PlanLine#key()}), cheaper to hash than that string. */
  private record LineKey(String actionId, String institution, int year, String costCategory, String fundingSource) {}

  /** A row is a plan line as soon as one of the columns the officer fills in has a value. */
  static boolean isFilled(PlanCell[] cells) {
    return !blank(cells[Column.COST_CATEGORY.ordinal()])
        || !blank(cells[Column.REQUIRED_AMOUNT.ordinal()])
        || !blank(cells[Column.FUNDING_SOURCE.ordinal()])
        || !blank(cells[Column.AVAILABLE_AMOUNT.ordinal()])
        || !blank(cells[Column.NOTES.ordinal()]);
  }

  static boolean blank(PlanCell c) {
    return c == null || c.isBlank();
  }

  void add(PlanError e) {
    if (errors.size() < limits.maxErrors()) {
      errors.add(e);
    } else {
      suppressed++;
    }
  }

  /** cells are indexed by {@link Column#ordinal()}; row is the 1-based sheet row. */
  void row(PlanCell[] cells, int row) {
    int before = errors.size() + suppressed;
    String actionId = text(cells, Column.ACTION_ID, row);
    String institutionText = text(cells, Column.INSTITUTION, row);
    StrategyAction action = null;
    if (actionId != null) {
      action = actions.get(actionId.trim().toLowerCase(Locale.ROOT));
      if (action == null) {
        add(error(Column.ACTION_ID, row, actionId, words.text("plan.action.unknown"),
            words.text("plan.action.unknown.remedy", sample(actionIds()))));
      }
    }
    String institution = null;
    if (institutionText != null) {
      institution = institutions.get(key(institutionText));
      if (institution == null) {
        add(error(Column.INSTITUTION, row, institutionText, words.text("plan.institution.unknown"),
            words.text("remedy.chooseOneOf", String.join(", ", context.institutions()))));
      } else if (action != null && action.institution() != null
          && !action.institution().equalsIgnoreCase(institution)) {
        add(error(Column.INSTITUTION, row, institutionText,
            words.text("plan.institution.otherAction", action.id(), action.institution()),
            words.text("plan.institution.otherAction.remedy", action.institution())));
      }
    } else if (action != null) {
      institution = action.institution();
    } else if (actionId == null) {
      add(error(Column.ACTION_ID, row, null, words.text("plan.nothing"), words.text("plan.nothing.remedy")));
    }
    Integer year = year(cells, row);
    String category = vocabulary(cells, Column.COST_CATEGORY, row, categories, "plan.category", categoryRemedy);
    String source = vocabulary(cells, Column.FUNDING_SOURCE, row, sources, "plan.source", sourceRemedy);
    BigDecimal required = amount(cells, Column.REQUIRED_AMOUNT, row);
    BigDecimal available = amount(cells, Column.AVAILABLE_AMOUNT, row);
    String notes = text(cells, Column.NOTES, row);
    if (notes != null && notes.length() > 2000) {
      add(error(Column.NOTES, row, notes, words.text("note.tooLong"), words.text("note.tooLong.remedy")));
    }
    boolean amountsOk = required != null && available != null;
    if (amountsOk && required.signum() == 0 && available.signum() == 0
        && !bad(cells, Column.REQUIRED_AMOUNT) && !bad(cells, Column.AVAILABLE_AMOUNT)) {
      add(error(Column.REQUIRED_AMOUNT, row, null, words.text("plan.noAmount"), words.text("plan.noAmount.remedy")));
    }
    if (amountsOk && PlanFormat.UNFUNDED.equals(source) && available.signum() > 0) {
      add(error(Column.AVAILABLE_AMOUNT, row, available.toPlainString(), words.text("plan.unfundedAvailable"),
          words.text("plan.unfundedAvailable.remedy")));
    }
    if (errors.size() + suppressed > before) {
      return;
    }
    PlanLine line = new PlanLine(action == null ? null : action.id(), institution, year, category, required, source,
        available, notes);
    Integer first = seen.putIfAbsent(new LineKey(line.actionId(), line.institution(), line.year(),
        line.costCategory(), line.fundingSource()), row);
    if (first != null) {
      add(error(Column.ACTION_ID, row, actionId == null ? institution : actionId,
          words.text("plan.duplicate", FinanceWords.plain(first)), words.text("plan.duplicate.remedy")));
      return;
    }
    lines.add(line);
  }

  private boolean bad(PlanCell[] cells, Column c) {
    PlanCell cell = cells[c.ordinal()];
    return cell != null && (cell.kind() == PlanCell.Kind.ERROR || cell.kind() == PlanCell.Kind.FORMULA_WITHOUT_VALUE);
  }

  private List<String> actionIds() {
    return context.actions().stream().map(StrategyAction::id).toList();
  }

  private static String sample(List<String> values) {
    if (values.size() <= 8) {
      return String.join(", ", values);
    }
    return String.join(", ", values.subList(0, 8)) + ", ...";
  }

  PlanError error(Column c, int row, String value, String problem, String remedy) {
    return PlanError.cell(words, sheet, ref(c, row), value, problem, remedy);
  }

  String ref(Column c, int row) {
    Integer col = columns.get(c);
    return letters(col == null ? c.ordinal() : col) + row;
  }

  static String letters(int column) {
    StringBuilder b = new StringBuilder();
    int n = column + 1;
    while (n > 0) {
      int rem = (n - 1) % 26;
      b.insert(0, (char) ('A' + rem));
      n = (n - 1) / 26;
    }
    return b.toString();
  }

  /** A cell as text; formula problems are reported here and give null. */
  private String text(PlanCell[] cells, Column c, int row) {
    PlanCell cell = cells[c.ordinal()];
    if (cell == null) {
      return null;
    }
    if (formulaProblem(cell, c, row)) {
      return null;
    }
    if (cell.isBlank()) {
      return null;
    }
    if (cell.kind() == PlanCell.Kind.NUMBER) {
      try {
        return new BigDecimal(cell.text()).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return cell.text();
      }
    }
    return cell.text().replace('\u00A0', ' ').trim();
  }

  private boolean formulaProblem(PlanCell cell, Column c, int row) {
    if (cell.kind() == PlanCell.Kind.ERROR) {
      add(error(c, row, cell.text(), words.text("formula.error", cell.text()), words.text("formula.error.remedy")));
      return true;
    }
    if (cell.kind() == PlanCell.Kind.FORMULA_WITHOUT_VALUE) {
      add(error(c, row, null, words.text("formula.noValue"), words.text("formula.noValue.remedy")));
      return true;
    }
    return false;
  }

  /** {@code problem} is the key prefix of the column's messages: {@code <problem>.missing}, {@code .unknown}. */
  private String vocabulary(PlanCell[] cells, Column c, int row, Map<String, String> allowed, String problem,
      String remedy) {
    String value = text(cells, c, row);
    if (value == null) {
      if (!bad(cells, c)) {
        add(error(c, row, null, words.text(problem + ".missing"), remedy));
      }
      return null;
    }
    String canonical = allowed.get(key(value));
    if (canonical == null) {
      add(error(c, row, value, words.text(problem + ".unknown"), remedy));
    }
    return canonical;
  }

  private Integer year(PlanCell[] cells, int row) {
    Column c = Column.YEAR;
    PlanCell cell = cells[c.ordinal()];
    if (cell == null || cell.isBlank()) {
      add(error(c, row, null, words.text("plan.year.missing"), span()));
      return null;
    }
    if (formulaProblem(cell, c, row)) {
      return null;
    }
    BigDecimal value = number(cell);
    if (value == null || value.stripTrailingZeros().scale() > 0) {
      add(error(c, row, display(cell), words.text("year.notWhole"),
          words.text("plan.year.notWhole.remedy", FinanceWords.plain(context.firstYear()))));
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(context.firstYear())) < 0
        || value.compareTo(BigDecimal.valueOf(context.lastYear())) > 0) {
      add(error(c, row, value.stripTrailingZeros().toPlainString(), words.text("plan.year.outside",
          FinanceWords.plain(context.firstYear()), FinanceWords.plain(context.lastYear())), span()));
      return null;
    }
    return value.intValue();
  }

  /** "enter a year from 2026 to 2030" */
  private String span() {
    return words.text("plan.year.span.remedy", FinanceWords.plain(context.firstYear()),
        FinanceWords.plain(context.lastYear()));
  }

  /** What the officer sees in the cell: numbers without a trailing ".0". */
  static String display(PlanCell cell) {
    if (cell.kind() == PlanCell.Kind.NUMBER) {
      try {
        return new BigDecimal(cell.text().trim()).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return cell.text();
      }
    }
    return cell.text();
  }

  /** Number cells as they are; text cells by {@link #TEXT_NUMBER}; anything else is null. */
  static BigDecimal number(PlanCell cell) {
    String t = cell.text().trim();
    try {
      if (cell.kind() == PlanCell.Kind.NUMBER) {
        return new BigDecimal(t);
      }
      if (cell.kind() == PlanCell.Kind.TEXT) {
        String s = t.replace('\u00A0', ' ').trim();
        if (TEXT_NUMBER.matcher(s).matches()) {
          return new BigDecimal(s.replaceAll("[,' \u00A0\u202F]", ""));
        }
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  /** Empty is 0. Errors give null. */
  private BigDecimal amount(PlanCell[] cells, Column c, int row) {
    PlanCell cell = cells[c.ordinal()];
    if (cell == null || cell.isBlank()) {
      return BigDecimal.ZERO.setScale(2);
    }
    if (formulaProblem(cell, c, row)) {
      return null;
    }
    BigDecimal value = number(cell);
    if (value == null) {
      add(error(c, row, display(cell), words.text("amount.notNumber"), words.text("amount.notNumber.remedy")));
      return null;
    }
    if (value.signum() < 0) {
      add(error(c, row, display(cell), words.text("amount.negative"), words.text("plan.amount.negative.remedy")));
      return null;
    }
    if (value.compareTo(limits.maxAmount()) > 0) {
      add(error(c, row, display(cell), words.text("amount.tooLarge", limits.maxAmount()),
          words.text("amount.tooLarge.remedy")));
      return null;
    }
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
