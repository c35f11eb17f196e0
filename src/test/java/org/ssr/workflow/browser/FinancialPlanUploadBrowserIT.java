package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.finance.FinancialPlanProcess;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Scenario 3: the coordination unit downloads the financial plan template, uploads a broken workbook through the
 * embedded upload form and sees which cells to fix, uploads a good one and sees the totals in the next form. The
 * programme is moved to step 10 through the Java API (steps 1 to 9 are other scenarios' business).
 */
@SsrApplicationTest
class FinancialPlanUploadBrowserIT {

  private static final String CODE = "SSR-FINANCE-01";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @Test
  void coordinatorUploadsBrokenThenGoodFinancialPlan() throws Exception {
    ProcessInstance programme = programmeAtFinancialPlanUpload();

    browser.login("tasklist", "coordinator");
    Tasklist tasklist = new Tasklist(browser);
    tasklist.openFilter(ProgrammeStartBrowserIT.filterName("coordination-unit"));
    tasklist.openTaskNamed("Upload financial feasibility plan", CODE);
    tasklist.claim();
    byte[] template = Files.readAllBytes(browser.download(By.id("financialPlanTemplateDownload"), "-" + CODE + ".xlsx"));
    browser.step("upload-form");

    // a finance officer fills the template in Excel; two cells go wrong: text for an amount, an unknown donor
    Path broken = write("plan-broken.xlsx", fill(template, (row, index) -> {
      if (index == 1) {
        row.createCell(PlanFormat.Column.REQUIRED_AMOUNT.templateIndex()).setCellValue("ten thousand");
      }
      if (index == 2) {
        row.createCell(PlanFormat.Column.FUNDING_SOURCE.templateIndex()).setCellValue("Atlantis Fund");
      }
    }));
    browser.driver().findElement(By.id("financialPlanFile")).sendKeys(broken.toString());
    browser.step("broken-plan-chosen");
    tasklist.complete();
    DueJobs.run(engine.getManagementService());

    tasklist.openFilter(ProgrammeStartBrowserIT.filterName("coordination-unit"));
    tasklist.openTaskNamed("Upload financial feasibility plan", CODE);
    tasklist.claim();
    String errors = browser.waitVisible(By.id("financialPlanErrors")).getText();
    assertThat(errors).contains("Plan!F2").contains("ten thousand").contains("Plan!G3").contains("Atlantis Fund");
    browser.step("cell-errors-shown");

    Path good = write("plan-good.xlsx", fill(template, (row, index) -> { }));
    browser.driver().findElement(By.id("financialPlanFile")).sendKeys(good.toString());
    tasklist.complete();
    DueJobs.run(engine.getManagementService());
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), FinancialPlanProcess.Variables.VERSION.name()))
        .as("the good upload is stored as a plan version").isNotNull();

    tasklist.openFilter(ProgrammeStartBrowserIT.filterName("coordination-unit"));
    tasklist.openTaskNamed("Review financial plan totals", CODE);
    tasklist.claim();
    CamundaForm totals = tasklist.taskForm();
    assertThat(totals.text()).contains("Per year").contains("Per institution").contains("2027");
    browser.step("totals-shown");
  }

  /** A programme started as Tasklist does, then moved to step 10 with a transformation strategy of two actions. */
  private ProcessInstance programmeAtFinancialPlanUpload() {
    ProcessInstance programme = new Programmes(engine).start(CODE);
    List<Map<String, Object>> actions = new ArrayList<>(List.of(
        Map.of("id", "A-1", "title", "Community policing pilots", "institution", "police",
            "startYear", 2027, "endYear", 2028),
        Map.of("id", "A-2", "title", "Police complaints commission", "institution", "police",
            "startYear", 2027, "endYear", 2027)));
    engine.getRuntimeService().setVariable(programme.getId(), ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS.name(),
        ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS.stored(actions));
    engine.getRuntimeService().createProcessInstanceModification(programme.getId())
        .startBeforeActivity(FinancialPlanProcess.TASK_PREPARE_TEMPLATE)
        .cancelAllForActivity(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION)
        .execute();
    DueJobs.run(engine.getManagementService());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(programme.getId())
        .taskDefinitionKey(FinancialPlanProcess.TASK_UPLOAD).count()).isEqualTo(1);
    return programme;
  }

  /** The template filled in as a finance officer would, then changed by {@code edit} (row, 1-based data index). */
  private static byte[] fill(byte[] template, BiConsumer<Row, Integer> edit) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet plan = workbook.getSheet(PlanFormat.PLAN_SHEET);
      for (int r = 1; r <= plan.getLastRowNum(); r++) {
        Row row = plan.getRow(r);
        if (row == null) {
          continue;
        }
        row.createCell(PlanFormat.Column.COST_CATEGORY.templateIndex()).setCellValue(PlanFormat.COST_CATEGORIES.get(1));
        row.createCell(PlanFormat.Column.REQUIRED_AMOUNT.templateIndex()).setCellValue(25_000.0 * r);
        row.createCell(PlanFormat.Column.FUNDING_SOURCE.templateIndex()).setCellValue(
            r % 2 == 1 ? PlanFormat.NATIONAL_BUDGET : "European Union");
        row.createCell(PlanFormat.Column.AVAILABLE_AMOUNT.templateIndex()).setCellValue(20_000.0 * r);
        edit.accept(row, r);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook as the finance officer saved it, in the scenario's download folder (deleted afterwards). */
  private Path write(String name, byte[] workbook) throws IOException {
    return Files.write(browser.downloads().resolve(name), workbook);
  }
}
