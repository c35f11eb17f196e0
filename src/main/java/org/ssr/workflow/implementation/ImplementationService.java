package org.ssr.workflow.implementation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.Labelled;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.VariableRejectedException;
import org.ssr.workflow.programme.ActionIndicator;
import org.ssr.workflow.programme.ActionMilestone;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.ProgrammeWords;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.springframework.stereotype.Service;

/**
 * The rules of the implementation phase: who reports which actions in a year, what a report must contain, when the
 * programme's actions are all done, and what a baseline records. Knows nothing of the engine.
 */
@Service
public class ImplementationService {

  /** now + an ISO-8601 duration, time-based (P30D, PT12H) or date-based (P1Y, P6M). */
  public static Instant plus(Instant from, String duration) {
    try {
      return from.plus(Duration.parse(duration));
    } catch (DateTimeParseException notTimeBased) {
      try {
        return from.atZone(ZoneId.systemDefault()).plus(Period.parse(duration)).toInstant();
      } catch (DateTimeParseException notDateBased) {
        throw new IllegalArgumentException("Not an ISO-8601 duration: '" + duration + "' (e.g. P1Y, P30D)");
      }
    }
  }

  /** The latest reported status of each action (absent: never reported). */
  public static Map<String, ActionStatus> latestStatus(List<ActionReport> reports) {
    Map<String, ActionStatus> latest = new LinkedHashMap<>();
    reports.forEach(report -> latest.put(report.actionId(), report.status()));
    return latest;
  }

  /** The actions still to report on: not yet reported done. */
  public static List<TransformationAction> open(List<TransformationAction> actions, List<ActionReport> reports) {
    Map<String, ActionStatus> latest = latestStatus(reports);
    return actions.stream().filter(action -> latest.get(action.id()) != ActionStatus.DONE).toList();
  }

  /** The owner institutions with open actions, in the order of the strategy: one report each this year. */
  public List<String> reportingInstitutions(List<TransformationAction> actions, List<ActionReport> reports) {
    Set<String> owners = new LinkedHashSet<>();
    open(actions, reports).forEach(action -> owners.add(action.ownerInstitution()));
    return new ArrayList<>(owners);
  }

  /** Every action of the baseline was last reported done. */
  public boolean allActionsDone(List<TransformationAction> actions, List<ActionReport> reports) {
    return !actions.isEmpty() && open(actions, reports).isEmpty();
  }

  /**
   * The rows the report form starts with: one per open action the institution owns, with what it is measured by
   * this year (read-only) and one line {@code indicator=} per indicator to fill in.
   */
  public List<Map<String, Object>> reportRows(List<TransformationAction> actions, List<ActionReport> reports,
      String institution, int reportingYear) {
    return reportRows(actions, reports, institution, reportingYear, Languages.ENGLISH);
  }

