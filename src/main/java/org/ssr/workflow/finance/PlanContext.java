package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan is validated against: the programme's step-9 actions, institutions, donors and years; and what donor
 * alignment is shown against: the NSP's priorities and the national share target set at set-up (percent, null when
 * none was set); the programme's language, which its template and summary speak (a code of
 * {@code engine.Languages}, English when missing). Built from the programme's process variables by
 * {@link ProcessPlanContext}; knows nothing of Camunda.
 */
public record PlanContext(
    String programmeCode,
    String programmeName,
    String programmeTerm,
    List<StrategyAction> actions,
    List<String> institutions,
    List<String> donors,
    int firstYear,
    int lastYear,
    List<StrategyPriority> priorities,
    BigDecimal nationalShareTarget,
    String language) {

  /** A programme without priorities or a national share target (before issue 15). */
  public PlanContext(String programmeCode, String programmeName, String programmeTerm, List<StrategyAction> actions,
      List<String> institutions, List<String> donors, int firstYear, int lastYear) {
    this(programmeCode, programmeName, programmeTerm, actions, institutions, donors, firstYear, lastYear, List.of(),
        null, null);
  }

  /** A programme set up before it had a language (English). */
  public PlanContext(String programmeCode, String programmeName, String programmeTerm, List<StrategyAction> actions,
      List<String> institutions, List<String> donors, int firstYear, int lastYear, List<StrategyPriority> priorities,
      BigDecimal nationalShareTarget) {
    this(programmeCode, programmeName, programmeTerm, actions, institutions, donors, firstYear, lastYear, priorities,
        nationalShareTarget, null);
  }

  /** The same programme in another language (tests, previews). */
  public PlanContext withLanguage(String code) {
    return new PlanContext(programmeCode, programmeName, programmeTerm, actions, institutions, donors, firstYear,
        lastYear, priorities, nationalShareTarget, code);
  }

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
    priorities = priorities == null ? List.of() : List.copyOf(priorities);
    language = org.ssr.workflow.engine.Languages.orEnglish(language);
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

  public Optional<StrategyPriority> priority(String id) {
    return priorities.stream().filter(p -> p.id().equalsIgnoreCase(id == null ? "" : id.trim())).findFirst();
  }

  static boolean containsIgnoreCase(List<String> list, String value) {
    return list.stream().anyMatch(v -> v.equalsIgnoreCase(value.trim()));
  }
}
