package org.ssr.workflow.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A Camunda Form submission built exactly as Tasklist 7.24 builds it, so tests prove what a person clicking
 * <i>Complete</i> gets, not what a typed REST call gets.
 *
 * <p>Read from the Tasklist bundled with this Camunda version ({@code camunda-webapp-webjar-7.24.0.jar},
 * {@code app/tasklist/camunda-tasklist-bootstrap.js}, the {@code camunda-form} directive):
 * <ul>
 *   <li>a task form loads {@code GET /task/{id}/form-variables?deserializeValues=false}; a start form loads nothing;
 *   <li>the form is imported with those values as data: {@code Json} values (or {@code application/json}
 *       serialized objects) are parsed first;
 *   <li>on submit, for each entry of form-js's submit data: a non-null object or array value is sent as
 *       {@code {type, valueInfo, value: JSON.stringify(value)}} with the type and valueInfo of the form variable of
 *       the same name if one exists, else those of the variable named by the field's {@code valuesKey} (top-level
 *       components only) if that exists, else type {@code Json}; every other value goes as {@code {value}} without a
 *       type (the engine infers it, and {@code null} becomes a {@code Null} variable);
 *   <li>the body goes to {@code POST /task/{id}/submit-form} or {@code POST /process-definition/{id}/submit-form}.
 * </ul>
 * form-js's submit data ({@code lib/deps.js}, {@code _getSubmitData}/{@code _getInitializedFieldData}): every keyed
 * field that is rendered (a field hidden by its {@code conditional} is not) and not {@code disabled}, with the value
 * the user left: prefilled from the data, else the field's {@code defaultValue}, else its type's empty value
 * ({@code ""} for text fields and areas, {@code false} for a checkbox, {@code []} for checklists and tag lists,
 * {@code null} for numbers, radios, selects and dates); a dynamic list submits an array under its {@code path}.
 */
public final class TasklistFormSubmission {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_FIELDS = Set.of("text", "spacer", "separator", "image", "button", "html",
      "group", "iframe", "table");

  private final JsonNode form;
  private final JsonNode formVariables;

  private TasklistFormSubmission(JsonNode form, JsonNode formVariables) {
    this.form = form;
    this.formVariables = formVariables == null ? JsonNodeFactory.instance.objectNode() : formVariables;
  }

  /** A task form: the deployed form-js schema and the task's {@code form-variables} (deserializeValues=false). */
  public static TasklistFormSubmission taskForm(JsonNode form, JsonNode formVariables) {
    return new TasklistFormSubmission(form, formVariables);
  }

  /** A start form: Tasklist loads no variables for it. */
  public static TasklistFormSubmission startForm(JsonNode form) {
    return new TasklistFormSubmission(form, null);
  }

  /**
   * What form-js submits when the user leaves the prefilled form as it is, then types {@code entered} (field key or
   * dynamic-list path to value). Fields with a {@code conditional} are left out unless entered: the test, not this
   * class, knows whether the condition hides them.
   */
  public Map<String, JsonNode> submitData(Map<String, JsonNode> entered) {
    Map<String, JsonNode> data = new LinkedHashMap<>();
    collect(form.path("components"), data);
    data.putAll(entered);
    return data;
  }

  private void collect(JsonNode components, Map<String, JsonNode> data) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("conditional") || component.path("disabled").asBoolean(false)) {
        continue;
      }
      if ("dynamiclist".equals(type)) {
        String path = component.path("path").asText();
        JsonNode prefilled = prefill(path);
        data.put(path, prefilled != null ? prefilled : JSON.createArrayNode());
      } else if (component.hasNonNull("key") && !NOT_FIELDS.contains(type)) {
        String key = component.get("key").asText();
        JsonNode prefilled = prefill(key);
        data.put(key, prefilled != null ? prefilled
            : component.has("defaultValue") ? component.get("defaultValue") : emptyValue(type));
      } else if (component.has("components") && !component.hasNonNull("path")) {
        collect(component.get("components"), data);
      }
    }
  }

  /** The value Tasklist imports for a field from the form variables (Json parsed), or null if there is none. */
  private JsonNode prefill(String name) {
    JsonNode variable = formVariables.get(name);
    if (variable == null || variable.path("value").isNull()) {
      return null;
    }
    if (isJson(variable)) {
      try {
        return JSON.readTree(variable.get("value").asText());
      } catch (IOException e) {
        throw new IllegalStateException("Variable " + name + " is not JSON: " + variable, e);
      }
    }
    return variable.get("value");
  }

  private static boolean isJson(JsonNode variable) {
    return "Json".equals(variable.path("type").asText())
        || "application/json".equals(variable.path("valueInfo").path("serializationDataFormat").asText());
  }

  private static JsonNode emptyValue(String type) {
    return switch (type) {
      case "textfield", "textarea" -> JsonNodeFactory.instance.textNode("");
      case "checkbox" -> JsonNodeFactory.instance.booleanNode(false);
      case "checklist", "taglist" -> JsonNodeFactory.instance.arrayNode();
      default -> NullNode.getInstance();
    };
  }

  /** The request body Tasklist posts for this submit data: {@code {"variables": {...}}}. */
  public ObjectNode body(Map<String, JsonNode> submitData) {
    Map<String, String> valuesKeys = new LinkedHashMap<>();
    for (JsonNode component : form.path("components")) { // top level only, as Tasklist reads them
      if (component.hasNonNull("key") && component.hasNonNull("valuesKey")) {
        valuesKeys.put(component.get("key").asText(), component.get("valuesKey").asText());
      }
    }
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    submitData.forEach((name, value) -> {
      ObjectNode variable = variables.putObject(name);
      if (value != null && (value.isObject() || value.isArray())) {
        JsonNode existing = formVariables.get(name);
        if (existing == null && valuesKeys.containsKey(name)) {
          existing = formVariables.get(valuesKeys.get(name));
        }
        if (existing != null) {
          variable.set("type", existing.get("type"));
          variable.set("valueInfo", existing.has("valueInfo") ? existing.get("valueInfo") : NullNode.getInstance());
        } else {
          variable.put("type", "Json");
          variable.putNull("valueInfo");
        }
        variable.put("value", value.toString());
      } else {
        variable.set("value", value == null ? NullNode.getInstance() : value);
      }
    });
    return body;
  }

  /** Object-valued fields (checklist, tag list, dynamic list, ...) whose form variable has type {@code Null}. */
  public Map<String, String> nullTypedObjectFields(Map<String, JsonNode> submitData) {
    Map<String, String> collisions = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : submitData.entrySet()) {
      JsonNode existing = formVariables.get(entry.getKey());
      if (entry.getValue() != null && entry.getValue().isContainerNode() && existing != null
          && "Null".equals(existing.path("type").asText())) {
        collisions.put(entry.getKey(), existing.toString());
      }
    }
    return collisions;
  }

  /** A JSON value for {@link #submitData}: {@code array("a", "b")}. */
  public static ArrayNode array(String... values) {
    ArrayNode array = JSON.createArrayNode();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }
}