  /** The same, what each action is measured by written in the programme's language. */
  public List<Map<String, Object>> reportRows(List<TransformationAction> actions, List<ActionReport> reports,
      String institution, int reportingYear, String language) {
    Messages words = Messages.of("implementation", language);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TransformationAction action : open(actions, reports)) {
      if (!action.ownerInstitution().equals(institution)) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("actionId", action.id());
      row.put("actionTitle", action.title());
      row.put("measures", measures(action, reportingYear, words));
      row.put("indicatorValuesText", action.indicators().stream().map(i -> i.name() + "=")
          .collect(Collectors.joining("\n")));
      rows.add(row);
    }
    return rows;
  }

  private static String measures(TransformationAction action, int year, Messages words) {
    List<String> lines = new ArrayList<>();
    for (ActionIndicator indicator : action.indicators()) {
      BigDecimal target = indicator.targetFor(year);
      String measured = words.text("measures.baseline", indicator.name(), indicator.unit(),
          indicator.baseline().toPlainString());
      lines.add(target == null ? measured
          : words.text("measures.target", measured, String.valueOf(year), target.toPlainString()));
    }
    for (ActionMilestone milestone : action.milestones()) {
      lines.add(words.text("measures.milestone", String.valueOf(milestone.year()), milestone.title()));
    }
    if (action.indicators().isEmpty()) {
      lines.add(words.text("measures.noIndicator"));
    }
    return String.join("\n", lines);
  }

  /** A report as read from the form: the action reports and the indicators the institution added. */
  public record Report(List<ActionReport> actionReports, Map<String, List<ActionIndicator>> newIndicators) {}

  /**
   * Reads and checks an institution's report: one row per action it was asked about, a known status, a number for
   * each indicator, a narrative; an action without indicators gets at least one here.
   */
  public Report readReport(List<Map<String, Object>> rows, List<TransformationAction> asked, String institution,
      int cycleYear, int reportingYear, String reportedBy, Instant now) {
    return readReport(rows, asked, institution, cycleYear, reportingYear, reportedBy, now, Languages.ENGLISH);
  }

  /** The same, refused in {@code language} (the reporting person's: docs/languages.md). */
  public Report readReport(List<Map<String, Object>> rows, List<TransformationAction> asked, String institution,
      int cycleYear, int reportingYear, String reportedBy, Instant now, String language) {
    Map<String, TransformationAction> byId = new LinkedHashMap<>();
    asked.forEach(action -> byId.put(action.id(), action));
    List<ActionReport> reports = new ArrayList<>();
    Map<String, List<ActionIndicator>> added = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
      String id = text(row.get("actionId"));
      TransformationAction action = byId.get(id);
      if (action == null) {
        throw ImplementationInputRejectedException.in(language, "report.notOpen", id, String.join(", ", byId.keySet()));
      }
      if (!seen.add(id)) {
        throw ImplementationInputRejectedException.in(language, "report.twice", id);
      }
      ActionStatus status = Labelled.byId(ActionStatus.class, text(row.get("status"))).orElseThrow(
          () -> ImplementationInputRejectedException.in(language, "report.status", id));
      List<ActionIndicator> indicators = new ArrayList<>(action.indicators());
      if (indicators.isEmpty()) {
        List<ActionIndicator> extra = TransformationStrategyService.indicatorLines(row.get("newIndicatorsText"),
            ProgrammeWords.of(language).text("refused.action.where", id), language);
        if (extra.isEmpty()) {
          throw ImplementationInputRejectedException.in(language, "report.noIndicator", id);
        }
        added.put(id, extra);
        indicators.addAll(extra);
      }
      Map<String, BigDecimal> values = indicatorValues(text(row.get("indicatorValuesText")), indicators, id, language);
      String narrative = text(row.get("narrative"));
      if (narrative.isEmpty()) {
        throw ImplementationInputRejectedException.in(language, "report.narrative", id);
      }
      List<String> milestones = text(row.get("milestonesReachedText")).lines().map(String::trim)
          .filter(line -> !line.isEmpty()).toList();
      reports.add(new ActionReport(cycleYear, reportingYear, institution, id, action.title(), status, values,
          milestones, narrative, reportedBy, now.toString()));
    }
    List<String> missing = byId.keySet().stream().filter(id -> !seen.contains(id)).toList();
    if (!missing.isEmpty()) {
      throw ImplementationInputRejectedException.in(language, "report.missing", String.join(", ", missing));
    }
    return new Report(reports, added);
  }

  private static Map<String, BigDecimal> indicatorValues(String text, List<ActionIndicator> indicators, String id,
      String language) {
    Set<String> names = indicators.stream().map(ActionIndicator::name).collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (String line : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
      int eq = line.lastIndexOf('=');
      String name = eq < 0 ? line : line.substring(0, eq).trim();
      String value = eq < 0 ? "" : line.substring(eq + 1).trim();
      if (!names.contains(name)) {
        throw ImplementationInputRejectedException.in(language, "report.unknownIndicator", id, name,
            String.join(", ", names));
      }
      if (value.isEmpty()) {
        continue;
      }
      try {
        values.put(name, Conversions.decimal(name, value));
      } catch (VariableRejectedException notANumber) {
        throw ImplementationInputRejectedException.in(language, "report.notANumber", id, name);
      }
    }
    List<String> missing = names.stream().filter(name -> !values.containsKey(name)).toList();
    if (!missing.isEmpty()) {
      throw ImplementationInputRejectedException.in(language, "report.missingValue", id, String.join(", ", missing));
    }
    return values;
  }

  /** The actions with the indicators an institution added in its report. */
  public List<TransformationAction> withAddedIndicators(List<TransformationAction> actions,
      Map<String, List<ActionIndicator>> added) {
    return actions.stream().map(action -> added.containsKey(action.id())
        ? action.withIndicators(added.get(action.id()))
        : action).toList();
  }

  /** A baseline as kept in {@code baselineHistory}. */
  public Map<String, Object> baseline(int version, Instant adoptedAt, String reason,
      List<TransformationAction> actions) {
    Map<String, Object> baseline = new LinkedHashMap<>();
    baseline.put("version", version);
    baseline.put("adoptedAt", adoptedAt.toString());
    baseline.put("reason", reason);
    baseline.put("actions", actions.stream().map(TransformationAction::toMap).toList());
    return baseline;
  }

  /** The amendment form's rows: the baseline in force, written as the strategy form writes actions. */
  public List<Map<String, Object>> amendmentRows(List<TransformationAction> actions) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TransformationAction action : actions) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", action.id());
      row.put("title", action.title());
      row.put("institution", action.institution());
      row.put("startYear", action.startYear());
      row.put("endYear", action.endYear());
      row.put("ownerInstitution", action.ownerInstitution());
      row.put("indicatorsText", action.indicators().stream().map(i -> i.name() + " | " + i.unit() + " | "
          + i.baseline().toPlainString() + " | " + i.targets().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(", ")))
          .collect(Collectors.joining("\n")));
      row.put("milestonesText", action.milestones().stream().map(m -> m.year() + " | " + m.title())
          .collect(Collectors.joining("\n")));
      rows.add(row);
    }
    return rows;
  }

  /** Reads an amended strategy as step 9 reads a strategy. */
  public List<TransformationAction> amendedActions(List<Map<String, Object>> rows, Collection<String> institutions,
      String reason) {
    return amendedActions(rows, institutions, reason, Languages.ENGLISH);
  }

  /** The same, refused in {@code language} (the amending person's: docs/languages.md). */
  public List<TransformationAction> amendedActions(List<Map<String, Object>> rows, Collection<String> institutions,
      String reason, String language) {
    if (reason == null || reason.isBlank()) {
      throw ImplementationInputRejectedException.in(language, "amendment.reason");
    }
    return new TransformationStrategyService().actions(rows, institutions, language);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
