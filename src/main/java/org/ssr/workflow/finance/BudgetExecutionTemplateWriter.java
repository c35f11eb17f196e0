package org.ssr.workflow.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ssr.workflow.finance.ExecutionFormat.Column;

/**
 * The budget execution template of a year: sheet Execution with one row per line of the approved plan in the year
 * (Action ID, Action, Institution, Year, Funding source and Planned amount filled in and locked; Committed amount,
 * Spent amount and Notes to fill in, with data validation), and the Instructions. The sheet is protected without a
 * password: only the input cells can be edited.
 */
public final class BudgetExecutionTemplateWriter {

  private final java.math.BigDecimal tolerance;

  /** @param tolerance how far committed may exceed planned (0.10 = 10 %), told in the instructions */
  public BudgetExecutionTemplateWriter(java.math.BigDecimal tolerance) {
    this.tolerance = tolerance;
  }

  public byte[] write(ExecutionContext ctx) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Workbooks styles = new Workbooks(wb);
      XSSFSheet sheet = wb.createSheet(ExecutionFormat.SHEET);
      XSSFSheet instructions = wb.createSheet(ExecutionFormat.INSTRUCTIONS_SHEET);
      CellStyle lockedAmount = wb.createCellStyle();
      lockedAmount.cloneStyleFrom(styles.amount);
      lockedAmount.setLocked(true);
      CellStyle inputAmount = wb.createCellStyle();
      inputAmount.cloneStyleFrom(styles.amount);
      inputAmount.setLocked(false);
      CellStyle inputText = wb.createCellStyle();
      inputText.setLocked(false);
      inputText.setWrapText(true);

      Row header = sheet.createRow(0);
      for (Column c : Column.values()) {
        Cell cell = header.createCell(c.ordinal());
        cell.setCellValue(c.header);
        cell.setCellStyle(styles.header);
      }
      int r = 1;
      for (ExecutionLine l : ctx.planned()) {
        Row row = sheet.createRow(r++);
        row.createCell(Column.ACTION_ID.ordinal()).setCellValue(l.actionId() == null ? "" : l.actionId());
        row.createCell(Column.ACTION.ordinal()).setCellValue(ctx.actionTitle(l.actionId()).orElse(""));
        row.createCell(Column.INSTITUTION.ordinal()).setCellValue(l.institution());
        row.createCell(Column.YEAR.ordinal()).setCellValue(l.year());
        row.createCell(Column.FUNDING_SOURCE.ordinal()).setCellValue(l.fundingSource());
        Cell planned = row.createCell(Column.PLANNED.ordinal());
        planned.setCellValue(l.planned().doubleValue());
        planned.setCellStyle(lockedAmount);
        row.createCell(Column.COMMITTED.ordinal()).setCellStyle(inputAmount);
        row.createCell(Column.SPENT.ordinal()).setCellStyle(inputAmount);
        row.createCell(Column.NOTES.ordinal()).setCellStyle(inputText);
      }
      int last = Math.max(1, r - 1);
      validations(sheet, last);
      int[] widths = {12, 40, 16, 8, 22, 18, 18, 18, 40};
      for (Column c : Column.values()) {
        sheet.setColumnWidth(c.ordinal(), widths[c.ordinal()] * 256);
      }
      sheet.createFreezePane(0, 1);
      Workbooks.printSetup(sheet, 0);
      sheet.lockAutoFilter(false);
      sheet.lockFormatColumns(false);
      sheet.enableLocking();

      instructions(instructions, ctx, tolerance, styles);
      wb.setActiveSheet(0);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void validations(XSSFSheet sheet, int last) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (Column c : List.of(Column.COMMITTED, Column.SPENT)) {
      DataValidationConstraint positive = helper.createDecimalConstraint(
          DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000000");
      DataValidation v = helper.createValidation(positive, new CellRangeAddressList(1, last, c.ordinal(),
          c.ordinal()));
      v.setShowErrorBox(true);
      v.createErrorBox(c.header, "Enter a positive number without currency, e.g. 125000, or leave it empty (0).");
      v.setShowPromptBox(true);
      v.createPromptBox(c.header, c == Column.COMMITTED
          ? "What was committed (contracts, orders) from this source for this line in the year."
          : "What was paid out; at most the committed amount.");
      sheet.addValidationData(v);
    }
    DataValidation note = helper.createValidation(helper.createTextLengthConstraint(
        DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "2000", null),
        new CellRangeAddressList(1, last, Column.NOTES.ordinal(), Column.NOTES.ordinal()));
    note.setShowErrorBox(true);
    note.createErrorBox("Notes", "At most 2,000 characters.");
    sheet.addValidationData(note);
  }

  private static void instructions(XSSFSheet sheet, ExecutionContext ctx, java.math.BigDecimal tolerance,
      Workbooks styles) {
    List<String> lines = new ArrayList<>();
    lines.add("Budget execution " + ctx.year() + " — " + ctx.programmeTerm() + " programme " + ctx.programmeCode()
        + (ctx.programmeName() == null ? "" : " (" + ctx.programmeName() + ")"));
    lines.add("");
    lines.add(ctx.planVersion() == null
        ? "The programme has no approved financial plan: there is nothing to report; upload this workbook as it is."
        : "Made from version " + ctx.planVersion() + " of the financial feasibility plan, as oversight approved it: "
            + "one row per action, institution and funding source with money planned for " + ctx.year() + ".");
    lines.add("Fill in the sheet Execution: for each row the amount committed (contracts signed, orders placed) and "
        + "the amount spent (paid out) in " + ctx.year() + ", and a note where useful.");
    lines.add("");
    lines.add("Rules checked when you upload:");
    lines.add("• Action ID, Institution, Year, Funding source and Planned amount come from the approved plan and are "
        + "locked. A row that is not a line of the plan, or a changed planned amount, is refused: the plan changes "
        + "only by an amendment.");
    lines.add("• Committed and spent: positive numbers, at most 1,000,000,000,000; empty counts as 0; more than "
        + "two decimals are rounded to cents. Amounts typed as text are accepted if they are plain numbers "
        + "(e.g. 125,000.50); currency signs, words and decimal commas are refused.");
    lines.add("• Spent may not exceed committed: money is committed before it is spent.");
    lines.add("• Committed may exceed the planned amount by at most " + tolerance
        .movePointRight(2).stripTrailingZeros().toPlainString() + " % (the tolerance); more needs an amendment.");
    lines.add("• One row per line of the plan; rows you delete count as nothing committed and nothing spent.");
    lines.add("• Formulas are fine: the result saved in the file is used. Formula errors such as #DIV/0! are "
        + "refused.");
    lines.add("");
    lines.add("Save as Excel workbook (.xlsx), also from LibreOffice (File > Save As > Excel 2007-365). "
        + ".xls, .ods, CSV and password-protected files are refused.");
    lines.add("If the upload is refused, every problem is listed as sheet!cell: value — what is wrong — what to "
        + "do, and nothing is stored. Every good upload is kept as a version of the year.");
    sheet.setColumnWidth(0, 120 * 256);
    for (int i = 0; i < lines.size(); i++) {
      Row row = sheet.createRow(i);
      Cell cell = row.createCell(0);
      cell.setCellValue(lines.get(i));
      row.setHeightInPoints(i == 0 ? 24 : 15f * Math.max(1, (lines.get(i).length() + 139) / 140));
      cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
    }
    Workbooks.printSetup(sheet, -1);
  }
}
