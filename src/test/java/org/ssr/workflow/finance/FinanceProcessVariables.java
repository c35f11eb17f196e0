package org.ssr.workflow.finance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The programme variables step 10 reads, as the programme model stores them (plain Java lists and maps). */
final class FinanceProcessVariables {

  private FinanceProcessVariables() {}

  static Map<String, Object> of(String code) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("programmeCode", code);
    vars.put("programmeName", "Philippines SSR");
    vars.put("programmeTerm", "Security Sector Reform");
    vars.put("institutions", new ArrayList<>(List.of("defence", "police", "justice")));
    vars.put("donors", new ArrayList<>(List.of(PlanFixtures.EU, PlanFixtures.UNDP)));
    List<Map<String, Object>> actions = new ArrayList<>();
    for (StrategyAction a : PlanFixtures.CONTEXT.actions()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", a.id());
      m.put("title", a.title());
      m.put("institution", a.institution());
      m.put("startYear", a.startYear());
      m.put("endYear", a.endYear());
      actions.add(m);
    }
    vars.put("transformationActions", actions);
    return vars;
  }
}
