package org.ssr.workflow.finance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A year of budget execution of the PlanFixtures programme: the approved plan's lines of 2027 and filled workbooks. */
final class ExecutionFixtures {

  static final int YEAR = 2027;
  static final BigDecimal TOLERANCE = new BigDecimal("0.10");
  static final String[] HEADER = {"Action ID", "Action", "Institution", "Year", "Funding source", "Planned amount",
      "Committed amount", "Spent amount", "Notes"};

  /** Version 2 of the plan, approved: in 2027 three action lines and an institution-level line. */
  static final ExecutionContext CONTEXT = new ExecutionContext(PlanFixtures.CODE, "Philippines SSR",
      "Security Sector Reform", YEAR, 2, List.of(
          planned("A-1", "defence", "National budget", "100000.00"),
          planned("A-1", "defence", PlanFixtures.EU, "50000.00"),
          planned("A-2", "police", PlanFixtures.UNDP, "80000.00"),
          planned(null, "justice", "National budget", "20000.00")),
      Map.of("A-1", "Civilian oversight training for defence staff", "A-2", "Community policing pilots"));

  private ExecutionFixtures() {}

  static ExecutionLine planned(String action, String institution, String source, String amount) {
    BigDecimal zero = BigDecimal.ZERO.setScale(2);
    return new ExecutionLine(action, institution, YEAR, source, new BigDecimal(amount), zero, zero, null);
  }

  /** One data row as the template has it, with committed and spent filled in. */
  static Object[] row(String action, String institution, Object year, String source, Object planned,
      Object committed, Object spent) {
    return new Object[] {action, null, institution, year, source, planned, committed, spent, null};
  }

  /** The four good rows. */
  static Object[][] goodRows() {
    return new Object[][] {
        row("A-1", "defence", YEAR, "National budget", 100000, 90000, 60000),
        row("A-1", "defence", YEAR, PlanFixtures.EU, 50000, 50000, 50000),
        row("A-2", "police", YEAR, PlanFixtures.UNDP, 80000, 20000, 0),
        row(null, "justice", YEAR, "National budget", 20000, 21000, 15000)};
  }

  /** An Execution sheet: header and the given rows. */
  static byte[] execution(Object[]... data) {
    Object[][] rows = new Object[data.length + 1][];
    rows[0] = HEADER;
    System.arraycopy(data, 0, rows, 1, data.length);
    return PlanFixtures.workbook(ExecutionFormat.SHEET, rows);
  }

  static byte[] good() {
    return execution(goodRows());
  }

  /** The template as the coordination unit fills it: committed 80 % and spent 50 % of each planned amount. */
  static byte[] filledTemplate(byte[] template) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = wb.getSheet(ExecutionFormat.SHEET);
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        double planned = row.getCell(5).getNumericCellValue();
        row.getCell(6).setCellValue(planned * 0.8);
        row.getCell(7).setCellValue(planned * 0.5);
        row.getCell(8).setCellValue("Row " + r + " as of 31 December");
      }
      return PlanFixtures.bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plan service and an execution service on one fresh in-memory database. */
  record Services(FinancialPlanService plans, BudgetExecutionService execution, javax.sql.DataSource dataSource) {}

  static Services services(PlanLimits limits) {
    String url = "jdbc:h2:mem:exec-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    FinancialPlanService plans = new FinancialPlanService(PlanFixtures.repository(url), limits, PlanFixtures.CLOCK);
    DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
    BudgetExecutionRepository repository = new BudgetExecutionRepository(new JdbcTemplate(ds),
        new DataSourceTransactionManager(ds));
    return new Services(plans, new BudgetExecutionService(plans, repository, limits, TOLERANCE, PlanFixtures.CLOCK),
        ds);
  }

  /** Stores a plan with the given lines and marks it approved; returns its version. */
  static int approvedPlan(FinancialPlanService plans, Object[]... lines) {
    PlanUpload upload = plans.upload(PlanFixtures.CONTEXT, "plan.xlsx", PlanFixtures.plan(lines), "coordinator");
    if (!(upload instanceof PlanUpload.Accepted accepted)) {
      throw new IllegalStateException("plan refused: " + ((PlanUpload.Refused) upload).messages());
    }
    plans.approve(PlanFixtures.CODE, accepted.version(), "oversight review");
    return accepted.version();
  }
}
