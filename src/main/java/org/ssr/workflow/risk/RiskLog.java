package org.ssr.workflow.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import org.ssr.workflow.engine.Json;

/**
 * Reads and writes the JSON form of a risk's log (a JSON array of {@link RiskEvent}) as history and reports hold it.
 * No engine types here; the running process reads the log through {@link RiskHandlingProcess.Variables#RISK_LOG}.
 */
public final class RiskLog {

  private RiskLog() {}

  public static List<RiskEvent> parse(String json) {
    if (json == null || json.isBlank()) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(Json.mapper().readValue(json, new TypeReference<List<RiskEvent>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The risk log is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static String write(List<RiskEvent> events) {
    try {
      return Json.mapper().writeValueAsString(events);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the risk log", e);
    }
  }

  public static String append(String json, RiskEvent event) {
    List<RiskEvent> events = parse(json);
    events.add(event);
    return write(events);
  }
}
