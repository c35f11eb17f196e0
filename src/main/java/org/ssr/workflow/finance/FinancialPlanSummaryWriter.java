package org.ssr.workflow.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ssr.workflow.finance.PlanFormat.Column;

/**
 * The summary workbook for the oversight review: Summary, By year (with a bar chart of required vs available), By
 * institution, By cost category, By source and Pledges are formulas (SUMIFS over the Lines sheet, with the computed
 * values cached so viewers that do not recalculate still show them); Donor alignment lists the pledges per priority
 * of the National Security Policy, the unaligned ones and the national share against its target
 * ({@link DonorAlignment}); Lines is streamed with SXSSF. Lines has the columns of the Plan sheet, so the summary is
 * itself a valid upload.
 */
public final class FinancialPlanSummaryWriter {

  /** Rows of the Lines sheet kept in memory while streaming. */
  static final int WINDOW = 200;

  /** The programme's language of the workbook being written (one writer per workbook). */
  private FinanceWords words = FinanceWords.english();
  /** The Lines sheet as formulas name it. */
  private String linesRef = PlanFormat.LINES_SHEET;

  public void write(PlanContext ctx, PlanVersionInfo version, List<PlanLine> lines, PlanTotals totals,
      List<DonorPledge> pledges, OutputStream out) {
    words = FinanceWords.of(ctx.language());
    XSSFWorkbook base = new XSSFWorkbook();
    Workbooks styles = new Workbooks(base, words);
    XSSFSheet summary = base.createSheet(words.sheet("summary"));
    XSSFSheet byYear = base.createSheet(words.sheet("byYear"));
    XSSFSheet byInstitution = base.createSheet(words.sheet("byInstitution"));
    XSSFSheet byCategory = base.createSheet(words.sheet("byCostCategory"));
    XSSFSheet bySource = base.createSheet(words.sheet("bySource"));
    XSSFSheet pledgeSheet = base.createSheet(words.sheet("pledges"));
    XSSFSheet alignment = base.createSheet(words.sheet("alignment"));
    XSSFSheet linesBase = base.createSheet(words.sheet("lines"));
    linesRef = sheetRef(linesBase.getSheetName());
    Row head = linesBase.createRow(0);
    for (Column c : Column.values()) {
      Cell cell = head.createCell(c.ordinal());
      cell.setCellValue(words.column(c));
      cell.setCellStyle(styles.header);
    }
    int[] widths = {12, 40, 16, 8, 26, 18, 22, 18, 40};
    for (Column c : Column.values()) {
      linesBase.setColumnWidth(c.ordinal(), widths[c.ordinal()] * 256);
    }
    linesBase.createFreezePane(0, 1);
    styles.print(linesBase, 0);

    int last = Math.max(2, lines.size() + 1);
    summary(summary, ctx, version, totals, last, styles);
    breakdown(byYear, Column.YEAR, totals.byYear(), last, styles, true);
    breakdown(byInstitution, Column.INSTITUTION, totals.byInstitution(), last, styles, false);
    breakdown(byCategory, Column.COST_CATEGORY, totals.byCostCategory(), last, styles, false);
    breakdown(bySource, Column.FUNDING_SOURCE, totals.bySource(), last, styles, false);
    chart(byYear, totals.byYear());
    FinancialPlanTemplateWriter.pledges(pledgeSheet, ctx, pledges, styles, words);
    alignment(alignment, DonorAlignment.of(ctx, pledges, totals.nationalShare()), styles);
    base.setForceFormulaRecalculation(true);

    SXSSFWorkbook wb = new SXSSFWorkbook(base, WINDOW);
    try {
      SXSSFSheet sheet = wb.getSheet(linesBase.getSheetName());
      // Every cell gets its style set, the default one (index 0) included: for a cell without a style SXSSF looks
      // up its column's default style in the sheet's <cols> XML (there because of the column widths) when it
      // flushes the row, and that lookup cost a third of the whole export.
      CellStyle text = wb.getCellStyleAt(0);
      CellStyle amount = wb.getCellStyleAt(styles.amount.getIndex());
      Map<String, StrategyAction> actions = ctx.actionsById();
      int r = 1;
      for (PlanLine l : lines) {
        Row row = sheet.createRow(r++);
        if (l.actionId() != null) {
          cell(row, Column.ACTION_ID, l.actionId(), text);
          StrategyAction a = actions.get(l.actionId().toLowerCase(Locale.ROOT));
          cell(row, Column.ACTION, a == null ? "" : a.title(), text);
        }
        cell(row, Column.INSTITUTION, l.institution(), text);
        cell(row, Column.YEAR, l.year(), text);
        cell(row, Column.COST_CATEGORY, words.costCategory(l.costCategory()), text);
        cell(row, Column.REQUIRED_AMOUNT, l.required().doubleValue(), amount);
        cell(row, Column.FUNDING_SOURCE, words.source(l.fundingSource()), text);
        cell(row, Column.AVAILABLE_AMOUNT, l.available().doubleValue(), amount);
        if (l.notes() != null) {
          cell(row, Column.NOTES, l.notes(), text);
        }
      }
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        wb.close();
      } catch (IOException ignored) {
        // temp files are removed by close(); nothing else to release
      }
    }
  }

  private static void cell(Row row, Column column, String value, CellStyle style) {
    Cell cell = row.createCell(column.ordinal());
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void cell(Row row, Column column, double value, CellStyle style) {
    Cell cell = row.createCell(column.ordinal());
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  /** A sheet's name as a formula refers to it: quoted when it has spaces or other signs. */
  static String sheetRef(String name) {
    return name.matches("\\w+") ? name : "'" + name.replace("'", "''") + "'";
  }

  private String range(Column c, int last) {
    return linesRef + "!$" + c.letter() + "$2:$" + c.letter() + "$" + last;
  }

  private void summary(XSSFSheet s, PlanContext ctx, PlanVersionInfo v, PlanTotals t, int last,
      Workbooks styles) {
    s.setColumnWidth(0, 48 * 256);
    s.setColumnWidth(1, 40 * 256);
    Cell title = s.createRow(0).createCell(0);
    title.setCellValue(words.planTitle() + " — " + words.programme(ctx.programmeTerm()) + " " + ctx.programmeCode());
    title.setCellStyle(styles.title);
    String[][] facts = {
      {words.text("summary.programme"), ctx.programmeName() == null ? ctx.programmeCode() : ctx.programmeName()},
      {words.text("summary.planVersion"), String.valueOf(v.version())},
      {words.text("summary.uploadedBy"), v.uploadedBy()},
      {words.text("summary.uploadedAt"), v.uploadedAt() == null ? "" : v.uploadedAt().toString()},
      {words.text("summary.approved"), v.approved()
          ? words.text("summary.approved.yes", String.valueOf(v.approvedBy()), String.valueOf(v.approvedAt()))
          : words.text("summary.approved.notYet")},
      {words.text("summary.years"), ctx.firstYear() + "–" + ctx.lastYear()},
      {words.text("summary.lines"), String.valueOf(t.lineCount())},
    };
    int r = 2;
    for (String[] f : facts) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(f[0]);
      row.getCell(0).setCellStyle(styles.bold);
      row.createCell(1).setCellValue(f[1] == null ? "" : f[1]);
    }
    r++;
    int requiredRow = r;
    formula(s.createRow(r++), words.text("summary.totalRequired"), "SUM(" + range(Column.REQUIRED_AMOUNT, last) + ")",
        t.required().doubleValue(), styles);
    int availableRow = r;
    formula(s.createRow(r++), words.text("summary.totalAvailable"),
        "SUM(" + range(Column.AVAILABLE_AMOUNT, last) + ")", t.available().doubleValue(), styles);
    formula(s.createRow(r++), words.text("summary.gap", words.term("term.fundingGap")), "B" + (requiredRow + 1)
        + "-B" + (availableRow + 1), t.gap().doubleValue(), styles);
    Row share = s.createRow(r++);
    share.createCell(0).setCellValue(words.text("summary.nationalShare"));
    share.getCell(0).setCellStyle(styles.bold);
    Cell sc = share.createCell(1);
    sc.setCellFormula("IF(B" + (requiredRow + 1) + "=0,0,SUMIFS(" + range(Column.AVAILABLE_AMOUNT, last) + ","
        + range(Column.FUNDING_SOURCE, last) + ",\"" + words.source(PlanFormat.NATIONAL_BUDGET).replace("\"", "\"\"")
        + "\")/B" + (requiredRow + 1)
        + ")");
    sc.setCellValue(t.nationalShare() == null ? 0 : t.nationalShare().doubleValue());
    sc.setCellStyle(styles.percent);
    r++;
    Row wh = s.createRow(r++);
    wh.createCell(0).setCellValue(words.text("summary.warnings"));
    wh.getCell(0).setCellStyle(styles.bold);
    if (t.warnings().isEmpty()) {
      s.createRow(r++).createCell(0).setCellValue(words.text("summary.noWarnings"));
    }
    for (String w : t.warnings()) {
      Cell c = s.createRow(r++).createCell(0);
      c.setCellValue(w);
    }
    r++;
    s.createRow(r).createCell(0).setCellValue(words.text("summary.formulas", words.sheet("byYear"),
        words.sheet("byInstitution"), words.sheet("byCostCategory"), words.sheet("bySource"), words.sheet("lines")));
    styles.print(s, -1);
  }

  /** Pledges per priority of the NSP, the pledges that name none, the national share against its target. */
  void alignment(XSSFSheet s, DonorAlignment a, Workbooks styles) {
    s.setColumnWidth(0, 14 * 256);
    s.setColumnWidth(1, 50 * 256);
    s.setColumnWidth(2, 18 * 256);
    s.setColumnWidth(3, 10 * 256);
    s.setColumnWidth(4, 40 * 256);
    Cell title = s.createRow(0).createCell(0);
    title.setCellValue(words.text("alignment.title", words.term("term.nsp")));
    title.setCellStyle(styles.title);
    int r = 2;
    Row share = s.createRow(r++);
    label(share, 0, words.text("alignment.nationalShare"), styles);
    share.createCell(1).setCellValue(a.nationalShare() == null ? words.text("alignment.noPlan")
        : words.text("alignment.share", a.nationalShare()));
    Row target = s.createRow(r++);
    label(target, 0, words.text("alignment.target"), styles);
    target.createCell(1).setCellValue(a.nationalShareTarget() == null ? words.text("alignment.noTarget")
        : words.text("alignment.percent", a.nationalShareTarget().stripTrailingZeros()));
    Row met = s.createRow(r++);
    label(met, 0, words.text("alignment.targetMet"), styles);
    met.createCell(1).setCellValue(a.targetMet() == null ? "—" : a.targetMet() ? words.text("yes")
        : words.text("alignment.targetMissed"));
    r++;
    Row head = s.createRow(r++);
    String[] titles = {words.text("alignment.column.priority"), words.text("alignment.column.text"),
        words.text("alignment.column.pledged"), words.text("alignment.column.pledges"),
        words.text("alignment.column.donors")};
    for (int c = 0; c < titles.length; c++) {
      head.createCell(c).setCellValue(titles[c]);
      head.getCell(c).setCellStyle(styles.header);
    }
    for (DonorAlignment.PriorityPledges p : a.byPriority()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(p.priorityId());
      row.createCell(1).setCellValue(p.priority() == null ? "" : p.priority());
      row.createCell(2).setCellValue(p.amount().doubleValue());
      row.getCell(2).setCellStyle(styles.amount);
      row.createCell(3).setCellValue(p.pledges());
      row.createCell(4).setCellValue(String.join(", ", p.donors()));
    }
    if (a.byPriority().isEmpty()) {
      s.createRow(r++).createCell(0).setCellValue(words.text("alignment.noPriorities", words.term("term.nsp")));
    }
    r++;
    Row unalignedHead = s.createRow(r++);
    label(unalignedHead, 0, words.text("alignment.unaligned", a.unaligned().size()), styles);
    for (DonorPledge p : a.unaligned()) {
      Row row = s.createRow(r++);
      row.createCell(0).setCellValue(p.donor());
      row.createCell(1).setCellValue(p.year() + (p.actionId() == null ? ""
          : ", " + words.text("alignment.action", p.actionId()))
          + (p.agenda() == null ? "" : ": " + p.agenda()));
      row.createCell(2).setCellValue(p.amount().doubleValue());
      row.getCell(2).setCellStyle(styles.amount);
    }
    r++;
    s.createRow(r).createCell(0).setCellValue(words.text("alignment.severalPriorities"));
    styles.print(s, -1);
  }

  private static void label(Row row, int column, String text, Workbooks styles) {
    row.createCell(column).setCellValue(text);
    row.getCell(column).setCellStyle(styles.bold);
  }

  private static void formula(Row row, String label, String formula, double cached, Workbooks styles) {
    row.createCell(0).setCellValue(label);
    row.getCell(0).setCellStyle(styles.bold);
    Cell c = row.createCell(1);
    c.setCellFormula(formula);
    c.setCellValue(cached);
    c.setCellStyle(styles.amountBold);
  }

  private void breakdown(XSSFSheet s, Column key, List<PlanTotals.Row> rows, int last,
      Workbooks styles, boolean numericKey) {
    String[] titles = {words.column(key), words.text("breakdown.required"), words.text("breakdown.available"),
        words.text("breakdown.gap")};
    Row head = s.createRow(0);
    for (int c = 0; c < titles.length; c++) {
      head.createCell(c).setCellValue(titles[c]);
      head.getCell(c).setCellStyle(styles.header);
      s.setColumnWidth(c, (c == 0 ? 28 : 18) * 256);
    }
    int r = 1;
    for (PlanTotals.Row t : rows) {
      Row row = s.createRow(r);
      int excelRow = r + 1;
      if (numericKey) {
        row.createCell(0).setCellValue(Integer.parseInt(t.key()));
      } else if (key == Column.COST_CATEGORY) {
        row.createCell(0).setCellValue(words.costCategory(t.key()));
      } else if (key == Column.FUNDING_SOURCE) {
        row.createCell(0).setCellValue(words.source(t.key()));
      } else {
        row.createCell(0).setCellValue(t.key());
      }
      sumifs(row.createCell(1), Column.REQUIRED_AMOUNT, key, excelRow, last, t.required().doubleValue(), styles);
      sumifs(row.createCell(2), Column.AVAILABLE_AMOUNT, key, excelRow, last, t.available().doubleValue(), styles);
      Cell gap = row.createCell(3);
      gap.setCellFormula("B" + excelRow + "-C" + excelRow);
      gap.setCellValue(t.gap().doubleValue());
      gap.setCellStyle(styles.amount);
      r++;
    }
    Row total = s.createRow(r);
    total.createCell(0).setCellValue(words.text("total"));
    total.getCell(0).setCellStyle(styles.bold);
    for (int c = 1; c <= 3; c++) {
      String col = CellReference.convertNumToColString(c);
      Cell cell = total.createCell(c);
      cell.setCellFormula("SUM(" + col + "2:" + col + Math.max(2, r) + ")");
      double v = 0;
      for (PlanTotals.Row t : rows) {
        v += (c == 1 ? t.required() : c == 2 ? t.available() : t.gap()).doubleValue();
      }
      cell.setCellValue(v);
      cell.setCellStyle(styles.amountBold);
    }
    s.createFreezePane(0, 1);
    styles.print(s, 0);
  }

  private void sumifs(Cell cell, Column amount, Column key, int excelRow, int last, double cached,
      Workbooks styles) {
    cell.setCellFormula("SUMIFS(" + range(amount, last) + "," + range(key, last) + ",$A" + excelRow + ")");
    cell.setCellValue(cached);
    cell.setCellStyle(styles.amount);
  }

  private void chart(XSSFSheet sheet, List<PlanTotals.Row> years) {
    if (years.isEmpty()) {
      return;
    }
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 5, 1, 15, 22);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(words.text("chart.title"));
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    x.setTitle(words.column(Column.YEAR));
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(words.text("chart.amount"));
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    // The series refer to the cells of this sheet; their cached points (shown by viewers that do not recalculate)
    // are the totals. A cell-range data source would fill the cache by evaluating the SUMIFS formulas with POI,
    // over a Lines sheet that is not written yet: slow, and every point would be 0.
    XDDFDataSource<Integer> categories = XDDFDataSourcesFactory.fromArray(
        years.stream().map(t -> Integer.valueOf(t.key())).toArray(Integer[]::new), cells(sheet, years.size(), 0));
    XDDFNumericalDataSource<Double> required = XDDFDataSourcesFactory.fromArray(
        years.stream().map(t -> t.required().doubleValue()).toArray(Double[]::new), cells(sheet, years.size(), 1));
    XDDFNumericalDataSource<Double> available = XDDFDataSourcesFactory.fromArray(
        years.stream().map(t -> t.available().doubleValue()).toArray(Double[]::new), cells(sheet, years.size(), 2));
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    data.setBarDirection(BarDirection.COL);
    data.setVaryColors(false);
    XDDFChartData.Series s1 = data.addSeries(categories, required);
    s1.setTitle(words.text("breakdown.required"), new CellReference(sheet.getSheetName(), 0, 1, true, true));
    XDDFChartData.Series s2 = data.addSeries(categories, available);
    s2.setTitle(words.text("breakdown.available"), new CellReference(sheet.getSheetName(), 0, 2, true, true));
    // explicit fills: without them LibreOffice draws the bars invisible
    s1.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.INDIAN_RED)));
    s2.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
    data.setGapWidth(80);
    chart.plot(data);
  }

  /** Rows 2 … n+1 of a column, as a chart formula: 'By year'!$B$2:$B$6. */
  private static String cells(XSSFSheet sheet, int n, int column) {
    return new CellRangeAddress(1, n, column, column).formatAsString(sheet.getSheetName(), true);
  }
}
