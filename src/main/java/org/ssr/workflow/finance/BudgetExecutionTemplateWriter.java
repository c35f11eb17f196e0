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
 * password: only the input cells can be edited. Every word in the programme's language ({@link ExecutionContext#language()}).
 */
public final class BudgetExecutionTemplateWriter {

  private final java.math.BigDecimal tolerance;

  /** @param tolerance how far committed may exceed planned (0.10 = 10 %), told in the instructions */
  public BudgetExecutionTemplateWriter(java.math.BigDecimal tolerance) {
    this.tolerance = tolerance;
  }

  public byte[] write(ExecutionContext ctx) {
    FinanceWords words = FinanceWords.of(ctx.language());
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Workbooks styles = new Workbooks(wb, words);
      XSSFSheet sheet = wb.createSheet(words.sheet("execution"));
      XSSFSheet instructions = wb.createSheet(words.sheet("instructions"));
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
        cell.setCellValue(words.column(c));
        cell.setCellStyle(styles.header);
      }
      int r = 1;
      for (ExecutionLine l : ctx.planned()) {
        Row row = sheet.createRow(r++);
        row.createCell(Column.ACTION_ID.ordinal()).setCellValue(l.actionId() == null ? "" : l.actionId());
        row.createCell(Column.ACTION.ordinal()).setCellValue(ctx.actionTitle(l.actionId()).orElse(""));
        row.createCell(Column.INSTITUTION.ordinal()).setCellValue(l.institution());
        row.createCell(Column.YEAR.ordinal()).setCellValue(l.year());
        row.createCell(Column.FUNDING_SOURCE.ordinal()).setCellValue(words.source(l.fundingSource()));
        Cell planned = row.createCell(Column.PLANNED.ordinal());
        planned.setCellValue(l.planned().doubleValue());
        planned.setCellStyle(lockedAmount);
        row.createCell(Column.COMMITTED.ordinal()).setCellStyle(inputAmount);
        row.createCell(Column.SPENT.ordinal()).setCellStyle(inputAmount);
        row.createCell(Column.NOTES.ordinal()).setCellStyle(inputText);
      }
      int last = Math.max(1, r - 1);
      validations(sheet, last, words);
      int[] widths = {12, 40, 16, 8, 22, 18, 18, 18, 40};
      for (Column c : Column.values()) {
        sheet.setColumnWidth(c.ordinal(), widths[c.ordinal()] * 256);
      }
      sheet.createFreezePane(0, 1);
      styles.print(sheet, 0);
      sheet.lockAutoFilter(false);
      sheet.lockFormatColumns(false);
      sheet.enableLocking();

      instructions(instructions, ctx, tolerance, styles, words);
      wb.setActiveSheet(0);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void validations(XSSFSheet sheet, int last, FinanceWords words) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (Column c : List.of(Column.COMMITTED, Column.SPENT)) {
      DataValidationConstraint positive = helper.createDecimalConstraint(
          DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000000");
      DataValidation v = helper.createValidation(positive, new CellRangeAddressList(1, last, c.ordinal(),
          c.ordinal()));
      v.setShowErrorBox(true);
      v.createErrorBox(words.column(c), words.text("execution.template.error.amount"));
      v.setShowPromptBox(true);
      v.createPromptBox(words.column(c), c == Column.COMMITTED
          ? words.text("execution.template.prompt.committed")
          : words.text("execution.template.prompt.spent"));
      sheet.addValidationData(v);
    }
    DataValidation note = helper.createValidation(helper.createTextLengthConstraint(
        DataValidationConstraint.OperatorType.LESS_OR_EQUAL, "2000", null),
        new CellRangeAddressList(1, last, Column.NOTES.ordinal(), Column.NOTES.ordinal()));
    note.setShowErrorBox(true);
    note.createErrorBox(words.column(Column.NOTES), words.text("execution.template.error.note"));
    sheet.addValidationData(note);
  }

  private static void instructions(XSSFSheet sheet, ExecutionContext ctx, java.math.BigDecimal tolerance,
      Workbooks styles, FinanceWords words) {
    String year = FinanceWords.plain(ctx.year());
    List<String> lines = new ArrayList<>();
    lines.add(words.text("execution.template.title", year) + " — " + words.programme(ctx.programmeTerm()) + " "
        + ctx.programmeCode() + (ctx.programmeName() == null ? "" : " (" + ctx.programmeName() + ")"));
    lines.add("");
    lines.add(ctx.planVersion() == null
        ? words.text("execution.template.noPlan")
        : words.text("execution.template.madeFrom", FinanceWords.plain(ctx.planVersion()),
            words.term("review.kind.FINANCIAL_PLAN"), year));
    lines.add(words.text("execution.template.fillIn", words.sheet("execution"), year));
    lines.add("");
    lines.add(words.text("template.rules"));
    lines.add(words.text("execution.template.rule.locked", words.column(Column.ACTION_ID),
        words.column(Column.INSTITUTION), words.column(Column.YEAR), words.column(Column.FUNDING_SOURCE),
        words.column(Column.PLANNED)));
    lines.add(words.text("execution.template.rule.amounts", new java.math.BigDecimal("1000000000000")));
    lines.add(words.text("execution.template.rule.spent"));
    lines.add(words.text("execution.template.rule.tolerance", tolerance.movePointRight(2).stripTrailingZeros()));
    lines.add(words.text("execution.template.rule.rows"));
    lines.add(words.text("template.rule.formulas"));
    lines.add("");
    lines.add(words.text("template.save"));
    lines.add(words.text("execution.template.refused"));
    sheet.setColumnWidth(0, 120 * 256);
    for (int i = 0; i < lines.size(); i++) {
      Row row = sheet.createRow(i);
      Cell cell = row.createCell(0);
      cell.setCellValue(lines.get(i));
      row.setHeightInPoints(i == 0 ? 24 : 15f * Math.max(1, (lines.get(i).length() + 139) / 140));
      cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
    }
    styles.print(sheet, -1);
  }
}
