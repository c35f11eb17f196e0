package org.ssr.workflow.engine;

/**
 * A submitted value that cannot be read as its variable's type; names the field and what to enter instead, in the
 * language of the person who submitted it ({@link Languages#ofPerson}: the request's {@code Accept-Language}; outside
 * a request English, as nobody reads it but the log). The template is {@code refused.field} of
 * {@code i18n/engine[_<lang>].properties}, what to enter {@code refused.expected.<what>}.
 */
public class VariableRejectedException extends RuntimeException implements RejectedInput {

  /**
   * @param expected the key after {@code refused.expected.} of what to enter ({@code wholeNumber}, {@code date} …)
   * @param args its arguments
   */
  public VariableRejectedException(String name, Object value, String expected, Object... args) {
    super(text(Messages.of("engine", Languages.ofPerson(Languages.ENGLISH)), name, value, expected, args));
  }

  private static String text(Messages words, String name, Object value, String expected, Object... args) {
    return words.text("refused.field", name, words.text("refused.expected." + expected, args), String.valueOf(value));
  }
}
