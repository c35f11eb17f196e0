package org.ssr.workflow.finance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ssr.workflow.finance.PlanFormat.Column;

/**
 * The plan template: sheet Plan (one header row, a row per action and year, a row per donor pledge, dropdowns),
 * Instructions, Pledges and a hidden Lists sheet the dropdowns read from.
 */
public final class FinancialPlanTemplateWriter {

  /** Rows below the pre-filled ones that still get dropdowns and number formats. */
  static final int SPARE_ROWS = 2000;

  public byte[] write(PlanContext ctx, List<DonorPledge> pledges) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Workbooks styles = new Workbooks(wb);
      XSSFSheet plan = wb.createSheet(PlanFormat.PLAN_SHEET);
      XSSFSheet instructions = wb.createSheet(PlanFormat.INSTRUCTIONS_SHEET);
      XSSFSheet pledgeSheet = wb.createSheet(PlanFormat.PLEDGES_SHEET);
      XSSFSheet lists = wb.createSheet(PlanFormat.LISTS_SHEET);

      Row header = plan.createRow(0);
      for (Column c : Column.values()) {
        Cell cell = header.createCell(c.ordinal());
        cell.setCellValue(c.header);
        cell.setCellStyle(styles.header);
      }
      int r = 1;
      for (StrategyAction a : ctx.actions()) {
        int from = a.startYear() == null ? ctx.firstYear() : Math.max(a.startYear(), ctx.firstYear());
        int to = a.endYear() == null ? ctx.lastYear() : Math.min(a.endYear(), ctx.lastYear());
        for (int y = from; y <= to; y++) {
          Row row = plan.createRow(r++);
          row.createCell(Column.ACTION_ID.ordinal()).setCellValue(a.id());
          row.createCell(Column.ACTION.ordinal()).setCellValue(a.title());
          row.createCell(Column.INSTITUTION.ordinal()).setCellValue(a.institution());
          row.createCell(Column.YEAR.ordinal()).setCellValue(y);
          amountCells(row, styles);
        }
      }
      for (DonorPledge p : pledges) {
        Row row = plan.createRow(r++);
        StrategyAction a = ctx.action(p.actionId()).orElse(null);
        if (a != null) {
          row.createCell(Column.ACTION_ID.ordinal()).setCellValue(a.id());
          row.createCell(Column.ACTION.ordinal()).setCellValue(a.title());
        }
        String institution = a != null ? a.institution() : p.institution();
        if (institution != null) {
          row.createCell(Column.INSTITUTION.ordinal()).setCellValue(institution);
        }
        row.createCell(Column.YEAR.ordinal()).setCellValue(p.year());
        row.createCell(Column.FUNDING_SOURCE.ordinal()).setCellValue(p.donor());
        amountCells(row, styles);
        row.getCell(Column.AVAILABLE_AMOUNT.ordinal()).setCellValue(p.amount().doubleValue());
        row.createCell(Column.NOTES.ordinal()).setCellValue(pledgeNote(p));
      }
      int lastRow = r + SPARE_ROWS;

