package org.ssr.workflow.programme;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What implementation measures for one action of the strategy: an indicator with its unit, its baseline (the value
 * when the strategy was adopted) and a target per year.
 */
public record ActionIndicator(String name, String unit, BigDecimal baseline, SortedMap<Integer, BigDecimal> targets) {

  public ActionIndicator {
    // 400 and 400.0 (a stored value read back) are the same target
    baseline = baseline == null ? null : baseline.stripTrailingZeros();
    SortedMap<Integer, BigDecimal> normalised = new TreeMap<>();
    (targets == null ? Map.<Integer, BigDecimal>of() : targets)
        .forEach((year, target) -> normalised.put(year, target.stripTrailingZeros()));
    targets = normalised;
  }

  /** The target of a year, or the last target before it (a target holds until a new one is set). */
  public BigDecimal targetFor(int year) {
    SortedMap<Integer, BigDecimal> upTo = targets.headMap(year + 1);
    return upTo.isEmpty() ? null : upTo.get(upTo.lastKey());
  }

  /** The plain map stored with the action: targets keyed by year as text (JSON object keys). */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", name);
    map.put("unit", unit);
    map.put("baseline", baseline);
    Map<String, Object> byYear = new LinkedHashMap<>();
    targets.forEach((year, target) -> byYear.put(Integer.toString(year), target));
    map.put("targets", byYear);
    return map;
  }
}
