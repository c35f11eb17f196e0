package org.ssr.workflow.oversight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes decision records as JSON arrays, the form of reviewDecisions and of the programme's decisionLog.
 * Knows nothing of Camunda: callers convert the Spin Json variables to text and back (see {@link ReviewVariables}).
 */
public final class DecisionLog {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private DecisionLog() {}

  /** An empty log. */
  public static String empty() {
    return "[]";
  }

  /**
   * The existing log followed by the new decisions, both JSON arrays (null or blank count as empty). Entries are kept
   * as they are, including fields this class does not know, so the programme may log other decisions too.
   */
  public static String append(String existingJson, String newDecisionsJson) {
    ArrayNode result = array(existingJson, "existing decision log");
    result.addAll(array(newDecisionsJson, "new decisions"));
    return write(result);
  }

  /** The log with one more decision at its end. */
  public static String add(String existingJson, ReviewDecisionRecord decision) {
    return addEntry(existingJson, decision);
  }

  /** A JSON array with one more entry (any record) at its end, e.g. a chase in reviewChaseLog. */
  public static String addEntry(String existingJson, Object entry) {
    ArrayNode result = array(existingJson, "existing log");
    result.add(MAPPER.valueToTree(entry));
    return write(result);
  }

  /** The review decisions in a log (entries of other shapes are read with the fields they share). */
  public static List<ReviewDecisionRecord> read(String json) {
    List<ReviewDecisionRecord> decisions = new ArrayList<>();
    for (JsonNode entry : array(json, "decision log")) {
      try {
        decisions.add(MAPPER.treeToValue(entry, ReviewDecisionRecord.class));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Not a decision record: " + entry, e);
      }
    }
    return decisions;
  }

  /** The decisions as a JSON array. */
  public static String write(List<ReviewDecisionRecord> decisions) {
    return write(MAPPER.valueToTree(decisions));
  }

  private static ArrayNode array(String json, String what) {
    if (json == null || json.isBlank()) {
      return MAPPER.createArrayNode();
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The " + what + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || node.isNull()) {
      return MAPPER.createArrayNode();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("The " + what + " must be a JSON array, not " + node.getNodeType());
    }
    return ((ArrayNode) node).deepCopy();
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the decision log", e);
    }
  }
}
