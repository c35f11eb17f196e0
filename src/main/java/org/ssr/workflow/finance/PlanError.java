package org.ssr.workflow.finance;

/**
 * One problem of an upload, shown to the finance officer as {@code sheet!cell: value — what is wrong — what to do}.
 * For problems of the whole file the location is the file name, for a whole sheet the sheet name. The words are the
 * uploader's language ({@link FinanceWords}); the location and the cell's value stay as they are in the workbook.
 */
public record PlanError(String location, String value, String problem, String remedy) {

  public static final String EMPTY = "(empty)";

  static PlanError cell(FinanceWords words, String sheet, String cellRef, String value, String problem,
      String remedy) {
    return new PlanError(sheet + "!" + cellRef, quote(words, value), problem, remedy);
  }

  static PlanError file(FinanceWords words, String fileName, String problem, String remedy) {
    return new PlanError(fileName == null || fileName.isBlank() ? words.text("marker.upload") : fileName,
        words.text("marker.file"), problem, remedy);
  }

  /** A problem of a whole sheet or of its header row: {@code marker} is the key of "(sheet)", "(header row)" … */
  static PlanError sheet(FinanceWords words, String location, String marker, String problem, String remedy) {
    return new PlanError(location, words.text("marker." + marker), problem, remedy);
  }

  static String quote(FinanceWords words, String value) {
    if (value == null || value.isBlank()) {
      return words.text("marker.empty");
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
