package org.ssr.workflow.oversight;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Converts between the engine's variable values and the plain values the oversight services work with. */
public final class ReviewVariables {

  private ReviewVariables() {}

  /** The JSON text of a Json variable (Spin node or String); null stays null. */
  public static String jsonText(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SpinJsonNode node) {
      return node.toString();
    }
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException("Expected a Json variable, got " + value.getClass().getName());
  }

  /** A Json variable value for the JSON text (stored with Spin, as Tasklist and Cockpit expect). */
  public static JsonValue json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  /**
   * A list of strings from a Java collection or a Spin Json array (Tasklist submits list fields as Json), so callers
   * may pass either.
   */
  public static List<?> list(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Collection<?> collection) {
      return new ArrayList<>(collection);
    }
    if (value instanceof SpinJsonNode node && node.isArray()) {
      List<String> result = new ArrayList<>();
      for (SpinJsonNode element : node.elements()) {
        result.add(element.isString() ? element.stringValue() : element.toString());
      }
      return result;
    }
    throw new InvalidReviewRequestException("Expected a list of group ids, got " + value);
  }
}
