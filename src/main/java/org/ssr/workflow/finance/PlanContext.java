package org.ssr.workflow.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan is validated against: the programme's step-9 actions, institutions, donors and years. Built from the
 * programme's process variables by {@link ProcessPlanContext}; knows nothing of Camunda.
 */
public record PlanContext(
    String programmeCode,
    String programmeName,
    String programmeTerm,
    List<StrategyAction> actions,
    List<String> institutions,
    List<String> donors,
    int firstYear,
    int lastYear) {

  public PlanContext {
    actions = List.copyOf(actions);
    List<String> all = new ArrayList<>(institutions);
    for (StrategyAction a : actions) {
      if (a.institution() != null && !a.institution().isBlank() && !containsIgnoreCase(all, a.institution())) {
        all.add(a.institution());
      }
    }
    institutions = List.copyOf(all);
    donors = List.copyOf(donors);
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("programme years " + firstYear + "-" + lastYear);
    }
  }

  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (int y = firstYear; y <= lastYear; y++) {
      years.add(y);
    }
    return years;
  }

  /** National budget, every donor, Unfunded. */
  public List<String> fundingSources() {
    List<String> s = new ArrayList<>();
    s.add(PlanFormat.NATIONAL_BUDGET);
    s.addAll(donors);
    s.add(PlanFormat.UNFUNDED);
    return s;
  }

  public Map<String, StrategyAction> actionsById() {
    Map<String, StrategyAction> m = new LinkedHashMap<>();
    for (StrategyAction a : actions) {
      m.put(a.id().trim().toLowerCase(Locale.ROOT), a);
    }
    return m;
  }

  public Optional<StrategyAction> action(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(actionsById().get(id.trim().toLowerCase(Locale.ROOT)));
  }

  static boolean containsIgnoreCase(List<String> list, String value) {
    return list.stream().anyMatch(v -> v.equalsIgnoreCase(value.trim()));
  }
}
