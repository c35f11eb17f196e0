package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.finance.ExecutionFixtures.YEAR;
import static org.ssr.workflow.finance.PlanFixtures.line;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The budget execution on a real (H2, Flyway-migrated) database: the template made from the approved plan, filled
 * with POI and by LibreOffice, imported, the variance figures; versions kept; a refused upload changes nothing;
 * uploads at the same moment get consecutive versions.
 */
class BudgetExecutionServiceTest {

  ExecutionFixtures.Services services;
  BudgetExecutionService service;
  ExecutionContext context;

  @BeforeEach
  void approvedPlan() {
    services = ExecutionFixtures.services(PlanLimits.DEFAULTS);
    service = services.execution();
    // version 1 is never approved; version 2 is: its 2027 lines become the execution's rows
    ExecutionFixtures.approvedPlan(services.plans(), line("A-1", 2026, "Training", 1, "National budget", 1));
    services.plans().upload(PlanFixtures.CONTEXT, "plan-v2.xlsx", PlanFixtures.plan(
        line("A-1", 2027, "Training", 90000, "National budget", 60000),
        line("A-1", 2027, "Equipment", 50000, "National budget", 40000),
        line("A-1", 2027, "Training", 50000, PlanFixtures.EU, 50000),
        line("A-2", 2027, "Personnel", 100000, PlanFixtures.UNDP, 80000),
        line("A-2", 2027, "Personnel", 30000, "Unfunded", 0),
        line("A-3", 2028, "Equipment", 10000, "National budget", 10000)), "coordinator");
    services.plans().approve(PlanFixtures.CODE, 2, "oversight review");
    context = service.context(PlanFixtures.CONTEXT, YEAR);
  }

  @Test
  void theContextHoldsTheApprovedPlansLinesOfTheYearBySource() {
    assertThat(context.planVersion()).isEqualTo(2);
    assertThat(context.planned()).extracting(ExecutionLine::actionId, ExecutionLine::fundingSource,
        l -> l.planned().toPlainString()).containsExactly(
        org.assertj.core.groups.Tuple.tuple("A-1", "National budget", "100000.00"),
        org.assertj.core.groups.Tuple.tuple("A-1", PlanFixtures.EU, "50000.00"),
        org.assertj.core.groups.Tuple.tuple("A-2", PlanFixtures.UNDP, "80000.00"));
  }

  @Test
  void roundTrip_templateFilledWithPoi_imported_variance() throws Exception {
    byte[] template = service.template(context);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet sheet = wb.getSheet(ExecutionFormat.SHEET);
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Civilian oversight training for defence staff");
      assertThat(sheet.getRow(1).getCell(5).getCellStyle().getLocked()).as("planned is locked").isTrue();
      assertThat(sheet.getRow(1).getCell(6).getCellStyle().getLocked()).as("committed is input").isFalse();
      assertThat(sheet.getProtect()).isTrue();
      assertThat(sheet.getDataValidations()).hasSize(3);
      assertThat(wb.getSheet(ExecutionFormat.INSTRUCTIONS_SHEET).getRow(2).getCell(0).getStringCellValue())
          .contains("version 2 of the financial feasibility plan");
    }
    ExecutionUpload upload = service.upload(context, "execution.xlsx", ExecutionFixtures.filledTemplate(template),
        "coordinator");
    assertThat(upload).isInstanceOf(ExecutionUpload.Accepted.class);
    BudgetVariance variance = ((ExecutionUpload.Accepted) upload).variance();
    assertThat(variance.total().planned()).isEqualByComparingTo("230000");
    assertThat(variance.total().committed()).isEqualByComparingTo("184000");
    assertThat(variance.total().spent()).isEqualByComparingTo("115000");
    assertThat(variance.total().executionRate()).isEqualByComparingTo("0.5");
    assertThat(variance.byInstitution()).extracting(BudgetVariance.Group::key).containsExactly("defence", "police");
    assertThat(variance.rates()).extracting(r -> r.get("institution")).containsExactly("defence", "police", "Total");
    assertThat(variance.rates().get(2)).containsEntry("executionRate", 0.5).containsEntry("planned", 230000.0);

    byte[] workbook = service.varianceWorkbook(context, null).orElseThrow();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet byInstitution = wb.getSheet("By institution");
      assertThat(byInstitution.getRow(1).getCell(0).getStringCellValue()).isEqualTo("defence");
      assertThat(byInstitution.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(150000.0);
      assertThat(byInstitution.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(75000.0);
      assertThat(byInstitution.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(0.5);
      assertThat(wb.getSheet("Lines").getRow(3).getCell(4).getStringCellValue()).isEqualTo(PlanFixtures.UNDP);
      assertThat(wb.getSheet("Summary").getRow(10).getCell(6).getNumericCellValue()).isEqualTo(0.5);
    }
  }

  @Test
  void aLibreOfficeSavedExecutionWorkbookImports() throws Exception {
    // ExecutionFixtures.filledTemplate of the template of ExecutionFixtures.CONTEXT, opened and saved again by
    // LibreOffice 7.4 (soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML")
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/finance/libreoffice-execution.xlsx")) {
      bytes = in.readAllBytes();
    }
    BudgetExecutionReader reader = new BudgetExecutionReader(PlanLimits.DEFAULTS, ExecutionFixtures.TOLERANCE);
    BudgetExecutionReader.Result result = reader.read("libreoffice-execution.xlsx", bytes, ExecutionFixtures.CONTEXT);
    assertThat(result.errors()).isEmpty();
    BudgetExecutionReader.Result poi = reader.read("poi.xlsx", ExecutionFixtures.filledTemplate(
        new BudgetExecutionTemplateWriter(ExecutionFixtures.TOLERANCE).write(ExecutionFixtures.CONTEXT)),
        ExecutionFixtures.CONTEXT);
    assertThat(result.lines()).isEqualTo(poi.lines()).hasSize(4);
    assertThat(result.lines().get(0).committed()).isEqualByComparingTo("80000");
    assertThat(result.lines().get(3).notes()).isEqualTo("Row 4 as of 31 December");
  }

