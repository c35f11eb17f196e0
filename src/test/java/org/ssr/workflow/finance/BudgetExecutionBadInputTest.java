package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.finance.ExecutionFixtures.CONTEXT;
import static org.ssr.workflow.finance.ExecutionFixtures.YEAR;
import static org.ssr.workflow.finance.ExecutionFixtures.execution;
import static org.ssr.workflow.finance.ExecutionFixtures.row;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad budget execution workbook, each with its cell-precise message (engine-free: the reader alone).
 * The stored versions staying unchanged is BudgetExecutionServiceTest's.
 */
class BudgetExecutionBadInputTest {

  final BudgetExecutionReader reader = new BudgetExecutionReader(PlanLimits.DEFAULTS, ExecutionFixtures.TOLERANCE);

  private List<String> errors(String name, byte[] bytes) {
    BudgetExecutionReader.Result result = reader.read(name, bytes, CONTEXT);
    assertThat(result.lines()).as("a refused workbook gives no rows").isEmpty();
    return result.errors().stream().map(PlanError::message).toList();
  }

  private List<String> errors(byte[] bytes) {
    return errors("execution.xlsx", bytes);
  }

  @Test
  void theGoodWorkbookIsAccepted() {
    BudgetExecutionReader.Result result = reader.read("execution.xlsx", ExecutionFixtures.good(), CONTEXT);
    assertThat(result.errors()).isEmpty();
    assertThat(result.lines()).hasSize(4);
    assertThat(result.lines().get(3)).isEqualTo(new ExecutionLine(null, "justice", YEAR, "National budget",
        new BigDecimal("20000.00"), new BigDecimal("21000.00"), new BigDecimal("15000.00"), null));
  }

  @Test
  void emptyFile() {
    assertThat(errors(new byte[0])).containsExactly(
        "execution.xlsx: (file) — the file is empty — upload the filled-in budget execution workbook (.xlsx)");
  }

  @Test
  void notAWorkbook() {
    assertThat(errors("execution.csv", "Action ID;Committed\nA-1;5000\n".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("execution.csv: (file) — not a spreadsheet (the file is not an .xlsx workbook) — upload the "
            + "budget execution as an Excel workbook (.xlsx), made from the template");
  }

  @Test
  void oldExcelFormat() {
    assertThat(errors("execution.xls", HostileFiles.legacyXls())).containsExactly("execution.xls: (file) — an Excel "
        + "97-2003 workbook (.xls) or a password-protected workbook cannot be read — open it in Excel or LibreOffice, "
        + "remove any password and save it as an Excel workbook (.xlsx)");
  }

  @Test
  void tooBig() {
    BudgetExecutionReader small = new BudgetExecutionReader(PlanLimits.DEFAULTS.withMaxFileBytes(1000),
        ExecutionFixtures.TOLERANCE);
    assertThat(small.read("execution.xlsx", ExecutionFixtures.good(), CONTEXT).errors()).extracting(PlanError::message)
        .singleElement().asString().startsWith("execution.xlsx: (file) — the file is ")
        .endsWith(", larger than the limit of 1 KB — remove pictures and unused sheets");
  }

  @Test
  void wrongSheet() {
    assertThat(errors(PlanFixtures.workbook("Plan", ExecutionFixtures.HEADER))).containsExactly(
        "execution.xlsx: (file) — there is no sheet named \"Execution\" (sheets found: Plan) — put the rows on a "
            + "sheet named Execution, as in the template");
  }

  @Test
  void missingColumn() {
    Object[] header = {"Action ID", "Action", "Institution", "Year", "Funding source", "Planned amount",
        "Committed amount", "Spent", "Notes"};
    assertThat(errors(PlanFixtures.workbook("Execution", header))).containsExactly(
        "Execution!1:1: (header row) — required column \"Spent amount\" is missing or renamed — add a column headed "
            + "\"Spent amount\" as in the template");
  }

  @Test
  void noHeaderRow() {
    Object[][] rows = new Object[25][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new Object[] {"line " + i, 5};
    }
    assertThat(errors(PlanFixtures.workbook("Execution", rows))).containsExactly(
        "Execution!1:20: (header row) — no header row found (a row with Action ID, Year, Funding source, Planned "
            + "amount, Committed amount, Spent amount) — keep the header row of the template above the rows");
  }

  @Test
  void emptySheet() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Execution");
      bytes = PlanFixtures.bytes(wb);
    }
    assertThat(errors(bytes)).containsExactly("Execution: (sheet) — the sheet is empty — fill in the committed and "
        + "spent amounts in the rows of the template");
  }

  @Test
  void noRows() {
    assertThat(errors(execution())).containsExactly("Execution: (sheet) — the workbook has no rows — keep the rows of "
        + "the template (one per line of the approved plan) and fill in committed and spent");
  }

  @Test
  void noRowsIsFineWhenThePlanHasNoLineInTheYear() {
    ExecutionContext nothingPlanned = new ExecutionContext("X", null, "Security Sector Reform", YEAR, null,
        List.of(), java.util.Map.of());
    assertThat(reader.read("e.xlsx", execution(), nothingPlanned).errors()).isEmpty();
  }

  @Test
  void tooManyRows() {
    BudgetExecutionReader two = new BudgetExecutionReader(PlanLimits.DEFAULTS.withMaxLines(2),
        ExecutionFixtures.TOLERANCE);
    assertThat(two.read("e.xlsx", ExecutionFixtures.good(), CONTEXT).errors()).extracting(PlanError::message)
        .containsExactly("Execution: (sheet) — more than 2 rows — keep only the rows of the template, one per line "
            + "of the approved plan");
  }

