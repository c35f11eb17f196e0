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
    return actions(rows, institutionsInScope, null, null, null);
  }

  /** As {@link #actions(List, Collection)}, refused in the person's language, else {@code programmeLanguage}. */
  public List<TransformationAction> actions(List<Map<String, Object>> rows, Collection<String> institutionsInScope,
      String programmeLanguage) {
    return actions(rows, institutionsInScope, null, null, programmeLanguage);
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
    return actions(rows, institutionsInScope, knownGaps, knownPriorities, null);
  }

  /**
   * As above, refused in the language of the person submitting (the request's), else {@code programmeLanguage}.
   */
  public List<TransformationAction> actions(List<Map<String, Object>> rows, Collection<String> institutionsInScope,
      Set<String> knownGaps, Set<String> knownPriorities, String programmeLanguage) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(programmeLanguage);
    if (rows == null || rows.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(words, "action.none");
    }
    List<TransformationAction> actions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int row = 0;
    for (Map<String, Object> values : rows) {
      row++;
      String id = text(values.get("id"));
      String title = text(values.get("title"));
      String institution = text(values.get("institution"));
      String where = id.isEmpty() ? words.text("refused.action.where", row)
          : words.text("refused.action.whereId", row, id);
      if (id.isEmpty() || title.isEmpty()) {
        throw ProgrammeInputRejectedException.refused(words, "action.idTitle", where);
      }
      if (!ids.add(id)) {
        throw ProgrammeInputRejectedException.refused(words, "action.idTwice", where);
      }
      if (institutionsInScope != null && !institutionsInScope.contains(institution)) {
        throw ProgrammeInputRejectedException.refused(words, "action.institution", where);
      }
      int start = year(values.get("startYear"), field(words, where, "startYear"), words);
      int end = year(values.get("endYear"), field(words, where, "endYear"), words);
      if (end < start) {
        throw ProgrammeInputRejectedException.refused(words, "action.endBeforeStart", where);
      }
      String owner = text(values.get("ownerInstitution"));
      if (!owner.isEmpty() && institutionsInScope != null && !institutionsInScope.contains(owner)) {
        throw ProgrammeInputRejectedException.refused(words, "action.owner", where);
      }
      List<ActionIndicator> indicators = indicators(values, where, words);
      List<ActionMilestone> milestones = milestones(values, where, words);
      List<String> gaps = knownGaps == null ? ProgrammeContent.strings(values.get("gapIds"))
          : ProgrammeContent.cited(values.get("gapIds"), knownGaps, where, "gap", words);
      List<String> priorities = knownPriorities == null ? ProgrammeContent.strings(values.get("priorityIds"))
          : ProgrammeContent.cited(values.get("priorityIds"), knownPriorities, where, "priority", words);
      String kind = text(values.get("kind"));
      if (!kind.isEmpty() && !TransformationAction.KINDS.contains(kind)) {
        throw ProgrammeInputRejectedException.refused(words, "action.kind", where);
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
    ProgrammeWords words = ProgrammeInputRejectedException.words(null);
    for (Map<String, Object> values : stored == null ? List.<Map<String, Object>>of() : stored) {
      String where = words.text("refused.action.where", text(values.get("id")));
      actions.add(new TransformationAction(text(values.get("id")), text(values.get("title")),
          text(values.get("institution")), year(values.get("startYear"), field(words, where, "startYear"), words),
          year(values.get("endYear"), field(words, where, "endYear"), words), text(values.get("ownerInstitution")),
          indicators(values, where, words), milestones(values, where, words),
          ProgrammeContent.strings(values.get("gapIds")),
          ProgrammeContent.strings(values.get("priorityIds")), text(values.get("kind"))));
    }
    return actions;
  }

  /**
   * Indicators from a list of {name, unit, baseline, targets {year: value}} (REST, stored actions) or from the
   * form's textarea {@code indicatorsText}, one indicator per line: {@code name | unit | baseline | 2027=40, 2028=60}.
   */
  static List<ActionIndicator> indicators(Map<String, Object> values, String where, ProgrammeWords words) {
    List<ActionIndicator> indicators = new ArrayList<>();
    if (values.get("indicators") instanceof Collection<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          Map<Integer, BigDecimal> targets = new TreeMap<>();
          if (map.get("targets") instanceof Map<?, ?> byYear) {
            byYear.forEach((year, target) -> targets.put(year(year, field(words, where, "indicatorTargetYear"), words),
                number(target, field(words, where, "indicatorTarget"), words)));
          }
          indicators.add(indicator(text(map.get("name")), text(map.get("unit")),
              number(map.get("baseline"), field(words, where, "indicatorBaseline"), words), targets, where, words));
        }
      }
      return indicators;
    }
    int line = 0;
    for (String row : lines(values.get("indicatorsText"))) {
      line++;
      String at = words.text("refused.action.indicatorLine", where, line);
      String[] parts = row.split("\\|", -1);
      if (parts.length != 4) {
        throw ProgrammeInputRejectedException.refused(words, "indicator.format", at);
      }
      Map<Integer, BigDecimal> targets = new TreeMap<>();
      for (String target : parts[3].split(",")) {
        if (target.isBlank()) {
          continue;
        }
        String[] yearValue = target.split("=", -1);
        if (yearValue.length != 2) {
          throw ProgrammeInputRejectedException.refused(words, "indicator.target", at);
        }
        targets.put(year(yearValue[0], field(words, at, "targetYear"), words),
            number(yearValue[1], field(words, at, "target"), words));
      }
      indicators.add(indicator(parts[0].trim(), parts[1].trim(), number(parts[2], field(words, at, "baseline"), words),
          targets, at, words));
    }
    return indicators;
  }

  private static ActionIndicator indicator(String name, String unit, BigDecimal baseline,
      Map<Integer, BigDecimal> targets, String where, ProgrammeWords words) {
    if (name.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(words, "indicator.name", where);
    }
    if (baseline == null) {
      throw ProgrammeInputRejectedException.refused(words, "indicator.baseline", where, name);
    }
    if (targets.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(words, "indicator.targets", where, name);
    }
    return new ActionIndicator(name, unit, baseline, new TreeMap<>(targets));
  }

  /** Indicators written one per line as the strategy form writes them (used by later reports and amendments). */
  public static List<ActionIndicator> indicatorLines(Object indicatorsText, String where) {
    return indicatorLines(indicatorsText, where, null);
  }

  /**
   * As above, refused in the person's language, else {@code programmeLanguage}.
   *
   * @param where the item as the refusal names it ("Action A1"; a trailing ": " is dropped)
   */
  public static List<ActionIndicator> indicatorLines(Object indicatorsText, String where, String programmeLanguage) {
    Map<String, Object> values = new java.util.HashMap<>();
    values.put("indicatorsText", indicatorsText);
    return indicators(values, where.replaceAll(":\\s*$", ""), ProgrammeInputRejectedException.words(programmeLanguage));
  }

  /**
   * Milestones from a list of {year, title} or from the textarea {@code milestonesText}, one per line:
   * {@code 2027 | Police act adopted}.
   */
  static List<ActionMilestone> milestones(Map<String, Object> values, String where, ProgrammeWords words) {
    List<ActionMilestone> milestones = new ArrayList<>();
    if (values.get("milestones") instanceof Collection<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          milestones.add(milestone(map.get("year"), text(map.get("title")), where, words));
        }
      }
      return milestones;
    }
    int line = 0;
    for (String row : lines(values.get("milestonesText"))) {
      line++;
      String at = words.text("refused.action.milestoneLine", where, line);
      String[] parts = row.split("\\|", 2);
      if (parts.length != 2) {
        throw ProgrammeInputRejectedException.refused(words, "milestone.format", at);
      }
      milestones.add(milestone(parts[0], parts[1].trim(), at, words));
    }
    return milestones;
  }

  private static ActionMilestone milestone(Object year, String title, String where, ProgrammeWords words) {
    if (title.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(words, "milestone.title", where);
    }
    return new ActionMilestone(year(year, field(words, where, "milestoneYear"), words), title);
  }

  private static List<String> lines(Object text) {
    return text == null ? List.of()
        : text.toString().lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }

  private static BigDecimal number(Object value, String what, ProgrammeWords words) {
    try {
      return Conversions.decimal(what, value);
    } catch (VariableRejectedException notANumber) {
      throw ProgrammeInputRejectedException.refused(words, "value.number", what);
    }
  }

  /** A field of an item as a refusal names it: "Action 1 (A1): start year". */
  private static String field(ProgrammeWords words, String where, String field) {
    return words.text("refused.action.field", where, words.text("refused.action.field." + field));
  }


  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  private static int year(Object value, String what, ProgrammeWords words) {
    Integer year;
    try {
      year = Conversions.integer(what, value);
    } catch (VariableRejectedException notWhole) {
      year = null;
    }
    if (year == null) {
      throw ProgrammeInputRejectedException.refused(words, "value.year", what);
    }
    if (year < 2000 || year > 2100) {
      throw ProgrammeInputRejectedException.refused(words, "value.yearRange", what);
    }
    return year;
  }
}
