package org.ssr.workflow.programme;

import java.util.LinkedHashMap;
import java.util.Map;

/** One action of the transformation strategy (step 9), priced by the financial feasibility plan (step 10). */
public record TransformationAction(String id, String title, String institution, int startYear, int endYear) {

  /** The plain map stored in the process variable {@code transformationActions}: readable by every feature. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", id);
    map.put("title", title);
    map.put("institution", institution);
    map.put("startYear", startYear);
    map.put("endYear", endYear);
    return map;
  }
}
