package org.ssr.workflow.programme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action of the transformation strategy (step 9), priced by the financial feasibility plan (step 10) and
 * measured during implementation: the owner institution reports on it each year against its indicators and
 * milestones.
 *
 * @param institution the institution in scope the action belongs to (plan lines are per institution)
 * @param ownerInstitution the institution that reports on it in implementation (by default {@code institution})
 */
public record TransformationAction(String id, String title, String institution, int startYear, int endYear,
    String ownerInstitution, List<ActionIndicator> indicators, List<ActionMilestone> milestones) {

  public TransformationAction {
    ownerInstitution = ownerInstitution == null || ownerInstitution.isBlank() ? institution : ownerInstitution;
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  /** An action without measures yet (a strategy drafted before indicators existed). */
  public TransformationAction(String id, String title, String institution, int startYear, int endYear) {
    this(id, title, institution, startYear, endYear, institution, List.of(), List.of());
  }

  /** The plain map stored in the process variable {@code transformationActions}: readable by every feature. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id);
    map.put("title", title);
    map.put("institution", institution);
    map.put("startYear", startYear);
    map.put("endYear", endYear);
    map.put("ownerInstitution", ownerInstitution);
    map.put("indicators", indicators.stream().map(ActionIndicator::toMap).toList());
    map.put("milestones", milestones.stream().map(ActionMilestone::toMap).toList());
    return map;
  }
}
