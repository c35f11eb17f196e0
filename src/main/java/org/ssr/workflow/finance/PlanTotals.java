package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Required, available and gap overall and per year, institution, cost category and funding source, the national
 * share (available from the national budget / total required) and the warnings shown in the review.
 */
public record PlanTotals(
    int lineCount,
    BigDecimal required,
    BigDecimal available,
    BigDecimal gap,
    BigDecimal nationalShare,
    List<Row> byYear,
    List<Row> byInstitution,
    List<Row> byCostCategory,
    List<Row> bySource,
    List<String> warnings) {

  /** One row of a breakdown. */
  public record Row(String key, BigDecimal required, BigDecimal available, BigDecimal gap) {}

  public static PlanTotals of(List<PlanLine> lines, PlanContext context) {
    BigDecimal required = BigDecimal.ZERO.setScale(2);
    BigDecimal available = BigDecimal.ZERO.setScale(2);
    BigDecimal national = BigDecimal.ZERO.setScale(2);
    Map<String, BigDecimal[]> byYear = new TreeMap<>();
    Map<String, BigDecimal[]> byInstitution = new LinkedHashMap<>();
    Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
    Map<String, BigDecimal[]> bySource = new LinkedHashMap<>();
    for (String i : context.institutions()) {
      byInstitution.put(i, zero());
    }
    for (String s : context.fundingSources()) {
      bySource.put(s, zero());
    }
    Set<String> funded = new java.util.HashSet<>();
    for (PlanLine l : lines) {
      required = required.add(l.required());
      available = available.add(l.available());
      if (PlanFormat.NATIONAL_BUDGET.equals(l.fundingSource())) {
        national = national.add(l.available());
      }
      add(byYear, String.valueOf(l.year()), l);
      add(byInstitution, l.institution(), l);
      add(byCategory, l.costCategory(), l);
      add(bySource, l.fundingSource(), l);
      if (l.actionId() != null) {
        funded.add(l.actionId());
      }
    }
    List<String> warnings = new ArrayList<>();
    FinanceWords words = FinanceWords.of(context.language());
    for (StrategyAction a : context.actions()) {
      if (!funded.contains(a.id())) {
        warnings.add(words.text("totals.warning.unplanned", a.id(), a.title(), words.institution(a.institution())));
      }
    }
    BigDecimal share = required.signum() == 0 ? null : national.divide(required, 4, RoundingMode.HALF_UP);
    Map<String, Integer> categoryOrder = PlanFormat.COST_CATEGORIES.stream()
        .collect(Collectors.toMap(Function.identity(), PlanFormat.COST_CATEGORIES::indexOf));
    List<Row> categories = rows(byCategory);
    categories.sort(Comparator.comparing(r -> categoryOrder.getOrDefault(r.key(), 99)));
    return new PlanTotals(lines.size(), required, available, required.subtract(available), share, rows(byYear),
        rows(byInstitution), categories, rows(bySource), warnings);
  }

  private static BigDecimal[] zero() {
    return new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
  }

  private static void add(Map<String, BigDecimal[]> map, String key, PlanLine l) {
    BigDecimal[] v = map.computeIfAbsent(key, k -> zero());
    v[0] = v[0].add(l.required());
    v[1] = v[1].add(l.available());
  }

  private static List<Row> rows(Map<String, BigDecimal[]> map) {
    List<Row> rows = new ArrayList<>();
    map.forEach((k, v) -> rows.add(new Row(k, v[0], v[1], v[0].subtract(v[1]))));
    return rows;
  }
}
