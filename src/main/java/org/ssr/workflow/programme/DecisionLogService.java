package org.ssr.workflow.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reads the programme's decision log (every decision of every oversight review: who, which body, when, what, why) as
 * plain records for the summary, whatever other fields an entry carries. Works on JSON text; knows nothing of the engine.
 */
@Service
public class DecisionLogService {

  private static final TypeReference<List<Map<String, Object>>> RECORDS = new TypeReference<>() {};
  private final ObjectMapper json = new ObjectMapper();

  public List<Map<String, Object>> read(String recordsJson) {
    if (recordsJson == null || recordsJson.isBlank()) {
      return new ArrayList<>();
    }
    try {
      return json.readValue(recordsJson, RECORDS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A decision log is not a JSON array of records: " + e.getOriginalMessage(), e);
    }
  }

  public String write(List<Map<String, Object>> records) {
    try {
      return json.writeValueAsString(records);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the decision log", e);
    }
  }
}
