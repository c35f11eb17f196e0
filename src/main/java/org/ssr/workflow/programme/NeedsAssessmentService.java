package org.ssr.workflow.programme;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Step 2: puts every region's consultation input side by side for the consolidation. Knows nothing of the engine. */
@Service
public class NeedsAssessmentService {

  /** The inputs in plain language, one block per region, in the order they came in. */
  public String summarise(List<Map<String, Object>> inputs) {
    if (inputs == null || inputs.isEmpty()) {
      return "No regional input yet.";
    }
    StringBuilder text = new StringBuilder();
    for (Map<String, Object> input : inputs) {
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append("Region: ").append(value(input, "region"))
          .append("\nParticipants: ").append(value(input, "regionalParticipants"))
          .append("\nSegments consulted: ").append(value(input, "regionalSegmentsConsulted"))
          .append("\nHow people want their security sector to develop: ").append(value(input, "regionalPriorities"))
          .append("\nConcerns: ").append(value(input, "regionalConcerns"));
    }
    return text.toString();
  }

  private static String value(Map<String, Object> input, String key) {
    Object value = input.get(key);
    return value == null || value.toString().isBlank() ? "-" : value.toString();
  }
}
