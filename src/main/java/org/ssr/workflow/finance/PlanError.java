package org.ssr.workflow.finance;

/**
 * One problem of an upload, shown to the finance officer as {@code sheet!cell: value — what is wrong — what to do}.
 * For problems of the whole file the location is the file name, for a whole sheet the sheet name.
 */
public record PlanError(String location, String value, String problem, String remedy) {

  public static final String EMPTY = "(empty)";

  public static PlanError cell(String sheet, String cellRef, String value, String problem, String remedy) {
    return new PlanError(sheet + "!" + cellRef, quote(value), problem, remedy);
  }

  public static PlanError file(String fileName, String problem, String remedy) {
    return new PlanError(fileName == null || fileName.isBlank() ? "upload" : fileName, "(file)", problem, remedy);
  }

  static String quote(String value) {
    if (value == null || value.isBlank()) {
      return EMPTY;
    }
    String v = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "\"" + v + "\"";
  }

  public String message() {
    return location + ": " + value + " — " + problem + " — " + remedy;
  }

  @Override
  public String toString() {
    return message();
  }
}
