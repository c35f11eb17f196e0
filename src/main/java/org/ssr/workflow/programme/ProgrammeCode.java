package org.ssr.workflow.programme;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A programme's code, the business key of its ssr-programme instance. Always normalised (trimmed, upper case) and
 * valid (2 to 40 letters, digits or dashes, starting with a letter or digit), so {@code rbt-15681}, {@code RBT-15681}
 * and {@code " Rbt-15681 "} are the same code wherever a user types or a client sends it.
 *
 * <p>Spring binds {@code @PathVariable ProgrammeCode} through {@link #of(String)}; Jackson reads and writes the plain
 * string. An invalid code is refused with {@link ProgrammeInputRejectedException} (400 with the message).
 */
public record ProgrammeCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

  /** Normalises and checks; {@code new ProgrammeCode(" ssr-01 ")} is {@code SSR-01}. */
  public ProgrammeCode {
    value = normalise(value);
    check(value, null);
  }

  /**
   * The code a user typed or a client sent; refuses a blank or malformed code with a message for the user, in the
   * language of the request (English outside one).
   */
  @JsonCreator
  public static ProgrammeCode of(String text) {
    return new ProgrammeCode(text);
  }

  /** As {@link #of(String)}, refused in {@code language} when no web request names the person's language. */
  public static ProgrammeCode of(String text, String language) {
    check(normalise(text), language);
    return new ProgrammeCode(text);
  }

  private static void check(String value, String language) {
    if (value.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(language, "code.missing");
    }
    if (!FORMAT.matcher(value).matches()) {
      throw ProgrammeInputRejectedException.refused(language, "code.invalid", value);
    }
  }

  /** For codes read back from the engine: empty when blank or malformed (such a code names no programme). */
  public static Optional<ProgrammeCode> parse(Object text) {
    if (text == null || !FORMAT.matcher(normalise(text.toString())).matches()) {
      return Optional.empty();
    }
    return Optional.of(new ProgrammeCode(text.toString()));
  }

  private static String normalise(String text) {
    return text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
