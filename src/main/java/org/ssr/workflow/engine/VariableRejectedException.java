package org.ssr.workflow.engine;

/** A submitted value that cannot be read as its variable's type; names the field and what to enter instead. */
public class VariableRejectedException extends RuntimeException implements RejectedInput {

  public VariableRejectedException(String name, Object value, String expected) {
    super("Field '" + name + "': " + expected + ", got '" + value + "'.");
  }
}
