package org.ssr.workflow.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The variance workbook of a budget execution version: Summary, By institution, By action, By source (planned,
 * committed, spent, variance, commitment and execution rate) and Lines (every row of the execution).
 */
public final class BudgetVarianceWriter {

  /** The message keys of the group sheets' columns after the first (the group's name). */
  static final String[] GROUP_HEADER = {"", "variance.planned", "variance.committed", "variance.spent",
      "variance.variance", "variance.commitmentRate", "variance.executionRate"};

  /** The programme's language of the workbook being written (one writer per workbook). */
  private FinanceWords words = FinanceWords.english();

  public byte[] write(ExecutionContext ctx, BudgetExecutionRepository.VersionInfo info, BudgetVariance variance) {
    words = FinanceWords.of(ctx.language());
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Workbooks styles = new Workbooks(wb, words);
      XSSFSheet summary = wb.createSheet(words.sheet("summary"));
      String[][] facts = {
          {words.text("execution.template.title", FinanceWords.plain(variance.year())) + " — "
              + words.programme(ctx.programmeTerm()) + " " + ctx.programmeCode(), ""},
          {words.text("summary.programme"), ctx.programmeName() == null ? ctx.programmeCode() : ctx.programmeName()},
          {words.column(ExecutionFormat.Column.YEAR), String.valueOf(variance.year())},
          {words.text("variance.executionVersion"), String.valueOf(info.version())},
          {words.text("variance.planVersion"), variance.planVersion() == null ? words.text("variance.none")
              : String.valueOf(variance.planVersion())},
          {words.text("summary.uploadedBy"), info.uploadedBy()},
          {words.text("summary.uploadedAt"), String.valueOf(info.uploadedAt())},
          {words.text("variance.rows"), String.valueOf(variance.lines().size())}};
      int r = 0;
      for (String[] f : facts) {
        Row row = summary.createRow(r++);
        row.createCell(0).setCellValue(f[0]);
        row.createCell(1).setCellValue(f[1]);
        row.getCell(0).setCellStyle(r == 1 ? styles.title : styles.bold);
      }
      r++;
      groups(summary, r, words.text("total"), List.of(variance.total()), styles);
      summary.setColumnWidth(0, 40 * 256);
      summary.setColumnWidth(1, 30 * 256);
      styles.print(summary, -1);

      groups(wb.createSheet(words.sheet("byInstitution")), 0, words.column(ExecutionFormat.Column.INSTITUTION),
          variance.byInstitution(), styles);
      groups(wb.createSheet(words.sheet("byAction")), 0, words.column(ExecutionFormat.Column.ACTION),
          variance.byAction(), styles);
      groups(wb.createSheet(words.sheet("bySource")), 0, words.column(ExecutionFormat.Column.FUNDING_SOURCE),
          variance.bySource().stream().map(g -> g.key().equals(words.source(g.key())) ? g
              : g.withKey(words.source(g.key()))).toList(), styles);
      lines(wb.createSheet(words.sheet("lines")), ctx, variance, styles);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void groups(XSSFSheet sheet, int first, String title, List<BudgetVariance.Group> groups,
      Workbooks styles) {
    Row header = sheet.createRow(first);
    for (int c = 0; c < GROUP_HEADER.length; c++) {
      header.createCell(c).setCellValue(c == 0 ? title : words.text(GROUP_HEADER[c]));
      header.getCell(c).setCellStyle(styles.header);
      sheet.setColumnWidth(c, (c == 0 ? 30 : 18) * 256);
    }
    int r = first + 1;
    for (BudgetVariance.Group g : groups) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(g.key());
      amount(row, 1, g.planned(), styles);
      amount(row, 2, g.committed(), styles);
      amount(row, 3, g.spent(), styles);
      amount(row, 4, g.variance(), styles);
      rate(row, 5, g.commitmentRate(), styles);
      rate(row, 6, g.executionRate(), styles);
    }
    if (first == 0) {
      sheet.createFreezePane(0, 1);
      styles.print(sheet, 0);
    }
  }

  private void lines(XSSFSheet sheet, ExecutionContext ctx, BudgetVariance variance, Workbooks styles) {
    List<String> titles = new java.util.ArrayList<>();
    for (ExecutionFormat.Column c : ExecutionFormat.Column.values()) {
      titles.add(words.column(c));
    }
    titles.add(words.text("variance.variance"));
    titles.add(words.text("variance.executionRate"));
    Row header = sheet.createRow(0);
    for (int c = 0; c < titles.size(); c++) {
      header.createCell(c).setCellValue(titles.get(c));
      header.getCell(c).setCellStyle(styles.header);
      sheet.setColumnWidth(c, (c == 1 || c == 8 ? 36 : 16) * 256);
    }
    int r = 1;
    for (ExecutionLine l : variance.lines()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(l.actionId() == null ? "" : l.actionId());
      row.createCell(1).setCellValue(ctx.actionTitle(l.actionId()).orElse(""));
      row.createCell(2).setCellValue(l.institution());
      row.createCell(3).setCellValue(l.year());
      row.createCell(4).setCellValue(words.source(l.fundingSource()));
      amount(row, 5, l.planned(), styles);
      amount(row, 6, l.committed(), styles);
      amount(row, 7, l.spent(), styles);
      row.createCell(8).setCellValue(l.notes() == null ? "" : l.notes());
      amount(row, 9, l.planned().subtract(l.spent()), styles);
      rate(row, 10, BudgetVariance.rate(l.spent(), l.planned()), styles);
    }
    sheet.createFreezePane(0, 1);
    styles.print(sheet, 0);
  }

  private static void amount(Row row, int c, BigDecimal v, Workbooks styles) {
    Cell cell = row.createCell(c);
    cell.setCellValue(v.doubleValue());
    cell.setCellStyle(styles.amount);
  }

  private static void rate(Row row, int c, BigDecimal v, Workbooks styles) {
    Cell cell = row.createCell(c);
    if (v == null) {
      cell.setCellValue("—");
    } else {
      cell.setCellValue(v.doubleValue());
      cell.setCellStyle(styles.percent);
    }
  }
}