      lists(lists, ctx, styles);
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      validations(plan, ctx, lastRow);
      plan.setDefaultColumnStyle(Column.REQUIRED_AMOUNT.ordinal(), styles.amount);
      plan.setDefaultColumnStyle(Column.AVAILABLE_AMOUNT.ordinal(), styles.amount);
      int[] widths = {12, 40, 16, 8, 26, 18, 22, 18, 40};
      for (Column c : Column.values()) {
        plan.setColumnWidth(c.ordinal(), widths[c.ordinal()] * 256);
      }
      plan.createFreezePane(0, 1);
      plan.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, r - 1), 0,
          Column.values().length - 1));
      Workbooks.printSetup(plan, 0);

      instructions(instructions, ctx, styles);
      pledges(pledgeSheet, ctx, pledges, styles);
      wb.setActiveSheet(0);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pledgeNote(DonorPledge p) {
    StringBuilder b = new StringBuilder("Pledge by ").append(p.donor());
    if (p.conditions() != null && !p.conditions().isBlank()) {
      b.append("; conditions: ").append(p.conditions().trim());
    }
    return b.toString();
  }

  private static void amountCells(Row row, Workbooks styles) {
    row.createCell(Column.REQUIRED_AMOUNT.ordinal()).setCellStyle(styles.amount);
    row.createCell(Column.AVAILABLE_AMOUNT.ordinal()).setCellStyle(styles.amount);
  }

  private static void lists(XSSFSheet lists, PlanContext ctx, Workbooks styles) {
    String[] titles = {"Action IDs", "Institutions", "Years", "Cost categories", "Funding sources"};
    List<List<String>> columns = new ArrayList<>();
    columns.add(ctx.actions().stream().map(StrategyAction::id).toList());
    columns.add(ctx.institutions());
    columns.add(ctx.years().stream().map(String::valueOf).toList());
    columns.add(PlanFormat.COST_CATEGORIES);
    columns.add(ctx.fundingSources());
    int rows = columns.stream().mapToInt(List::size).max().orElse(0);
    Row header = lists.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      header.createCell(c).setCellValue(titles[c]);
      header.getCell(c).setCellStyle(styles.header);
      lists.setColumnWidth(c, 24 * 256);
    }
    for (int i = 0; i < rows; i++) {
      Row row = lists.createRow(i + 1);
      for (int c = 0; c < columns.size(); c++) {
        if (i < columns.get(c).size()) {
          if (c == 2) {
            row.createCell(c).setCellValue(Integer.parseInt(columns.get(c).get(i)));
          } else {
            row.createCell(c).setCellValue(columns.get(c).get(i));
          }
        }
      }
    }
  }

  private static void validations(XSSFSheet plan, PlanContext ctx, int lastRow) {
    DataValidationHelper helper = plan.getDataValidationHelper();
    list(plan, helper, Column.ACTION_ID, "A", Math.max(1, ctx.actions().size()), lastRow, "Action",
        "Choose an action of the transformation strategy, or leave empty for an institution-level line.");
    list(plan, helper, Column.INSTITUTION, "B", ctx.institutions().size(), lastRow, "Institution",
        "Choose the institution; it must be the action's institution.");
    list(plan, helper, Column.YEAR, "C", ctx.years().size(), lastRow, "Year",
        "Choose a year from " + ctx.firstYear() + " to " + ctx.lastYear() + ".");
    list(plan, helper, Column.COST_CATEGORY, "D", PlanFormat.COST_CATEGORIES.size(), lastRow, "Cost category",
        "Choose a cost category.");
    list(plan, helper, Column.FUNDING_SOURCE, "E", ctx.fundingSources().size(), lastRow, "Funding source",
        "National budget, a donor of the programme, or Unfunded.");
    for (Column c : List.of(Column.REQUIRED_AMOUNT, Column.AVAILABLE_AMOUNT)) {
      DataValidationConstraint positive = helper.createDecimalConstraint(
          DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000000");
      DataValidation v = helper.createValidation(positive,
          new CellRangeAddressList(1, lastRow, c.ordinal(), c.ordinal()));
      v.setShowErrorBox(true);
      v.createErrorBox(c.header, "Enter a positive number without currency, e.g. 125000.");
      plan.addValidationData(v);
    }
  }

  private static void list(XSSFSheet plan, DataValidationHelper helper, Column c, String listColumn, int size,
      int lastRow, String title, String text) {
    String range = PlanFormat.LISTS_SHEET + "!$" + listColumn + "$2:$" + listColumn + "$" + (size + 1);
    DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
        new CellRangeAddressList(1, lastRow, c.ordinal(), c.ordinal()));
    v.setShowErrorBox(true);
    v.createErrorBox(title, "Choose a value from the list. " + text);
    v.setShowPromptBox(true);
    v.createPromptBox(title, text);
    v.setEmptyCellAllowed(true);
    plan.addValidationData(v);
  }

  private static void instructions(XSSFSheet sheet, PlanContext ctx, Workbooks styles) {
    List<String> lines = new ArrayList<>();
    lines.add("Financial feasibility plan — " + ctx.programmeTerm() + " programme " + ctx.programmeCode()
        + (ctx.programmeName() == null ? "" : " (" + ctx.programmeName() + ")"));
    lines.add("");
    lines.add("The plan says which resources each action of the transformation strategy needs and where they "
        + "come from: the national budget, a named donor, or nobody yet (Unfunded).");
    lines.add("Fill in the sheet Plan, one line per action, year, cost category and funding source. "
        + "Keep the header row; you may reorder columns or add your own columns (they are ignored).");
    lines.add("");
    lines.add("Rules checked when you upload:");
    lines.add("• Action ID: an action of the strategy (dropdown). Leave it empty only for a line that funds an "
        + "institution as a whole; then the Institution is required.");
    lines.add("• Institution: filled in for you; it must be the action's institution.");
    lines.add("• Year: a whole year from " + ctx.firstYear() + " to " + ctx.lastYear() + ".");
    lines.add("• Cost category: " + String.join(", ", PlanFormat.COST_CATEGORIES) + ".");
    lines.add("• Required amount: what the line costs. Available amount: what the funding source provides. "
        + "Empty counts as 0, but a line needs at least one of them. Positive numbers only, at most "
        + "1,000,000,000,000; more than two decimals are rounded to cents.");
    lines.add("• Amounts typed as text are accepted if they are plain numbers: digits, optional thousands "
        + "separators (comma, space or apostrophe) and a decimal point, e.g. 125,000.50. "
        + "Currency signs, words and decimal commas are refused.");
    lines.add("• Funding source: National budget, " + (ctx.donors().isEmpty() ? "" : String.join(", ",
        ctx.donors()) + ", ") + "or Unfunded. An Unfunded line has no available amount.");
    lines.add("• The same action, institution, year, cost category and funding source may appear only once.");
    lines.add("• Formulas are fine: the result saved in the file is used. Formula errors such as #DIV/0! are "
        + "refused.");
    lines.add("• Rows where only the pre-filled columns (Action ID, Action, Institution, Year) have values, and "
        + "blank rows, are ignored.");
    lines.add("• Donor pledges recorded in Tasklist are pre-filled as lines with the donor as funding source; "
        + "choose their cost category. The sheet Pledges lists the pledges with their conditions and stated "
        + "interests.");
    lines.add("");
    lines.add("Save as Excel workbook (.xlsx), also from LibreOffice (File > Save As > Excel 2007-365). "
        + ".xls, .ods, CSV and password-protected files are refused.");
    lines.add("If the upload is refused, every problem is listed as sheet!cell: value — what is wrong — what to "
        + "do. The last good version of the plan is kept.");
    sheet.setColumnWidth(0, 120 * 256);
    for (int i = 0; i < lines.size(); i++) {
      Row row = sheet.createRow(i);
      Cell cell = row.createCell(0);
      cell.setCellValue(lines.get(i));
      // neither POI nor LibreOffice grows wrapped rows on open: give long rules the lines they need
      int textLines = Math.max(1, (lines.get(i).length() + 139) / 140);
      row.setHeightInPoints(i == 0 ? 24 : 15f * textLines);
      cell.setCellStyle(i == 0 ? styles.title : styles.wrap);
    }
    Workbooks.printSetup(sheet, -1);
  }

  static void pledges(XSSFSheet sheet, PlanContext ctx, List<DonorPledge> pledges, Workbooks styles) {
    String[] titles = {"Donor", "Year", "Amount", "Action", "Institution", "Conditions", "Stated interests / agenda",
        "Recorded by", "Recorded at"};
    int[] widths = {20, 8, 16, 30, 16, 40, 50, 14, 20};
    Row header = sheet.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      header.createCell(c).setCellValue(titles[c]);
      header.getCell(c).setCellStyle(styles.header);
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    int r = 1;
    for (DonorPledge p : pledges) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(p.donor());
      row.createCell(1).setCellValue(p.year());
      Cell amount = row.createCell(2);
      amount.setCellValue(p.amount().doubleValue());
      amount.setCellStyle(styles.amount);
      String action = ctx.action(p.actionId()).map(a -> a.id() + " " + a.title()).orElse(
          p.actionId() == null ? "" : p.actionId());
      row.createCell(3).setCellValue(action);
      row.createCell(4).setCellValue(p.institution() == null ? "" : p.institution());
      text(row, 5, p.conditions(), styles);
      text(row, 6, p.agenda(), styles);
      row.createCell(7).setCellValue(p.recordedBy() == null ? "" : p.recordedBy());
      row.createCell(8).setCellValue(p.recordedAt() == null ? "" : p.recordedAt().toString());
    }
    sheet.createFreezePane(0, 1);
    Workbooks.printSetup(sheet, 0);
  }

  private static void text(Row row, int c, String value, Workbooks styles) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(styles.wrap);
  }
}
