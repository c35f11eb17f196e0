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
 * @param gapIds the gaps of the gap analysis the action closes (G-1, ...; issue 15)
 * @param priorityIds the NSP priorities it serves directly (P-1, ...)
 * @param kind {@link #CAPABILITY} or {@link #ACCOUNTABILITY}; null for an action of a strategy drafted before
 */
public record TransformationAction(String id, String title, String institution, int startYear, int endYear,
    String ownerInstitution, List<ActionIndicator> indicators, List<ActionMilestone> milestones,
    List<String> gapIds, List<String> priorityIds, String kind) {

  /** Makes an institution more effective (training, equipment, organisation). */
  public static final String CAPABILITY = "capability";
  /** Makes it answerable (oversight, complaints, audit, transparency). */
  public static final String ACCOUNTABILITY = "accountability";
  public static final List<String> KINDS = List.of(CAPABILITY, ACCOUNTABILITY);

  public TransformationAction {
    ownerInstitution = ownerInstitution == null || ownerInstitution.isBlank() ? institution : ownerInstitution;
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    gapIds = gapIds == null ? List.of() : List.copyOf(gapIds);
    priorityIds = priorityIds == null ? List.of() : List.copyOf(priorityIds);
    kind = kind == null || kind.isBlank() ? null : kind;
  }

  /** An action that cites nothing (a strategy drafted before issue 15). */
  public TransformationAction(String id, String title, String institution, int startYear, int endYear,
      String ownerInstitution, List<ActionIndicator> indicators, List<ActionMilestone> milestones) {
    this(id, title, institution, startYear, endYear, ownerInstitution, indicators, milestones, List.of(), List.of(),
        null);
  }

  /** The same action with other indicators (an institution added some in its report). */
  public TransformationAction withIndicators(List<ActionIndicator> other) {
    return new TransformationAction(id, title, institution, startYear, endYear, ownerInstitution, other, milestones,
        gapIds, priorityIds, kind);
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
    map.put("gapIds", gapIds);
    map.put("priorityIds", priorityIds);
    map.put("kind", kind);
    return map;
  }
}
