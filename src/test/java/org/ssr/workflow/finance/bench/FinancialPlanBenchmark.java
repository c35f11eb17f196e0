package org.ssr.workflow.finance.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.ssr.workflow.finance.FinancialPlanReader;
import org.ssr.workflow.finance.FinancialPlanSummaryWriter;
import org.ssr.workflow.finance.LargePlan;
import org.ssr.workflow.finance.PlanContext;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.finance.PlanLimits;
import org.ssr.workflow.finance.PlanLine;
import org.ssr.workflow.finance.PlanTotals;
import org.ssr.workflow.finance.PlanVersionInfo;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Financial plan import and export on a generated 100,000-line plan (docs/benchmarks.md): our import vs a bare POI SAX
 * pass vs XSSFWorkbook load-and-iterate; our summary export vs a bare SXSSF write of the same cells. Each benchmark
 * runs in its own fork; the peak heap of the fork is printed as "PEAK_HEAP name MB". Not a test: run with -Pbench.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseG1GC"})
public class FinancialPlanBenchmark {

  static final int LINES = 100_000;

  PlanContext context;
  Path file;
  byte[] bytes;
  List<PlanLine> lines;
  PlanTotals totals;
  long peak;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    context = LargePlan.context();
    file = LargePlan.write(Files.createTempFile("plan-bench-", ".xlsx"), LINES);
    bytes = Files.readAllBytes(file);
    FinancialPlanReader.Result result =
        new FinancialPlanReader(PlanLimits.DEFAULTS.withMaxFileBytes(100L << 20)).read("bench.xlsx", bytes, context);
    if (!result.ok() || result.lines().size() != LINES) {
      throw new IllegalStateException("benchmark plan does not import: " + result.errors());
    }
    lines = result.lines();
    totals = PlanTotals.of(lines, context);
  }

  @Setup(Level.Iteration)
  public void resetPeak() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  @TearDown(Level.Iteration)
  public void readPeak() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        used += pool.getPeakUsage().getUsed();
      }
    }
    peak = Math.max(peak, used);
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) throws IOException {
    System.out.println();
    System.out.println("PEAK_HEAP " + params.getBenchmark() + " " + peak / (1024 * 1024) + " MB");
    Files.deleteIfExists(file);
  }

  /** Our import: streaming parse, header mapping, validation of every cell, plan lines. */
  @Benchmark
  public int importOurs() {
    return new FinancialPlanReader(PlanLimits.DEFAULTS.withMaxFileBytes(100L << 20)).read("bench.xlsx", bytes,
        context).lines().size();
  }

  /** The floor: POI's own SAX pass (XSSFSheetXMLHandler) over the same file, every cell value formatted, nothing kept. */
  @Benchmark
  public long importBareSax() throws Exception {
    Path tmp = Files.createTempFile("plan-bench-sax-", ".xlsx");
    Files.write(tmp, bytes);
    long[] cells = {0};
    try (OPCPackage pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {}

            @Override
            public void endRow(int rowNum) {}

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
              cells[0] += value == null ? 0 : 1;
            }
          }, false));
      try (InputStream in = reader.getSheetsData().next()) {
        xml.parse(new InputSource(in));
      }
      pkg.revert();
    } finally {
      Files.deleteIfExists(tmp);
    }
    return cells[0];
  }

  /** The usual way: load the whole workbook into memory, then iterate. */
  @Benchmark
  public long importXssfWorkbook() throws Exception {
    long n = 0;
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
      Sheet sheet = wb.getSheet(PlanFormat.PLAN_SHEET);
      for (Row row : sheet) {
        for (Cell cell : row) {
          n += switch (cell.getCellType()) {
            case NUMERIC -> (long) cell.getNumericCellValue() & 1;
            case STRING -> cell.getStringCellValue().length() & 1;
            default -> 0;
          };
        }
      }
      pkg.revert();
    }
    return n;
  }

  /** Our summary export: formulas sheets, chart, pledges, and the Lines sheet streamed with SXSSF. */
  @Benchmark
  public long exportOurs() {
    CountingStream out = new CountingStream();
    new FinancialPlanSummaryWriter().write(context, new PlanVersionInfo("BENCH", 1, "bench", null, "bench.xlsx",
        lines.size(), false, null, null), lines, totals, List.of(), out);
    return out.count;
  }

  /**
   * The floor: the cells exportOurs writes on Lines (same values, same cell types) written with bare SXSSF, one sheet,
   * no styles or formulas. The values are made in the set-up ({@link LinesCells}), so only SXSSF is measured.
   */
  @Benchmark
  public long exportBareSxssf(LinesCells linesCells) throws IOException {
    CountingStream out = new CountingStream();
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      SXSSFSheet sheet = wb.createSheet(PlanFormat.LINES_SHEET);
      Row header = sheet.createRow(0);
      for (PlanFormat.Column c : PlanFormat.Column.values()) {
        header.createCell(c.ordinal()).setCellValue(c.header);
      }
      for (int i = 0; i < linesCells.rows.length; i++) {
        Row row = sheet.createRow(i + 1);
        Object[] cells = linesCells.rows[i];
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] instanceof Number num) {
            row.createCell(c).setCellValue(num.doubleValue());
          } else if (cells[c] != null) {
            row.createCell(c).setCellValue(cells[c].toString());
          }
        }
      }
      wb.write(out);
    } finally {
      wb.close();
    }
    return out.count;
  }

  /**
   * The values of the Lines sheet as the export writes them: the imported lines (amounts in cents, as stored) and
   * the action titles. (LargePlan.cells has unrounded amounts and would be computed inside the measurement.)
   */
  @State(Scope.Benchmark)
  public static class LinesCells {
    Object[][] rows;

    @Setup(Level.Trial)
    public void setUp(FinancialPlanBenchmark plan) {
      var actions = plan.context.actionsById();
      rows = new Object[plan.lines.size()][];
      for (int i = 0; i < rows.length; i++) {
        PlanLine l = plan.lines.get(i);
        rows[i] = new Object[] {l.actionId(), actions.get(l.actionId().toLowerCase(java.util.Locale.ROOT)).title(),
            l.institution(), l.year(), l.costCategory(), l.required().doubleValue(), l.fundingSource(),
            l.available().doubleValue(), l.notes()};
      }
    }
  }

  /** Discards the bytes, counting them (no memory spent on the output). */
  static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
