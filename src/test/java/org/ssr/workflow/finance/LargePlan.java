package org.ssr.workflow.finance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A generated plan of any size for the memory test and the benchmark: 500 actions x 5 years x 8 cost categories x 5
 * funding sources = 100,000 distinct lines, written with SXSSF and a shared strings table, as Excel saves.
 */
public final class LargePlan {

  public static final int ACTIONS = 500;
  static final String[] INSTITUTIONS = {"defence", "police", "justice"};
  static final List<String> DONORS = List.of("European Union", "UNDP", "World Bank");

  private LargePlan() {}

  public static PlanContext context() {
    List<StrategyAction> actions = new ArrayList<>();
    for (int a = 1; a <= ACTIONS; a++) {
      actions.add(new StrategyAction("A-" + a, "Transformation action number " + a,
          INSTITUTIONS[a % INSTITUTIONS.length], 2026, 2030));
    }
    return new PlanContext("BENCH", "Benchmark programme", "Security Sector Reform", actions,
        List.of(INSTITUTIONS), DONORS, 2026, 2030);
  }

  /** The cells of line i: the same values for the import benchmark and the bare SAX pass. */
  public static Object[] cells(PlanContext ctx, int i) {
    List<String> sources = ctx.fundingSources();
    int action = i / 200;
    int rem = i % 200;
    int year = 2026 + rem / 40;
    String category = PlanFormat.COST_CATEGORIES.get((rem % 40) / 5);
    String source = sources.get(rem % 5);
    StrategyAction a = ctx.actions().get(action);
    double required = 1000 + (i % 997) * 10.25;
    double available = PlanFormat.UNFUNDED.equals(source) ? 0 : required / 2;
    return new Object[] {a.id(), a.title(), a.institution(), year, category, required, source, available,
        i % 10 == 0 ? "Note for line " + i : null};
  }

  public static Path write(Path file, int lines) {
    PlanContext ctx = context();
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 500, true, true); OutputStream out = Files.newOutputStream(file)) {
      SXSSFSheet sheet = wb.createSheet(PlanFormat.PLAN_SHEET);
      Row header = sheet.createRow(0);
      for (PlanFormat.Column c : PlanFormat.Column.values()) {
        header.createCell(c.ordinal()).setCellValue(c.header);
      }
      for (int i = 0; i < lines; i++) {
        Row row = sheet.createRow(i + 1);
        Object[] cells = cells(ctx, i);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c] instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (cells[c] != null) {
            row.createCell(c).setCellValue(cells[c].toString());
          }
        }
      }
      wb.write(out);
      wb.dispose();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
