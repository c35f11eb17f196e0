package org.ssr.workflow.engine;

import com.fasterxml.jackson.databind.JavaType;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One process variable: its name, its Java type, how any submitted value is read ({@link Conversions}) and how the
 * value is stored. Every read and write of process data goes through one of these, declared once in the catalogue of
 * the process that owns the variable ({@code ProgrammeProcess.Variables}, {@code OversightReviewProcess.Variables},
 * ...):
 *
 * <pre>{@code
 * List<String> regions = REGIONS.from(execution).get();     // never null for lists
 * REGIONS.on(execution).set(List.of("North", "South"));
 * Integer version = NSP_VERSION.from(execution).orElse(0);
 * }</pre>
 *
 * <p>Storage: text, whole numbers, yes/no and dates as the engine's primitive types (Tasklist filters and gateway
 * expressions compare them); lists and records as JSON-serialized Java values (readable in Cockpit, no class on the
 * classpath needed) or, with {@link #storedAsSpinJson()}, as Spin Json, the type Tasklist gives list fields, for a
 * variable a form also writes; choices from a {@link Labelled} catalogue by their id.
 */
public final class Variable<T> {

  private final String name;
  private final BiFunction<String, Object, T> reader;
  private final Function<T, Object> writer;
  /** Read as the engine's typed value (files: the plain value would be the content stream). */
  private final boolean typed;

  private Variable(String name, BiFunction<String, Object, T> reader, Function<T, Object> writer) {
    this(name, reader, writer, false);
  }

  private Variable(String name, BiFunction<String, Object, T> reader, Function<T, Object> writer, boolean typed) {
    this.name = Objects.requireNonNull(name);
    this.reader = reader;
    this.writer = writer;
    this.typed = typed;
  }

  public static Variable<String> text(String name) {
    return new Variable<>(name, Conversions::text, value -> value);
  }

  public static Variable<Integer> integer(String name) {
    return new Variable<>(name, Conversions::integer, value -> value);
  }

  public static Variable<BigDecimal> decimal(String name) {
    return new Variable<>(name, Conversions::decimal, value -> value == null ? null : value.doubleValue());
  }

  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, Conversions::flag, value -> value);
  }

  public static Variable<Date> date(String name) {
    return new Variable<>(name, Conversions::date, value -> value);
  }

  /** A file a form uploads; read as the engine's file value. */
  public static Variable<FileValue> file(String name) {
    return new Variable<>(name, (n, raw) -> raw instanceof FileValue file ? file : null, value -> value, true);
  }

  public static Variable<List<String>> strings(String name) {
    return new Variable<>(name, Conversions::strings, Variable::javaJson);
  }

  public static Variable<List<Map<String, Object>>> records(String name) {
    return new Variable<>(name, Conversions::records, Variable::javaJson);
  }

  /** A structured document (a Java record, map or list of records) held as one JSON variable. */
  public static <D> Variable<D> document(String name, Class<D> type) {
    return document(name, Json.mapper().getTypeFactory().constructType(type));
  }

  public static <D> Variable<D> document(String name, JavaType type) {
    return new Variable<>(name, (n, raw) -> Conversions.document(n, raw, type), Variable::javaJson);
  }

  /** A choice from a catalogue, stored by its id; an id the catalogue does not know is refused. */
  public static <E extends Enum<E> & Labelled> Variable<E> choice(String name, Class<E> catalogue) {
    return new Variable<>(name, (n, raw) -> {
      String id = Conversions.text(n, raw);
      return id == null ? null : Labelled.byId(catalogue, id).orElseThrow(
          () -> new VariableRejectedException(n, id, "choice", String.valueOf(Labelled.ids(catalogue))));
    }, value -> value == null ? null : value.id());
  }

  /** The same variable stored as Spin Json (for lists and documents a Camunda Form also submits). */
  public Variable<T> storedAsSpinJson() {
    return new Variable<>(name, reader,
        value -> value == null ? null : SpinValues.jsonValue(Conversions.json(value)).create(), typed);
  }

  public String name() {
    return name;
  }

  /** Reads a raw value (a form field, a REST body's field, a variable) by this variable's rule. */
  public T read(Object raw) {
    return reader.apply(name, raw);
  }

  /** The value as the engine stores it, for variable maps passed to start, correlate or complete. */
  public Object stored(T value) {
    return writer.apply(value);
  }

  /** Adds the value as stored to a variable map (start, correlate, complete) and returns the map. */
  public <M extends Map<String, Object>> M putIn(M variables, T value) {
    variables.put(name, stored(value));
    return variables;
  }

  public Value<T> from(VariableScope scope) {
    if (typed) {
      return new Value<>(this, scope.getVariableTyped(name), scope.getVariableLocalTyped(name));
    }
    return new Value<>(this, scope.getVariable(name), scope.getVariableLocal(name));
  }

  /** Reads from variables already fetched (a query's or a REST request's variable map). */
  public Value<T> from(Map<String, ?> variables) {
    Object raw = variables == null ? null : variables.get(name);
    return new Value<>(this, raw, raw);
  }

  public Target<T> on(VariableScope scope) {
    return new Target<>(this, scope);
  }

  @Override
  public String toString() {
    return name;
  }

  private static Object javaJson(Object value) {
    return value == null ? null
        : Variables.objectValue(value).serializationDataFormat(SerializationDataFormats.JSON).create();
  }

  /** A variable's value as seen from one scope. */
  public static final class Value<T> {
    private final Variable<T> variable;
    private final Object raw;
    private final Object rawLocal;

    private Value(Variable<T> variable, Object raw, Object rawLocal) {
      this.variable = variable;
      this.raw = raw;
      this.rawLocal = rawLocal;
    }

    /** The value visible from the scope, read by the variable's rule; null when absent (lists: empty). */
    public T get() {
      return variable.read(raw);
    }

    /** The value set on the scope itself, ignoring enclosing scopes. */
    public T local() {
      return variable.read(rawLocal);
    }

    public T orElse(T fallback) {
      T value = get();
      return value == null ? fallback : value;
    }

    /** The value; its absence is a modelling error (the process always sets it before this point). */
    public T required() {
      T value = get();
      if (value == null) {
        throw new IllegalStateException("Process variable '" + variable.name + "' is not set");
      }
      return value;
    }

    public boolean isPresent() {
      return !Conversions.absent(Conversions.unwrap(raw));
    }
  }

  /** Writes a variable on one scope. */
  public static final class Target<T> {
    private final Variable<T> variable;
    private final VariableScope scope;

    private Target(Variable<T> variable, VariableScope scope) {
      this.variable = variable;
      this.scope = scope;
    }

    /** Sets the value where it already lives, else on the process instance (the engine's rule). */
    public void set(T value) {
      scope.setVariable(variable.name, variable.stored(value));
    }

    public void setLocal(T value) {
      scope.setVariableLocal(variable.name, variable.stored(value));
    }

    public void remove() {
      scope.removeVariable(variable.name);
    }

    public void removeLocal() {
      scope.removeVariableLocal(variable.name);
    }
  }
}
