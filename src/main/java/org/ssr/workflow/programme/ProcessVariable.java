package org.ssr.workflow.programme;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and Java type, so code and tests never spell variable names twice.
 *
 * @param name the variable name as it appears in forms, expressions and Cockpit
 * @param type the Java type the process stores under that name
 */
public record ProcessVariable<T>(String name, Class<T> type) {

  public static <T> ProcessVariable<T> of(String name, Class<T> type) {
    return new ProcessVariable<>(name, type);
  }

  /** The value visible from the given scope, or {@code null} when it is not set. */
  public T from(VariableScope scope) {
    Object value = scope.getVariable(name);
    return value == null ? null : type.cast(value);
  }

  /** The raw value, whatever type the caller (a form, the REST API) stored; converted by the caller. */
  public Object rawFrom(VariableScope scope) {
    return scope.getVariable(name);
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  @Override
  public String toString() {
    return name;
  }
}