  @Test
  void versionsAreKept_andARefusedUploadLosesNothing() throws Exception {
    byte[] first = ExecutionFixtures.filledTemplate(service.template(context));
    assertThat(service.upload(context, "first.xlsx", first, "coordinator")).isInstanceOf(ExecutionUpload.Accepted.class);
    BudgetVariance before = service.variance(PlanFixtures.CODE, YEAR, null).orElseThrow();

    ExecutionUpload refused = service.upload(context, "bad.xlsx", ExecutionFixtures.execution(
        ExecutionFixtures.row("A-1", "defence", YEAR, "National budget", 100000, 10, 20)), "coordinator");
    assertThat(refused).isInstanceOf(ExecutionUpload.Refused.class);
    assertThat(service.versions(PlanFixtures.CODE, YEAR)).extracting(BudgetExecutionRepository.VersionInfo::version)
        .containsExactly(1);
    assertThat(service.variance(PlanFixtures.CODE, YEAR, null).orElseThrow()).isEqualTo(before);
    assertThat(service.originalFile(PlanFixtures.CODE, YEAR, 1).orElseThrow()).isEqualTo(first);
    assertThat(service.refusedAttempts(PlanFixtures.CODE, YEAR)).singleElement().satisfies(a -> {
      assertThat(a.fileName()).isEqualTo("bad.xlsx");
      assertThat(a.errors()).singleElement().asString().startsWith("Execution!H2: \"20\" — more spent than committed");
    });

    byte[] second = ExecutionFixtures.execution(
        ExecutionFixtures.row("A-1", "defence", YEAR, "National budget", 100000, 100000, 100000));
    ExecutionUpload.Accepted accepted = (ExecutionUpload.Accepted) service.upload(context, "second.xlsx", second,
        "finance officer");
    assertThat(accepted.version()).isEqualTo(2);
    assertThat(service.versions(PlanFixtures.CODE, YEAR)).extracting(BudgetExecutionRepository.VersionInfo::version,
        BudgetExecutionRepository.VersionInfo::uploadedBy, BudgetExecutionRepository.VersionInfo::planVersion)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "coordinator", 2),
            org.assertj.core.groups.Tuple.tuple(2, "finance officer", 2));
    assertThat(service.variance(PlanFixtures.CODE, YEAR, 1).orElseThrow()).as("version 1 stays readable")
        .isEqualTo(before);
    assertThat(service.variance(PlanFixtures.CODE, YEAR, null).orElseThrow().total().spent())
        .isEqualByComparingTo(new BigDecimal("100000"));
    assertThat(service.versions(PlanFixtures.CODE, YEAR + 1)).as("versions are per year").isEmpty();
  }

  @Test
  void uploadsAtTheSameMomentGetConsecutiveVersions() throws Exception {
    race(false);
  }

  /** As the import delegate runs: inside the caller's (the engine's) transaction, the version in a savepoint. */
  @Test
  void uploadsAtTheSameMomentInsideTheCallersTransactionGetConsecutiveVersions() throws Exception {
    race(true);
  }

  private void race(boolean insideTransaction) throws Exception {
    TransactionTemplate caller = new TransactionTemplate(new DataSourceTransactionManager(services.dataSource()));
    byte[] file = ExecutionFixtures.filledTemplate(service.template(context));
    int uploaders = 4;
    CyclicBarrier barrier = new CyclicBarrier(uploaders);
    ExecutorService pool = Executors.newFixedThreadPool(uploaders);
    try {
      List<Future<ExecutionUpload>> results = new ArrayList<>();
      for (int i = 0; i < uploaders; i++) {
        String user = "coordinator" + i;
        results.add(pool.submit(() -> {
          barrier.await(10, TimeUnit.SECONDS);
          return insideTransaction
              ? caller.execute(status -> service.upload(context, user + ".xlsx", file, user))
              : service.upload(context, user + ".xlsx", file, user);
        }));
      }
      List<Integer> versions = new ArrayList<>();
      for (Future<ExecutionUpload> f : results) {
        versions.add(((ExecutionUpload.Accepted) f.get(60, TimeUnit.SECONDS)).version());
      }
      assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4);
      assertThat(service.versions(PlanFixtures.CODE, YEAR)).hasSize(4)
          .allSatisfy(v -> assertThat(v.rowCount()).isEqualTo(3));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void withoutAnApprovedPlanTheTemplateIsEmptyAndImportsAsIs() {
    ExecutionFixtures.Services fresh = ExecutionFixtures.services(PlanLimits.DEFAULTS);
    ExecutionContext none = fresh.execution().context(PlanFixtures.CONTEXT, YEAR);
    assertThat(none.planVersion()).isNull();
    ExecutionUpload upload = fresh.execution().upload(none, "t.xlsx", fresh.execution().template(none), "c");
    assertThat(upload).isInstanceOf(ExecutionUpload.Accepted.class);
    assertThat(((ExecutionUpload.Accepted) upload).variance().rates()).singleElement()
        .satisfies(total -> assertThat(total).containsEntry("institution", "Total").containsEntry("planned", 0.0)
            .containsEntry("executionRate", null));
  }
}
