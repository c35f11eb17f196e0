package org.ssr.workflow.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.engine.VariableRejectedException;

/** Checks the actions of the transformation strategy (step 9). Knows nothing of the engine. */
@Service
public class TransformationStrategyService {

  /**
   * @param rows the actions as the form's dynamic list submitted them (id, title, institution, startYear, endYear,
   *     optional ownerInstitution, indicatorsText and milestonesText, or indicators and milestones as lists)
   * @param institutionsInScope institution ids of the programme; an action belongs to one of them
   */
  public List<TransformationAction> actions(List<Map<String, Object>> rows, Collection<String> institutionsInScope) {
    return actions(rows, institutionsInScope, null, null);
  }

  /**
   * As {@link #actions(List, Collection)}, with what each action cites (issue 15): {@code gapIds} and
   * {@code priorityIds} (lists, as the form's taglists submit them) must name gaps and priorities that exist, and
   * {@code kind} is capability or accountability (optional for REST clients of earlier strategies).
   *
   * @param knownGaps ids of the gap analysis's gaps; null: not checked
   * @param knownPriorities ids of the NSP's priorities; null: not checked
   */
  public List<TransformationAction> actions(List<Map<String, Object>> rows, Collection<String> institutionsInScope,
      Set<String> knownGaps, Set<String> knownPriorities) {
    if (rows == null || rows.isEmpty()) {
      throw new ProgrammeInputRejectedException("List at least one action of the transformation strategy.");
    }
    List<TransformationAction> actions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int row = 0;
    for (Map<String, Object> values : rows) {
      row++;
      String id = text(values.get("id"));
      String title = text(values.get("title"));
      String institution = text(values.get("institution"));
      String where = "Action " + row + (id.isEmpty() ? "" : " (" + id + ")") + ": ";
      if (id.isEmpty() || title.isEmpty()) {
        throw new ProgrammeInputRejectedException(where + "give it an id and a title.");
      }
      if (!ids.add(id)) {
        throw new ProgrammeInputRejectedException(where + "the id is used twice.");
      }
      if (institutionsInScope != null && !institutionsInScope.contains(institution)) {
        throw new ProgrammeInputRejectedException(where + "choose one of the institutions in scope.");
      }
      int start = year(values.get("startYear"), where + "start year");
      int end = year(values.get("endYear"), where + "end year");
      if (end < start) {
        throw new ProgrammeInputRejectedException(where + "the end year is before the start year.");
      }
      String owner = text(values.get("ownerInstitution"));
      if (!owner.isEmpty() && institutionsInScope != null && !institutionsInScope.contains(owner)) {
        throw new ProgrammeInputRejectedException(
            where + "the owner institution must be one of the institutions in scope.");
      }
      List<ActionIndicator> indicators = indicators(values, where);
      List<ActionMilestone> milestones = milestones(values, where);
      List<String> gaps = knownGaps == null ? ProgrammeContent.strings(values.get("gapIds"))
          : ProgrammeContent.cited(values.get("gapIds"), knownGaps, where, "gap", "a gap of the gap analysis");
      List<String> priorities = knownPriorities == null ? ProgrammeContent.strings(values.get("priorityIds"))
          : ProgrammeContent.cited(values.get("priorityIds"), knownPriorities, where, "priority",
              "a priority of the National Security Policy");
      String kind = text(values.get("kind"));
      if (!kind.isEmpty() && !TransformationAction.KINDS.contains(kind)) {
        throw new ProgrammeInputRejectedException(where + "tag the action as capability or accountability.");
      }
      actions.add(new TransformationAction(id, title, institution, start, end, owner, indicators, milestones, gaps,
          priorities, kind));
    }
    return actions;
  }

  /**
   * The actions as stored in {@code transformationActions}, read leniently: a programme whose strategy was drafted
   * before actions had owners, indicators and milestones reads with the action's institution as owner and no
   * measures.
   */
  public static List<TransformationAction> stored(List<Map<String, Object>> stored) {
    List<TransformationAction> actions = new ArrayList<>();
    for (Map<String, Object> values : stored == null ? List.<Map<String, Object>>of() : stored) {
      String where = "Action " + text(values.get("id")) + ": ";
      actions.add(new TransformationAction(text(values.get("id")), text(values.get("title")),
          text(values.get("institution")), year(values.get("startYear"), where + "start year"),
          year(values.get("endYear"), where + "end year"), text(values.get("ownerInstitution")),
          indicators(values, where), milestones(values, where), ProgrammeContent.strings(values.get("gapIds")),
          ProgrammeContent.strings(values.get("priorityIds")), text(values.get("kind"))));
    }
    return actions;
  }

