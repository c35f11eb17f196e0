package org.ssr.workflow.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The one set of rules by which the application reads what forms, the REST APIs and the engine hand it. Each reader
 * takes any raw value (a Java value, a Spin Json node, a typed value, JSON text) and the variable's name, for the
 * message when the value cannot be read; a value that cannot be read is refused as input
 * ({@link VariableRejectedException}, 400). The rules:
 * <ul>
 *   <li>absent: {@code null} or blank text is absent for every type; a list reads as empty, anything else as null;
 *   <li>text: trimmed;
 *   <li>whole numbers: a number without fraction or text of one ("3", "3.0"); anything else is refused;
 *   <li>numbers: a number or its text with a point as decimal mark ("12.5"); no thousands separators ("50,000" is
 *       refused: in French or Portuguese the comma is the decimal mark, so it cannot be read one way for all). The
 *       same rule holds for numbers inside records (a pledge's amount, an indicator's value or year): their readers
 *       call {@link #decimal} and {@link #integer} with the field's name;
 *   <li>yes/no: a Boolean or the text true/false (any case);
 *   <li>dates: a Date, an Instant, ISO date ("2027-03-31", midnight in the server's zone) or ISO date-time with
 *       offset;
 *   <li>lists of strings: a Json array, a Java collection, JSON array text, or text with one value per line (a
 *       textarea); values are trimmed and blanks dropped; a list is never split on commas (names contain them);
 *   <li>records and documents: a Json value, Java maps/lists or JSON text, mapped by {@link Json#mapper()}.
 * </ul>
 */
public final class Conversions {

  private static final TypeReference<LinkedHashMap<String, Object>> RECORD = new TypeReference<>() {};

  private Conversions() {}

  /** The plain value of an engine value: a typed value's value, a Spin node's JSON text stays a node. */
  static Object unwrap(Object raw) {
    return raw instanceof TypedValue typed ? typed.getValue() : raw;
  }

  static boolean absent(Object raw) {
    return raw == null || raw instanceof CharSequence text && text.toString().isBlank();
  }

  public static String text(String name, Object raw) {
    raw = unwrap(raw);
    if (absent(raw)) {
      return null;
    }
    if (raw instanceof SpinJsonNode node && node.isString()) {
      return node.stringValue().trim();
    }
    return raw.toString().trim();
  }

  public static Integer integer(String name, Object raw) {
    raw = unwrap(raw);
    if (absent(raw)) {
      return null;
    }
    try {
      BigDecimal number = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text(name, raw));
      return number.stripTrailingZeros().intValueExact();
    } catch (ArithmeticException | NumberFormatException notWhole) {
      throw new VariableRejectedException(name, raw, "wholeNumber");
    }
  }

  public static BigDecimal decimal(String name, Object raw) {
    raw = unwrap(raw);
    if (absent(raw)) {
      return null;
    }
    try {
      return raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text(name, raw));
    } catch (NumberFormatException notNumber) {
      throw new VariableRejectedException(name, raw, "number");
    }
  }

  public static Boolean flag(String name, Object raw) {
    raw = unwrap(raw);
    if (absent(raw)) {
      return null;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    String text = text(name, raw);
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return Boolean.valueOf(text);
    }
    throw new VariableRejectedException(name, raw, "yesNo");
  }

  public static Date date(String name, Object raw) {
    raw = unwrap(raw);
    if (absent(raw)) {
      return null;
    }
    if (raw instanceof Date date) {
      return date;
    }
    if (raw instanceof Instant instant) {
      return Date.from(instant);
    }
    String text = text(name, raw);
    try {
      if (text.length() == 10) {
        return Date.from(LocalDate.parse(text).atStartOfDay(ZoneId.systemDefault()).toInstant());
      }
      return Date.from(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notDate) {
      throw new VariableRejectedException(name, raw, "date");
    }
  }

  public static List<String> strings(String name, Object raw) {
    raw = unwrap(raw);
    List<String> values = new ArrayList<>();
    if (absent(raw)) {
      return values;
    }
    if (raw instanceof SpinJsonNode node && !node.isString()) {
      raw = tree(name, node.toString());
    } else if (raw instanceof SpinJsonNode node) {
      raw = node.stringValue();
    }
    if (raw instanceof CharSequence sequence && sequence.toString().trim().startsWith("[")) {
      raw = tree(name, sequence.toString());
    }
    if (raw instanceof Collection<?> collection) {
      for (Object element : collection) {
        String value = element instanceof Map || element instanceof Collection ? json(element) : text(name, element);
        if (value != null) {
          values.add(value);
        }
      }
      return values;
    }
    for (String line : raw.toString().split("\\r?\\n|;")) {
      if (!line.isBlank()) {
        values.add(line.trim());
      }
    }
    return values;
  }

  public static List<Map<String, Object>> records(String name, Object raw) {
    raw = unwrap(raw);
    List<Map<String, Object>> records = new ArrayList<>();
    if (absent(raw)) {
      return records;
    }
    Object tree = raw instanceof CharSequence || raw instanceof SpinJsonNode ? tree(name, raw.toString()) : raw;
    if (!(tree instanceof Collection<?> collection)) {
      throw new VariableRejectedException(name, raw, "records");
    }
    for (Object element : collection) {
      if (element == null) {
        continue;
      }
      if (!(element instanceof Map<?, ?>) && !isBean(element)) {
        throw new VariableRejectedException(name, element, "record");
      }
      records.add(Json.mapper().convertValue(element, RECORD));
    }
    return records;
  }

  /** A JSON document mapped to {@code type} (a record, a map, a list of records). */
  public static <T> T document(String name, Object raw, JavaType type) {
    raw = unwrap(raw);
    if (absent(raw)) {
      return null;
    }
    try {
      if (raw instanceof CharSequence || raw instanceof SpinJsonNode) {
        return Json.mapper().readValue(raw.toString(), type);
      }
      return Json.mapper().convertValue(raw, type);
    } catch (JsonProcessingException | IllegalArgumentException notDocument) {
      throw new VariableRejectedException(name, abbreviated(raw), "document", type.getRawClass().getSimpleName());
    }
  }

  /** JSON text of any value the mapper can write (a Spin node or JSON text stays as it is). */
  public static String json(Object raw) {
    raw = unwrap(raw);
    if (raw == null) {
      return null;
    }
    if (raw instanceof SpinJsonNode || raw instanceof CharSequence) {
      return raw.toString();
    }
    try {
      return Json.mapper().writeValueAsString(raw);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + raw.getClass().getName() + " as JSON", e);
    }
  }

  private static Object tree(String name, String text) {
    try {
      return Json.mapper().readValue(text, Object.class);
    } catch (JsonProcessingException notJson) {
      throw new VariableRejectedException(name, abbreviated(text), "json");
    }
  }

  private static boolean isBean(Object element) {
    return !(element instanceof CharSequence || element instanceof Number || element instanceof Boolean
        || element instanceof Collection);
  }

  private static Object abbreviated(Object raw) {
    String text = String.valueOf(raw);
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
