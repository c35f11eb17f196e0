package org.ssr.workflow.implementation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssr.workflow.engine.Conversions;

/**
 * What an owner institution reported on one action for one reporting year.
 *
 * @param indicatorValues the value of each indicator (by name) reached this year
 * @param milestonesReached the milestones (titles) reached this year
 */
public record ActionReport(int cycleYear, int reportingYear, String institution, String actionId, String actionTitle,
    ActionStatus status, Map<String, BigDecimal> indicatorValues, List<String> milestonesReached, String narrative,
    String reportedBy, String reportedAt) {

  public ActionReport {
    indicatorValues = indicatorValues == null ? Map.of() : new LinkedHashMap<>(indicatorValues);
    milestonesReached = milestonesReached == null ? List.of() : List.copyOf(milestonesReached);
  }

  /** The plain map kept in {@code implementationReports}. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("cycleYear", cycleYear);
    map.put("reportingYear", reportingYear);
    map.put("institution", institution);
    map.put("actionId", actionId);
    map.put("actionTitle", actionTitle);
    map.put("status", status.id());
    map.put("indicatorValues", new LinkedHashMap<>(indicatorValues));
    map.put("milestonesReached", milestonesReached);
    map.put("narrative", narrative);
    map.put("reportedBy", reportedBy);
    map.put("reportedAt", reportedAt);
    return map;
  }

  /** Reads a stored report back. */
  public static ActionReport of(Map<String, Object> map) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    if (map.get("indicatorValues") instanceof Map<?, ?> stored) {
      stored.forEach((name, value) -> values.put(name.toString(), Conversions.decimal("indicatorValues." + name,
          value)));
    }
    List<String> milestones = map.get("milestonesReached") instanceof List<?> list
        ? list.stream().map(Object::toString).toList() : List.of();
    return new ActionReport(Conversions.integer("cycleYear", map.get("cycleYear")),
        Conversions.integer("reportingYear", map.get("reportingYear")),
        (String) map.get("institution"), (String) map.get("actionId"), (String) map.get("actionTitle"),
        org.ssr.workflow.engine.Labelled.byId(ActionStatus.class, (String) map.get("status"))
            .orElse(ActionStatus.ON_TRACK),
        values, milestones, (String) map.get("narrative"), (String) map.get("reportedBy"),
        (String) map.get("reportedAt"));
  }
}
