package org.ssr.workflow.finance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link PlanContext} from the variables of an ssr-programme instance. Values arrive as Java lists and maps
 * (Object variables) or as JSON (Spin Json variables or strings): anything whose {@code toString()} is JSON works, so
 * this class needs no Camunda or Spin import.
 */
public final class ProgrammeVariables {

  public static final String PROGRAMME_CODE = "programmeCode";
  public static final String PROGRAMME_NAME = "programmeName";
  public static final String PROGRAMME_TERM = "programmeTerm";
  public static final String TRANSFORMATION_ACTIONS = "transformationActions";
  public static final String INSTITUTIONS = "institutions";
  public static final String DONORS = "donors";
  /** Optional: the programme's first and last year; otherwise the span of the actions' years is used. */
  public static final String PROGRAMME_START_YEAR = "programmeStartYear";
  public static final String PROGRAMME_END_YEAR = "programmeEndYear";

  /** Years a programme without dated actions is planned for. */
  static final int DEFAULT_YEARS = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProgrammeVariables() {}

  public static PlanContext toContext(String code, Map<String, Object> vars, int currentYear) {
    List<StrategyAction> actions = actions(vars.get(TRANSFORMATION_ACTIONS));
    List<String> institutions = strings(vars.get(INSTITUTIONS));
    List<String> donors = strings(vars.get(DONORS));
    Integer first = toInt(vars.get(PROGRAMME_START_YEAR));
    Integer last = toInt(vars.get(PROGRAMME_END_YEAR));
    if (first == null) {
      first = actions.stream().map(StrategyAction::startYear).filter(y -> y != null).min(Integer::compare)
          .orElse(currentYear);
    }
    if (last == null) {
      last = actions.stream().map(StrategyAction::endYear).filter(y -> y != null).max(Integer::compare)
          .orElse(first + DEFAULT_YEARS - 1);
    }
    if (last < first) {
      last = first;
    }
    String term = vars.get(PROGRAMME_TERM) == null ? "Security Sector Reform" : vars.get(PROGRAMME_TERM).toString();
    Object name = vars.get(PROGRAMME_NAME);
    return new PlanContext(code, name == null ? null : name.toString(), term, actions, institutions, donors, first,
        last);
  }

  public static PlanContext toContext(String code, Map<String, Object> vars) {
    return toContext(code, vars, Year.now().getValue());
  }

  static List<StrategyAction> actions(Object value) {
    List<Map<String, Object>> maps = listOfMaps(value);
    List<StrategyAction> actions = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> m : maps) {
      n++;
      Object id = m.get("id");
      Object title = m.get("title");
      Object institution = m.get("institution");
      actions.add(new StrategyAction(id == null ? "A" + n : id.toString().trim(),
          title == null ? "" : title.toString(), institution == null ? null : institution.toString().trim(),
          toInt(m.get("startYear")), toInt(m.get("endYear"))));
    }
    return actions;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> listOfMaps(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> c) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Object o : c) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        } else if (o != null) {
          out.add(JSON.convertValue(parse(o.toString()), new TypeReference<Map<String, Object>>() {}));
        }
      }
      return out;
    }
    return JSON.convertValue(parse(value.toString()), new TypeReference<List<Map<String, Object>>>() {});
  }

  static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (value instanceof Collection<?> c) {
      for (Object o : c) {
        if (o != null && !o.toString().isBlank()) {
          out.add(o instanceof CharSequence ? o.toString().trim() : unquote(o.toString()));
        }
      }
      return out;
    }
    String text = value.toString().trim();
    if (text.startsWith("[")) {
      for (Object o : JSON.convertValue(parse(text), List.class)) {
        if (o != null && !o.toString().isBlank()) {
          out.add(o.toString().trim());
        }
      }
      return out;
    }
    for (String s : text.split("[,;\n]")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private static String unquote(String s) {
    String t = s.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private static Object parse(String text) {
    try {
      return JSON.readValue(text, Object.class);
    } catch (Exception e) {
      throw new IllegalArgumentException("programme variable is not JSON: " + text, e);
    }
  }

  static Integer toInt(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Number n) {
      return n.intValue();
    }
    String s = unquote(o.toString());
    if (s.isBlank() || "null".equals(s)) {
      return null;
    }
    try {
      return (int) Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
