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
 * Instructions, Pledges and a hidden Lists sheet the dropdowns read from; every word in the programme's language
 * ({@link PlanContext#language()}, i18n/finance*.properties), numbers stored as numbers.
 */
public final class FinancialPlanTemplateWriter {

  /** Rows below the pre-filled ones that still get dropdowns and number formats. */
  static final int SPARE_ROWS = 2000;

  public byte[] write(PlanContext ctx, List<DonorPledge> pledges) {
    FinanceWords words = FinanceWords.of(ctx.language());
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Workbooks styles = new Workbooks(wb, words);
      XSSFSheet plan = wb.createSheet(words.sheet("plan"));
      XSSFSheet instructions = wb.createSheet(words.sheet("instructions"));
      XSSFSheet pledgeSheet = wb.createSheet(words.sheet("pledges"));
      XSSFSheet lists = wb.createSheet(words.sheet("lists"));

      Row header = plan.createRow(0);
      for (Column c : Column.values()) {
        Cell cell = header.createCell(c.ordinal());
        cell.setCellValue(words.column(c));
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
        row.createCell(Column.NOTES.ordinal()).setCellValue(pledgeNote(words, p));
      }
      int lastRow = r + SPARE_ROWS;

      lists(lists, ctx, styles, words);
      wb.setSheetHidden(wb.getSheetIndex(lists), true);
      validations(plan, ctx, lastRow, words, lists.getSheetName());
      plan.setDefaultColumnStyle(Column.REQUIRED_AMOUNT.ordinal(), styles.amount);
      plan.setDefaultColumnStyle(Column.AVAILABLE_AMOUNT.ordinal(), styles.amount);
      int[] widths = {12, 40, 16, 8, 26, 18, 22, 18, 40};
      for (Column c : Column.values()) {
        plan.setColumnWidth(c.ordinal(), widths[c.ordinal()] * 256);
      }
      plan.createFreezePane(0, 1);
      plan.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, r - 1), 0,
          Column.values().length - 1));
      styles.print(plan, 0);

      instructions(instructions, ctx, styles, words);
      pledges(pledgeSheet, ctx, pledges, styles, words);
      wb.setActiveSheet(0);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String pledgeNote(FinanceWords words, DonorPledge p) {
    return p.conditions() != null && !p.conditions().isBlank()
        ? words.text("template.pledgeNote.conditions", p.donor(), p.conditions().trim())
        : words.text("template.pledgeNote", p.donor());
  }

  private static void amountCells(Row row, Workbooks styles) {
    row.createCell(Column.REQUIRED_AMOUNT.ordinal()).setCellStyle(styles.amount);
    row.createCell(Column.AVAILABLE_AMOUNT.ordinal()).setCellStyle(styles.amount);
  }

  private static void lists(XSSFSheet lists, PlanContext ctx, Workbooks styles, FinanceWords words) {
    String[] titles = {words.text("lists.actionIds"), words.text("lists.institutions"), words.text("lists.years"),
        words.text("lists.costCategories"), words.text("lists.fundingSources")};
    List<List<String>> columns = new ArrayList<>();
    columns.add(ctx.actions().stream().map(StrategyAction::id).toList());
    columns.add(ctx.institutions());
    columns.add(ctx.years().stream().map(String::valueOf).toList());
    columns.add(words.costCategories());
    columns.add(words.sources(ctx.fundingSources()));
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

  private static void validations(XSSFSheet plan, PlanContext ctx, int lastRow, FinanceWords words,
      String listsSheet) {
    DataValidationHelper helper = plan.getDataValidationHelper();
    list(plan, helper, Column.ACTION_ID, "A", Math.max(1, ctx.actions().size()), lastRow, words, listsSheet,
        words.text("template.prompt.action"));
    list(plan, helper, Column.INSTITUTION, "B", ctx.institutions().size(), lastRow, words, listsSheet,
        words.text("template.prompt.institution"));
    list(plan, helper, Column.YEAR, "C", ctx.years().size(), lastRow, words, listsSheet,
        words.text("template.prompt.year", FinanceWords.plain(ctx.firstYear()), FinanceWords.plain(ctx.lastYear())));
    list(plan, helper, Column.COST_CATEGORY, "D", PlanFormat.COST_CATEGORIES.size(), lastRow, words, listsSheet,
        words.text("template.prompt.costCategory"));
    list(plan, helper, Column.FUNDING_SOURCE, "E", ctx.fundingSources().size(), lastRow, words, listsSheet,
        words.text("template.prompt.fundingSource", words.source(PlanFormat.NATIONAL_BUDGET),
            words.source(PlanFormat.UNFUNDED)));
    for (Column c : List.of(Column.REQUIRED_AMOUNT, Column.AVAILABLE_AMOUNT)) {
      DataValidationConstraint positive = helper.createDecimalConstraint(
          DataValidationConstraint.OperatorType.BETWEEN, "0", "1000000000000");
      DataValidation v = helper.createValidation(positive,
          new CellRangeAddressList(1, lastRow, c.ordinal(), c.ordinal()));
      v.setShowErrorBox(true);
      v.createErrorBox(words.column(c), words.text("template.error.amount"));
      plan.addValidationData(v);
    }
  }

  private static void list(XSSFSheet plan, DataValidationHelper helper, Column c, String listColumn, int size,
      int lastRow, FinanceWords words, String listsSheet, String text) {
    String title = words.column(c);
    String sheetRef = listsSheet.matches("\\w+") ? listsSheet : "'" + listsSheet.replace("'", "''") + "'";
    String range = sheetRef + "!$" + listColumn + "$2:$" + listColumn + "$" + (size + 1);
    DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
        new CellRangeAddressList(1, lastRow, c.ordinal(), c.ordinal()));
    v.setShowErrorBox(true);
    v.createErrorBox(title, words.text("template.error.list", text));
    v.setShowPromptBox(true);
    v.createPromptBox(title, text);
    v.setEmptyCellAllowed(true);
    plan.addValidationData(v);
  }

  private static void instructions(XSSFSheet sheet, PlanContext ctx, Workbooks styles, FinanceWords words) {
    String first = FinanceWords.plain(ctx.firstYear());
    String last = FinanceWords.plain(ctx.lastYear());
    String national = words.source(PlanFormat.NATIONAL_BUDGET);
    String unfunded = words.source(PlanFormat.UNFUNDED);
    List<String> lines = new ArrayList<>();
    lines.add(words.planTitle() + " — " + words.programme(ctx.programmeTerm()) + " " + ctx.programmeCode()
        + (ctx.programmeName() == null ? "" : " (" + ctx.programmeName() + ")"));
    lines.add("");
    lines.add(words.text("template.intro", unfunded));
    lines.add(words.text("template.fillIn", words.sheet("plan")));
    lines.add("");
    lines.add(words.text("template.rules"));
    lines.add(words.text("template.rule.action", words.column(Column.ACTION_ID), words.column(Column.INSTITUTION)));
    lines.add(words.text("template.rule.institution", words.column(Column.INSTITUTION)));
    lines.add(words.text("template.rule.year", words.column(Column.YEAR), first, last));
    lines.add(words.text("template.rule.costCategory", words.column(Column.COST_CATEGORY),
        String.join(", ", words.costCategories())));
    lines.add(words.text("template.rule.amounts", words.column(Column.REQUIRED_AMOUNT),
        words.column(Column.AVAILABLE_AMOUNT), new java.math.BigDecimal("1000000000000")));
    lines.add(words.text("template.rule.textNumbers"));
    List<String> sources = new ArrayList<>();
    sources.add(national);
    sources.addAll(ctx.donors());
    lines.add(words.text("template.rule.fundingSource", words.column(Column.FUNDING_SOURCE),
        String.join(", ", sources), unfunded));
    lines.add(words.text("template.rule.duplicates"));
    lines.add(words.text("template.rule.formulas"));
    lines.add(words.text("template.rule.prefilled", words.column(Column.ACTION_ID), words.column(Column.ACTION),
        words.column(Column.INSTITUTION), words.column(Column.YEAR)));
    lines.add(words.text("template.rule.pledges", words.sheet("pledges")));
    lines.add("");
    lines.add(words.text("template.save"));
    lines.add(words.text("template.refused"));
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
    styles.print(sheet, -1);
  }

  static void pledges(XSSFSheet sheet, PlanContext ctx, List<DonorPledge> pledges, Workbooks styles,
      FinanceWords words) {
    String[] titles = new String[9];
    String[] keys = {"donor", "year", "amount", "action", "institution", "conditions", "agenda", "recordedBy",
        "recordedAt"};
    for (int i = 0; i < keys.length; i++) {
      titles[i] = words.text("pledges.column." + keys[i]);
    }
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
    styles.print(sheet, 0);
  }

  private static void text(Row row, int c, String value, Workbooks styles) {
    Cell cell = row.createCell(c);
    cell.setCellValue(value == null ? "" : value);
    cell.setCellStyle(styles.wrap);
  }
}
