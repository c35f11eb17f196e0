package org.ssr.workflow.finance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Registers finance's budget execution beans of programme-implementation.bpmn in a process-test engine, with the
 * real services on their own fresh in-memory database, and seeds approved plans there.
 */
public final class BudgetExecutionTestBeans {

  private final ExecutionFixtures.Services services;

  private BudgetExecutionTestBeans(ExecutionFixtures.Services services) {
    this.services = services;
  }

  public static BudgetExecutionTestBeans register() {
    ExecutionFixtures.Services services = ExecutionFixtures.services(PlanLimits.DEFAULTS);
    Mocks.register(BudgetExecutionProcess.BEAN_PREPARE_TEMPLATE,
        new PrepareBudgetExecutionTemplateDelegate(services.execution()));
    Mocks.register(BudgetExecutionProcess.BEAN_IMPORT, new ImportBudgetExecutionDelegate(services.execution()));
    return new BudgetExecutionTestBeans(services);
  }

  public BudgetExecutionService service() {
    return services.execution();
  }

  /** The plan service on the same database (monitoring reads the latest plans through it). */
  public FinancialPlanService plans() {
    return services.plans();
  }

  /**
   * Stores a plan for the programme and marks it approved. Each line: action id, year, cost category, funding
   * source, available amount (required = available).
   */
  public int approvedPlan(String code, List<StrategyAction> actions, List<String> institutions, int firstYear,
      int lastYear, Object[]... lines) {
    return approvedPlan(services.plans(), code, actions, institutions, firstYear, lastYear, lines);
  }

  /**
   * Stores a plan through the given plan service (the application's, in a Spring test) and marks it approved, as
   * {@link #approvedPlan(String, List, List, int, int, Object[]...)} does.
   */
  public static int approvedPlan(FinancialPlanService plans, String code, List<StrategyAction> actions,
      List<String> institutions, int firstYear, int lastYear, Object[]... lines) {
    PlanContext context = new PlanContext(code, code, "Security Sector Reform", actions, institutions, List.of(),
        firstYear, lastYear);
    Object[][] rows = new Object[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      Object[] l = lines[i];
      rows[i] = PlanFixtures.line((String) l[0], l[1], (String) l[2], l[4], (String) l[3], l[4]);
    }
    PlanUpload upload = plans.upload(context, "plan.xlsx", PlanFixtures.plan(rows), "coordinator");
    int version = ((PlanUpload.Accepted) upload).version();
    plans.approve(code, version, "oversight review");
    return version;
  }

  /** The template as the coordination unit fills it: committed 80 % and spent 50 % of each planned amount. */
  public static byte[] filled(byte[] template) {
    return ExecutionFixtures.filledTemplate(template);
  }

  /** The template with the spent amount of the first row above its committed amount: refused. */
  public static byte[] overspent(byte[] template) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled(template)))) {
      Sheet sheet = wb.getSheet(ExecutionFormat.SHEET);
      Row row = sheet.getRow(1);
      row.getCell(7).setCellValue(row.getCell(6).getNumericCellValue() + 1);
      return PlanFixtures.bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
