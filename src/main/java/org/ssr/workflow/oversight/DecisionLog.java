package org.ssr.workflow.oversight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssr.workflow.engine.Json;

/**
 * Reads and writes decision records, the entries of a review's reviewDecisions (and of the retired decisionLog), as
 * JSON text (the form in history and reports) or as the record lists the variables hold. Knows nothing of Camunda; JSON
 * goes through {@link Json#mapper()}, which ignores fields a record does not know.
 */
public final class DecisionLog {

  private static final TypeReference<LinkedHashMap<String, Object>> ENTRY = new TypeReference<>() {};

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
    result.add(Json.mapper().valueToTree(entry));
    return write(result);
  }

  /** A record list (the value of a records variable) with one more entry at its end. */
  public static List<Map<String, Object>> with(List<Map<String, Object>> existing, Object entry) {
    List<Map<String, Object>> entries = new ArrayList<>(existing == null ? List.of() : existing);
    entries.add(Json.mapper().convertValue(entry, ENTRY));
    return entries;
  }

  /** The review decisions in a log (entries of other shapes are read with the fields they share). */
  public static List<ReviewDecisionRecord> read(String json) {
    List<ReviewDecisionRecord> decisions = new ArrayList<>();
    for (JsonNode entry : array(json, "decision log")) {
      try {
        decisions.add(Json.mapper().treeToValue(entry, ReviewDecisionRecord.class));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Not a decision record: " + entry, e);
      }
    }
    return decisions;
  }

  /** The review decisions among the entries of a records variable. */
  public static List<ReviewDecisionRecord> read(List<Map<String, Object>> entries) {
    return entries.stream().map(entry -> Json.mapper().convertValue(entry, ReviewDecisionRecord.class)).toList();
  }

  /** The decisions as a JSON array. */
  public static String write(List<ReviewDecisionRecord> decisions) {
    return write(Json.mapper().valueToTree(decisions));
  }

  private static ArrayNode array(String json, String what) {
    if (json == null || json.isBlank()) {
      return Json.mapper().createArrayNode();
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("The " + what + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || node.isNull()) {
      return Json.mapper().createArrayNode();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("The " + what + " must be a JSON array, not " + node.getNodeType());
    }
    return ((ArrayNode) node).deepCopy();
  }

  private static String write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the decision log", e);
    }
  }
}
