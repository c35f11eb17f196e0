package org.ssr.workflow.finance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A small programme, filled plans and a service on a fresh in-memory database. */
final class PlanFixtures {

  static final String CODE = "PH-2026";
  static final String EU = "European Union";
  static final String UNDP = "UNDP";

  static final PlanContext CONTEXT = new PlanContext(CODE, "Philippines SSR", "Security Sector Reform",
      List.of(
          new StrategyAction("A-1", "Civilian oversight training for defence staff", "defence", 2026, 2028),
          new StrategyAction("A-2", "Community policing pilots", "police", 2027, 2029),
          new StrategyAction("A-3", "Case management system for courts", "justice", 2026, 2030)),
      List.of("defence", "police", "justice"), List.of(EU, UNDP), 2026, 2030);

  static final String[] HEADER = {"Action ID", "Action", "Institution", "Year", "Cost category", "Required amount",
      "Funding source", "Available amount", "Notes"};

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

  private PlanFixtures() {}

  /** A Camunda-free service on its own H2 database migrated by Flyway (the real migrations). */
  static FinancialPlanService service(PlanLimits limits) {
    return service(limits, "jdbc:h2:mem:fin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  static FinancialPlanService service(PlanLimits limits, String url) {
    return new FinancialPlanService(repository(url), limits, CLOCK);
  }

  static FinancialPlanRepository repository(String url) {
    return repository(url, "sa");
  }

  static FinancialPlanRepository repository(String url, String user) {
    DriverManagerDataSource ds = new DriverManagerDataSource(url, user, "");
    Flyway.configure().dataSource(ds).table("ssr_schema_history").locations("classpath:db/migration").load()
        .migrate();
    return new FinancialPlanRepository(new JdbcTemplate(ds), new DataSourceTransactionManager(ds));
  }

  /** Rows of a Plan sheet: String cells are text, Number cells numeric, "=..." formulas (evaluated). */
  static byte[] workbook(String sheetName, Object[]... rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet(sheetName);
      fill(sheet, rows);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void fill(Sheet sheet, Object[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        set(row.createCell(c), rows[r][c]);
      }
    }
  }

  static void set(Cell cell, Object v) {
    if (v == null) {
      cell.setBlank();
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof String s && s.startsWith("=")) {
      cell.setCellFormula(s.substring(1));
    } else {
      cell.setCellValue(v.toString());
    }
  }

  /** A Plan sheet: header + the given data rows. */
  static byte[] plan(Object[]... data) {
    Object[][] rows = new Object[data.length + 1][];
    rows[0] = HEADER;
    System.arraycopy(data, 0, rows, 1, data.length);
    return workbook("Plan", rows);
  }

  /** One good line. */
  static Object[] line(String action, Object year, String category, Object required, String source, Object available) {
    return new Object[] {action, null, null, year, category, required, source, available, null};
  }

  static byte[] bytes(Workbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  static final List<String> CATEGORIES = PlanFormat.COST_CATEGORIES;

  /** The template as a finance officer fills it: every pre-filled row gets a category, amounts and a source. */
  static byte[] filledTemplate(byte[] template) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet plan = wb.getSheet("Plan");
      String[] sources = {PlanFormat.NATIONAL_BUDGET, EU, UNDP, PlanFormat.UNFUNDED};
      for (int r = 1; r <= plan.getLastRowNum(); r++) {
        Row row = plan.getRow(r);
        if (row == null) {
          continue;
        }
        row.createCell(4).setCellValue(CATEGORIES.get(r % 3));
        Cell source = row.getCell(6);
        if (source == null || source.getStringCellValue().isBlank()) {
          String s = sources[r % sources.length];
          row.createCell(6).setCellValue(s);
          row.getCell(5, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(10_000.0 * r + 0.5);
          row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
              .setCellValue(PlanFormat.UNFUNDED.equals(s) ? 0 : 5_000.0 * r);
        } else {
          row.getCell(5, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(1_000.0 * r);
        }
      }
      return bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DonorPledge pledge(String donor, String amount, int year, String action, String agenda) {
    return new DonorPledge(donor, new BigDecimal(amount), year, action, null, "Annual audit report", agenda, "donor",
        CLOCK.instant());
  }
}
