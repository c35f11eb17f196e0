package org.ssr.workflow.implementation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssr.workflow.programme.ActionIndicator;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;

/**
 * Where a programme's implementation stands, for monitoring (API, Cockpit's Programme tab, the programme report): the
 * phase, the year, and per institution and per indicator what the latest reports say.
 *
 * @param status IN_IMPLEMENTATION or CLOSED ({@code implementationStatus})
 * @param cycleYear the implementation year (1, 2, ...), 0 before the first reporting year
 * @param reportingYear the calendar year of the latest reporting year, null before the first
 * @param baselineVersion the baseline in force
 * @param institutions one row per owner institution of the baseline
 * @param indicators one row per indicator of the baseline's actions
 */
public record ImplementationProgress(String status, int cycleYear, Integer reportingYear, int baselineVersion,
    List<InstitutionProgress> institutions, List<IndicatorProgress> indicators) {

  /**
   * An owner institution's actions by their latest reported status.
   *
   * @param byStatus status id (onTrack, delayed, blocked, done, notReported) to number of actions
   * @param lastReportedYear the last reporting year it reported in, null if never
   */
  public record InstitutionProgress(String institution, int actions, Map<String, Integer> byStatus,
      Integer lastReportedYear) {}

  /**
   * An indicator with its latest reported value against the target of the year it was reported for.
   *
   * @param progress percent of the way from the baseline to that target, null when it cannot be said
   */
  public record IndicatorProgress(String actionId, String indicator, String unit, BigDecimal baseline,
      Integer year, BigDecimal target, BigDecimal value, BigDecimal progress) {}

  /** Status id of an action with no report yet. */
  public static final String NOT_REPORTED = "notReported";

  /** From the implementation instance's variables (runtime or historic, by name), as the catalogue declares them. */
  public static ImplementationProgress of(Map<String, ?> variables) {
    List<TransformationAction> baseline = TransformationStrategyService.stored(
        ImplementationProcess.Variables.BASELINE_ACTIONS.from(variables).get());
    List<ActionReport> reports = ImplementationProcess.Variables.IMPLEMENTATION_REPORTS.from(variables).get().stream()
        .map(ActionReport::of).toList();
    return new ImplementationProgress(
        ImplementationProcess.Variables.IMPLEMENTATION_STATUS.from(variables).orElse(""),
        ImplementationProcess.Variables.CYCLE_YEAR.from(variables).orElse(0),
        ImplementationProcess.Variables.REPORTING_YEAR.from(variables).orElse(null),
        ImplementationProcess.Variables.BASELINE_VERSION.from(variables).orElse(1),
        institutions(baseline, reports), indicators(baseline, reports));
  }

  static List<InstitutionProgress> institutions(List<TransformationAction> baseline, List<ActionReport> reports) {
    Map<String, List<TransformationAction>> byOwner = new LinkedHashMap<>();
    baseline.forEach(action -> byOwner.computeIfAbsent(action.ownerInstitution(), o -> new ArrayList<>()).add(action));
    List<InstitutionProgress> rows = new ArrayList<>();
    byOwner.forEach((owner, actions) -> {
      Map<String, Integer> byStatus = new LinkedHashMap<>();
      for (TransformationAction action : actions) {
        String status = latest(reports, action.id()).map(r -> r.status().id()).orElse(NOT_REPORTED);
        byStatus.merge(status, 1, Integer::sum);
      }
      Integer last = reports.stream().filter(r -> owner.equals(r.institution())).map(ActionReport::reportingYear)
          .max(Comparator.naturalOrder()).orElse(null);
      rows.add(new InstitutionProgress(owner, actions.size(), byStatus, last));
    });
    return rows;
  }

  static List<IndicatorProgress> indicators(List<TransformationAction> baseline, List<ActionReport> reports) {
    List<IndicatorProgress> rows = new ArrayList<>();
    for (TransformationAction action : baseline) {
      for (ActionIndicator indicator : action.indicators()) {
        ActionReport last = reports.stream().filter(r -> r.actionId().equals(action.id())
                && r.indicatorValues().containsKey(indicator.name()))
            .max(Comparator.comparingInt(ActionReport::cycleYear)).orElse(null);
        Integer year = last == null ? null : last.reportingYear();
        BigDecimal target = year == null ? null : indicator.targetFor(year);
        BigDecimal value = last == null ? null : last.indicatorValues().get(indicator.name());
        rows.add(new IndicatorProgress(action.id(), indicator.name(), indicator.unit(), indicator.baseline(), year,
            target, value, ImplementationWorkbooks.progress(indicator.baseline(), target, value)));
      }
    }
    return rows;
  }

  private static Optional<ActionReport> latest(List<ActionReport> reports, String actionId) {
    return reports.stream().filter(r -> r.actionId().equals(actionId))
        .max(Comparator.comparingInt(ActionReport::cycleYear));
  }
}
