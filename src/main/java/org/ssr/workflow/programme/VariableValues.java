package org.ssr.workflow.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Converts what forms and the REST API submit into typed Java values, and back. Tasklist submits checklists, taglists
 * and dynamic lists as Spin Json; a REST client may send a Java list or JSON text; a textarea sends lines. The
 * delegates convert once, so multi-instance collections and services see plain Java lists.
 */
public final class VariableValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private VariableValues() {}

  /** A list of strings from a Json array, a Java collection, JSON text, or text with one value per line. */
  public static List<String> strings(Object raw) {
    List<String> values = new ArrayList<>();
    if (raw == null) {
      return values;
    }
    if (raw instanceof JsonValue json) {
      raw = json.getValue();
    }
    if (raw instanceof SpinJsonNode node) {
      if (node.isArray()) {
        for (SpinJsonNode element : node.elements()) {
          values.add(element.isString() ? element.stringValue() : element.toString());
        }
        return values;
      }
      raw = node.isString() ? node.stringValue() : node.toString();
    }
    if (raw instanceof Collection<?> collection) {
      collection.stream().filter(v -> v != null).map(Object::toString).forEach(values::add);
      return values;
    }
    String text = raw.toString().trim();
    if (text.startsWith("[")) {
      try {
        for (Object value : JSON.readValue(text, List.class)) {
          if (value != null) {
            values.add(value.toString());
          }
        }
        return values;
      } catch (JsonProcessingException e) {
        throw new ProgrammeInputRejectedException("Not a list: " + text);
      }
    }
    for (String line : text.split("\\r?\\n|;")) {
      if (!line.isBlank()) {
        values.add(line.trim());
      }
    }
    return values;
  }

  /** A list of records (maps) from a Json array of objects, a Java list of maps, or JSON text. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> records(Object raw) {
    if (raw == null) {
      return new ArrayList<>();
    }
    if (raw instanceof JsonValue json) {
      raw = json.getValue();
    }
    if (raw instanceof Collection<?> collection) {
      List<Map<String, Object>> records = new ArrayList<>();
      for (Object element : collection) {
        if (element instanceof Map<?, ?> map) {
          records.add(new LinkedHashMap<>((Map<String, Object>) map));
        } else if (element != null) {
          records.add(JSON.convertValue(element, new TypeReference<LinkedHashMap<String, Object>>() {}));
        }
      }
      return records;
    }
    String text = raw instanceof SpinJsonNode node ? node.toString() : raw.toString();
    if (text.isBlank()) {
      return new ArrayList<>();
    }
    try {
      return JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() {});
    } catch (JsonProcessingException e) {
      throw new ProgrammeInputRejectedException("Not a list of records: " + e.getOriginalMessage());
    }
  }

  /** JSON text of a Json variable (or of a Java value), for services that work on JSON. */
  public static String jsonText(Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof JsonValue json) {
      raw = json.getValue();
    }
    if (raw instanceof SpinJsonNode || raw instanceof String) {
      return raw.toString();
    }
    try {
      return JSON.writeValueAsString(raw);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + raw.getClass() + " as JSON", e);
    }
  }

  /** A Java value (list, map) stored JSON-serialized, readable in Cockpit and by every feature. */
  public static ObjectValue javaObject(Object value) {
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  /** A Spin Json variable (how Tasklist stores list values and how the decision log is kept). */
  public static JsonValue json(String jsonText) {
    return SpinValues.jsonValue(jsonText).create();
  }

  public static String text(Object raw) {
    if (raw == null) {
      return null;
    }
    String text = raw.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public static boolean isTrue(Object raw) {
    return raw instanceof Boolean b ? b : raw != null && Boolean.parseBoolean(raw.toString().trim());
  }

  public static int integer(Object raw) {
    if (raw instanceof Number number) {
      return number.intValue();
    }
    return raw == null || raw.toString().isBlank() ? 0 : Integer.parseInt(raw.toString().trim());
  }
}
