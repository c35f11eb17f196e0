package org.ssr.workflow.programme;

import java.util.LinkedHashMap;
import java.util.Map;

/** A milestone of a strategy action: what is reached, and in which year. */
public record ActionMilestone(int year, String title) {

  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("year", year);
    map.put("title", title);
    return map;
  }
}