  /**
   * Indicators from a list of {name, unit, baseline, targets {year: value}} (REST, stored actions) or from the
   * form's textarea {@code indicatorsText}, one indicator per line: {@code name | unit | baseline | 2027=40, 2028=60}.
   */
  static List<ActionIndicator> indicators(Map<String, Object> values, String where) {
    List<ActionIndicator> indicators = new ArrayList<>();
    if (values.get("indicators") instanceof Collection<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          Map<Integer, BigDecimal> targets = new TreeMap<>();
          if (map.get("targets") instanceof Map<?, ?> byYear) {
            byYear.forEach((year, target) -> targets.put(year(year, where + "indicator target year"),
                number(target, where + "indicator target")));
          }
          indicators.add(indicator(text(map.get("name")), text(map.get("unit")),
              number(map.get("baseline"), where + "indicator baseline"), targets, where));
        }
      }
      return indicators;
    }
    int line = 0;
    for (String row : lines(values.get("indicatorsText"))) {
      line++;
      String at = where + "indicator line " + line + ": ";
      String[] parts = row.split("\\|", -1);
      if (parts.length != 4) {
        throw new ProgrammeInputRejectedException(at
            + "write name | unit | baseline | targets per year, e.g. Officers trained | persons | 0 | 2027=400, 2028=800.");
      }
      Map<Integer, BigDecimal> targets = new TreeMap<>();
      for (String target : parts[3].split(",")) {
        if (target.isBlank()) {
          continue;
        }
        String[] yearValue = target.split("=", -1);
        if (yearValue.length != 2) {
          throw new ProgrammeInputRejectedException(at + "write each target as year=value, e.g. 2027=400.");
        }
        targets.put(year(yearValue[0], at + "target year"), number(yearValue[1], at + "target"));
      }
      indicators.add(indicator(parts[0].trim(), parts[1].trim(), number(parts[2], at + "baseline"), targets, at));
    }
    return indicators;
  }

  private static ActionIndicator indicator(String name, String unit, BigDecimal baseline,
      Map<Integer, BigDecimal> targets, String where) {
    if (name.isEmpty()) {
      throw new ProgrammeInputRejectedException(where + "give the indicator a name.");
    }
    if (baseline == null) {
      throw new ProgrammeInputRejectedException(where + "give the indicator \"" + name + "\" a baseline.");
    }
    if (targets.isEmpty()) {
      throw new ProgrammeInputRejectedException(
          where + "give the indicator \"" + name + "\" a target for at least one year.");
    }
    return new ActionIndicator(name, unit, baseline, new TreeMap<>(targets));
  }

  /** Indicators written one per line as the strategy form writes them (used by later reports and amendments). */
  public static List<ActionIndicator> indicatorLines(Object indicatorsText, String where) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("indicatorsText", indicatorsText);
    return indicators(values, where);
  }

  /**
   * Milestones from a list of {year, title} or from the textarea {@code milestonesText}, one per line:
   * {@code 2027 | Police act adopted}.
   */
  static List<ActionMilestone> milestones(Map<String, Object> values, String where) {
    List<ActionMilestone> milestones = new ArrayList<>();
    if (values.get("milestones") instanceof Collection<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          milestones.add(milestone(map.get("year"), text(map.get("title")), where));
        }
      }
      return milestones;
    }
    int line = 0;
    for (String row : lines(values.get("milestonesText"))) {
      line++;
      String at = where + "milestone line " + line + ": ";
      String[] parts = row.split("\\|", 2);
      if (parts.length != 2) {
        throw new ProgrammeInputRejectedException(at + "write year | milestone, e.g. 2027 | Police act adopted.");
      }
      milestones.add(milestone(parts[0], parts[1].trim(), at));
    }
    return milestones;
  }

  private static ActionMilestone milestone(Object year, String title, String where) {
    if (title.isEmpty()) {
      throw new ProgrammeInputRejectedException(where + "say what the milestone is.");
    }
    return new ActionMilestone(year(year, where + "milestone year"), title);
  }

  private static List<String> lines(Object text) {
    return text == null ? List.of()
        : text.toString().lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  private static BigDecimal number(Object value, String what) {
    try {
      return Conversions.decimal(what, value);
    } catch (VariableRejectedException notANumber) {
      throw new ProgrammeInputRejectedException(what + " must be a number, e.g. 40 or 12.5.");
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  private static int year(Object value, String what) {
    Integer year;
    try {
      year = Conversions.integer(what, value);
    } catch (VariableRejectedException notWhole) {
      year = null;
    }
    if (year == null) {
      throw new ProgrammeInputRejectedException(what + " must be a year, e.g. 2027.");
    }
    if (year < 2000 || year > 2100) {
      throw new ProgrammeInputRejectedException(what + " must be between 2000 and 2100.");
    }
    return year;
  }
}