  @Test
  void aRowThatIsNoLineOfTheApprovedPlan() {
    assertThat(errors(execution(row("A-9", "defence", YEAR, "National budget", 100000, 1, 1)))).containsExactly(
        "Execution!A2: \"A-9\" — no line of the approved plan (version 2) for action A-9, institution defence, year "
            + "2027, funding source National budget — keep the rows of the template as they are: Action ID, "
            + "Institution, Year and Funding source come from the approved plan (a new line needs an amendment of "
            + "the plan)");
    assertThat(errors(execution(row("A-2", "police", YEAR, "World Bank", 80000, 1, 1)))).singleElement().asString()
        .startsWith("Execution!A2: \"A-2\" — no line of the approved plan (version 2) for action A-2, institution "
            + "police, year 2027, funding source World Bank");
  }

  @Test
  void anotherYear() {
    assertThat(errors(execution(row("A-1", "defence", 2028, "National budget", 100000, 1, 1)))).containsExactly(
        "Execution!D2: \"2028\" — not the reporting year 2027 — report only 2027 in this workbook; download the "
            + "template of the year");
    assertThat(errors(execution(row("A-1", "defence", "FY27", "National budget", 100000, 1, 1)))).containsExactly(
        "Execution!D2: \"FY27\" — not a whole year — enter the reporting year 2027");
  }

  @Test
  void plannedAmountChanged() {
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 120000, 1, 1)))).containsExactly(
        "Execution!F2: \"120000\" — the planned amount differs from the approved plan (100,000.00) — type back "
            + "100000.00 or start from a fresh template; the plan changes only by an amendment");
  }

  @Test
  void negativeAmount() {
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 100000, -5, 0)))).containsExactly(
        "Execution!G2: \"-5\" — negative amount — enter the amount as a positive number (or 0)");
  }

  @Test
  void notANumber() {
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 100000, 5000, "about 5000"))))
        .containsExactly("Execution!H2: \"about 5000\" — not a number — type the amount as a plain number without "
            + "currency or words, e.g. 125000 or 125,000.50");
  }

  @Test
  void spentMoreThanCommitted() {
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 100000, 40000, 50000))))
        .containsExactly("Execution!H2: \"50000\" — more spent than committed (40,000.00) — money is committed "
            + "before it is spent: raise the committed amount to at least the spent amount, or correct the spent "
            + "amount");
  }

  @Test
  void committedBeyondTheTolerance() {
    assertThat(reader.read("e.xlsx", execution(row("A-1", "defence", YEAR, "National budget", 100000, 110000, 0)),
        CONTEXT).ok()).as("10 % over the plan is within the tolerance").isTrue();
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 100000, 110000.01, 0))))
        .containsExactly("Execution!G2: \"110000.01\" — committed exceeds the planned 100,000.00 by more than 10 % — "
            + "check the amount; committing more than 110,000.00 needs an amendment of the plan");
  }

  @Test
  void duplicateRow() {
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 100000, 1, 1),
        row("a-1 ", "Defence", YEAR, "national budget", 100000, 2, 2)))).containsExactly(
        "Execution!A3: \"a-1\" — duplicate of row 2 (same action, institution, year and funding source) — keep one "
            + "row per line of the plan: add the amounts up in one row and delete the other");
  }

  @Test
  void formulaWithAnErrorOrWithoutASavedResult() {
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 100000, "=1/0", 0))))
        .containsExactly("Execution!G2: \"#DIV/0!\" — the formula gives the error #DIV/0! — correct the formula so "
            + "that it gives a valid value, or type the value");
    StringBuilder header = new StringBuilder();
    for (int c = 0; c < ExecutionFixtures.HEADER.length; c++) {
      header.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>")
          .append(ExecutionFixtures.HEADER[c]).append("</t></is></c>");
    }
    byte[] unsaved = HostileFiles.sheetXml(ExecutionFixtures.good(), "<worksheet xmlns=\"" + HostileFiles.SHEET_NS
        + "\"><sheetData><row r=\"1\">" + header + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A-1</t>"
        + "</is></c><c r=\"C2\" t=\"inlineStr\"><is><t>defence</t></is></c><c r=\"D2\"><v>2027</v></c>"
        + "<c r=\"E2\" t=\"inlineStr\"><is><t>National budget</t></is></c><c r=\"F2\"><v>100000</v></c>"
        + "<c r=\"G2\"><f>B7*2</f></c></row></sheetData></worksheet>");
    assertThat(errors(unsaved)).containsExactly(
        "Execution!G2: (empty) — the formula has no saved result — open the file in Excel or LibreOffice and save it "
            + "again, or type the value");
  }

  @Test
  void noteTooLong() {
    Object[] row = row("A-1", "defence", YEAR, "National budget", 100000, 1, 1);
    row[8] = "x".repeat(2001);
    assertThat(errors(execution(row))).containsExactly("Execution!I2: \"" + "x".repeat(57) + "...\" — note longer "
        + "than 2,000 characters — shorten the note");
  }

  @Test
  void everyProblemAtOnce() {
    assertThat(errors(execution(row("A-1", "defence", YEAR, "National budget", 1, -1, "x"),
        row("A-9", "defence", YEAR, "National budget", 5, 0, 0)))).hasSize(4);
  }

  @Test
  void formulasWithSavedResultsAndNumbersAsTextAreFine() {
    BudgetExecutionReader.Result result = reader.read("e.xlsx", execution(
        row("A-1", "defence", YEAR, "National budget", "100,000.00", "=45000*2", "60 000")), CONTEXT);
    assertThat(result.errors()).isEmpty();
    assertThat(result.lines().get(0).committed()).isEqualByComparingTo("90000");
    assertThat(result.lines().get(0).spent()).isEqualByComparingTo("60000");
    assertThat(result.lines().get(1).committed()).as("rows left out count as nothing committed").isZero();
  }
}
