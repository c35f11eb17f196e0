package org.ssr.workflow.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the JSON form of a risk's log (a JSON array of {@link RiskEvent}). No engine types here. */
public final class RiskLog {

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RiskLog() {}

  public static List<RiskEvent> parse(String json) {
    if (json == null || json.isBlank()) {
      return new ArrayList<>();
    }
    try {
      return new ArrayList<>(JSON.readValue(json, new TypeReference<List<RiskEvent>>() {}));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The risk log is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  public static String write(List<RiskEvent> events) {
    try {
      return JSON.writeValueAsString(events);
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
