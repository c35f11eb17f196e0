package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Planned vs committed vs spent of a year's budget execution, per action, institution and funding source and in
 * total. The <b>execution rate</b> is spent ÷ planned, the <b>commitment rate</b> committed ÷ planned (4 decimals,
 * null when nothing is planned); the variance is planned − spent.
 */
public record BudgetVariance(int year, Integer planVersion, List<ExecutionLine> lines, List<Group> byAction,
    List<Group> byInstitution, List<Group> bySource, Group total) {

  /** The sums of a group of rows. */
  public record Group(String key, BigDecimal planned, BigDecimal committed, BigDecimal spent) {
    /** The same figures under another name (a funding source in the workbook's language). */
    Group withKey(String other) {
      return new Group(other, planned, committed, spent);
    }

    public BigDecimal variance() {
      return planned.subtract(spent);
    }

    public BigDecimal executionRate() {
      return rate(spent, planned);
    }

    public BigDecimal commitmentRate() {
      return rate(committed, planned);
    }

    Group plus(ExecutionLine l) {
      return new Group(key, planned.add(l.planned()), committed.add(l.committed()), spent.add(l.spent()));
    }
  }

  static BigDecimal rate(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
  }

  public static BudgetVariance of(int year, Integer planVersion, List<ExecutionLine> lines) {
    return new BudgetVariance(year, planVersion, List.copyOf(lines),
        group(lines, l -> l.actionId() == null ? "(institution: " + l.institution() + ")" : l.actionId()),
        group(lines, ExecutionLine::institution), group(lines, ExecutionLine::fundingSource),
        lines.stream().reduce(zero("Total"), Group::plus, (a, b) -> a));
  }

  private static Group zero(String key) {
    BigDecimal z = BigDecimal.ZERO.setScale(2);
    return new Group(key, z, z, z);
  }

  private static List<Group> group(List<ExecutionLine> lines, Function<ExecutionLine, String> key) {
    Map<String, Group> m = new LinkedHashMap<>();
    for (ExecutionLine l : lines) {
      m.merge(key.apply(l), zero(key.apply(l)).plus(l), (a, b) -> a.plus(l));
    }
    return new ArrayList<>(m.values());
  }

  /**
   * The process variable {@code budgetExecutionRates}: per institution and a last entry "Total", each
   * {institution, planned, committed, spent, executionRate} (numbers as plain decimals, the rate null when nothing
   * was planned).
   */
  public List<Map<String, Object>> rates() {
    List<Map<String, Object>> rates = new ArrayList<>();
    for (Group g : byInstitution) {
      rates.add(rate(g));
    }
    rates.add(rate(total));
    return rates;
  }

  private Map<String, Object> rate(Group g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("institution", g.key());
    m.put("year", year);
    m.put("planned", g.planned().doubleValue());
    m.put("committed", g.committed().doubleValue());
    m.put("spent", g.spent().doubleValue());
    m.put("executionRate", g.executionRate() == null ? null : g.executionRate().doubleValue());
    return m;
  }
}
