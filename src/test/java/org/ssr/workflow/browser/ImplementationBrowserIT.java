package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.finance.BudgetExecutionService;
import org.ssr.workflow.finance.BudgetExecutionTestBeans;
import org.ssr.workflow.finance.FinancialPlanService;
import org.ssr.workflow.finance.StrategyAction;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.implementation.ImplementationProcess.Variables;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Issue 14 as its people click it in Tasklist: a year after the plan, the police find their yearly report in their
 * filter and report on their action (status, indicator value, milestone, narrative); the coordination unit downloads
 * the year's budget execution template, uploads it filled in, and consolidates the annual implementation report;
 * parliament and the civil-society monitor approve it in their review filters, and the programme waits for its next
 * reporting year; the programme manager sees the year per institution and indicator in Cockpit.
 */
@SsrApplicationTest
class ImplementationBrowserIT {

  /**
   * Each scenario runs its own programme: the decision record keeps a programme's decisions for good (insert only,
   * hash-chained), so a second scenario on the same code would see the first one's decisions.
   */
  private String code;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;
  @Autowired DecisionRecord decisionRecord;
  @Autowired FinancialPlanService plans;
  @Autowired BudgetExecutionService execution;

  private ProgrammeRoles roles;
  private ProcessInstance programme;
  private ProcessInstance implementation;

  @BeforeEach
  void programmeInImplementation(TestInfo scenario) {
    code = "SSR-BROWSER-IMPL-" + Integer.toHexString(scenario.getDisplayName().hashCode()).toUpperCase(Locale.ROOT);
    roles = new ProgrammeRoles(browser, engine, code);
    TransformationAction action = new TransformationStrategyService().actions(List.of(Map.of("id", "A1",
        "title", "Community policing training", "institution", "police", "startYear", 2027, "endYear", 2030,
        "indicatorsText", "Officers trained | persons | 0 | 2027=400, 2028=800",
        "milestonesText", "2027 | Curriculum adopted")), List.of("police")).get(0);
    Map<String, Object> variables = new HashMap<>();
    Variables.PROGRAMME_CODE.putIn(variables, code);
    Variables.PROGRAMME_NAME.putIn(variables, "Implementation in Testland");
    Variables.PROGRAMME_TERM.putIn(variables, "Security Sector Reform");
    Variables.INSTITUTIONS.putIn(variables, List.of("police"));
    Variables.TRANSFORMATION_ACTIONS.putIn(variables, new ArrayList<>(List.of(action.toMap())));
    ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD.putIn(variables, false);
    // the programme whose plan oversight approved: it calls its implementation
    programme = engine.getRuntimeService().createProcessInstanceByKey(ProgrammeProcess.KEY).businessKey(code)
        .setVariables(variables).startBeforeActivity(ProgrammeProcess.Elements.PROGRAMME_IMPLEMENTATION).execute();
    implementation = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
        .processDefinitionKey(ImplementationProcess.KEY).singleResult();
    // the plan oversight approved: the police's action, from the national budget, in the year about to be reported
    int year = LocalDate.now(ZoneOffset.UTC).plusDays(366).getYear();
    BudgetExecutionTestBeans.approvedPlan(plans, code, List.of(new StrategyAction("A1", "Community policing training",
        "police", 2027, 2030)), List.of("police"), year - 1, year + 2,
        new Object[] {"A1", year, "Training", "National budget", 60000});
    // a year passes: the reporting year opens
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(366))));
    roles.runDueJobs();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(programme.getId()).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(programme.getId(), "browser test finished", true, true);
    }
  }

  @Test
  void thePoliceReportTheirYear_andParliamentApprovesTheAnnualReport() {
    int year = Variables.REPORTING_YEAR.read(engine.getRuntimeService()
        .getVariableTyped(implementation.getId(), Variables.REPORTING_YEAR.name()));

    // the police report on their action
    roles.open("police", "implementation-reports", "Police: report progress for " + year);
    CamundaForm report = roles.tasklist().taskForm();
    CamundaForm.Item row = report.items("Actions").get(0);
    assertThat(row.field("Action").findElement(By.cssSelector("input")).getDomProperty("value"))
        .isEqualTo("Community policing training");
    assertThat(row.field("Measured by").findElement(By.cssSelector("textarea")).getDomProperty("value"))
        .contains("Officers trained (persons): baseline 0");
    row.select("Status", "On track")
        .type("Indicator values this year", "Officers trained=420")
        .type("Milestones reached this year", "Curriculum adopted")
        .type("Narrative", "Four regional academies trained 420 officers in community policing.");
    roles.complete("police-report");

    // the coordination unit downloads the year's budget execution template, fills it in and uploads it
    roles.open("coordinator", "coordination-unit", "Upload the budget execution " + year);
    byte[] template;
    try {
      template = Files.readAllBytes(browser.download(By.id("budgetExecutionTemplateDownload"), ".xlsx"));
      Path filled = browser.downloads().resolve("budget-execution-filled-" + code + ".xlsx");
      Files.write(filled, BudgetExecutionTestBeans.filled(template));
      browser.driver().findElement(By.id("budgetExecutionFile")).sendKeys(filled.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    roles.complete("budget-execution-uploaded");

    // the coordination unit consolidates the year
    roles.open("coordinator", "coordination-unit", "Consolidate the annual implementation report " + year);
    roles.tasklist().taskForm().type("Summary of the year", "Training on track; the curriculum is adopted.")
        .type("Decisions of the year", "Keep the budget of the training programme.")
        .choose("Once oversight approves the report", "Continue with the next reporting year");
    roles.complete("annual-report-consolidated");

    // parliament and the civil-society monitor approve it
    approve("parliament", "reviews-parliament");
    approve("monitor", "reviews-civil-society");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(implementation.getId())
        .activityIdIn(ImplementationProcess.Elements.REPORTING_YEAR_DUE).count())
        .as("approved: the programme waits for its next reporting year").isEqualTo(1);
    assertThat(execution.versions(code, year)).as("the year's budget execution, imported").hasSize(1);
    List<Map<String, Object>> reports = Variables.IMPLEMENTATION_REPORTS.read(engine.getRuntimeService()
        .getVariableTyped(implementation.getId(), Variables.IMPLEMENTATION_REPORTS.name()));
    assertThat(reports).singleElement().satisfies(stored -> {
      assertThat(stored).containsEntry("actionId", "A1").containsEntry("status", "onTrack")
          .containsEntry("reportedBy", "police");
      assertThat(stored.get("indicatorValues").toString()).contains("420");
    });
    assertThat(decisionRecord.entries(code)).extracting(d -> d.kind() + " " + d.outcome())
        .containsExactly("OVERSIGHT_REVIEW approved", "OVERSIGHT_REVIEW approved");

    // the programme manager follows the year in Cockpit's Programme tab
    roles.leaveTasklist();
    browser.login("cockpit", "manager");
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + programme.getId() + "/runtime");
    browser.waitVisible(By.cssSelector(".djs-container"));
    browser.waitClickable(By.xpath("//a[normalize-space(.) = 'Programme']")).click();
    WebElement police = browser.waitVisible(
        By.cssSelector(".ssr-programme-tab tr.ssr-implementation-row[data-institution='police']"));
    assertThat(police.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .as("institution, actions, on track, delayed, blocked, done, not reported, last reported")
        .containsExactly("Police", "1", "1", "0", "0", "0", "0", String.valueOf(year));
    assertThat(browser.driver().findElement(By.cssSelector(".ssr-programme-tab tr.ssr-indicator-row"))
        .findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .startsWith("A1", "Officers trained", "persons", "0", String.valueOf(year));
    browser.scrollIntoView(police);
    browser.step("cockpit-implementation");
  }

  /**
   * Amendments at any time: in the middle of the reporting year the coordinator asks for an amendment through
   * Tasklist's "Start process", revises the strategy in the task that opens (the reason carried over), and parliament
   * and the civil-society monitor approve it: the amended baseline is in force, the previous one kept.
   */
  @Test
  void theCoordinatorRequestsAnAmendmentInTasklist_andParliamentApprovesIt() {
    roles.as("coordinator");
    roles.tasklist().openStartForm("Request a change to a programme");
    new CamundaForm(browser)
        .type("Programme code", code)
        .choose("What to change",
            "Amend the transformation strategy (actions, indicators, plan lines) — programme in implementation")
        .type("Reason", "The police academy burnt down: the training moves to the regional schools.");
    browser.step("change-request-filled");
    roles.tasklist().start();
    roles.runDueJobs();

    roles.open("coordinator", "coordination-unit", "Amend the transformation strategy (baseline 2)");
    CamundaForm amendment = roles.tasklist().taskForm();
    assertThat(amendment.field("Why is the strategy amended?").findElement(By.cssSelector("textarea"))
        .getDomProperty("value")).as("the form opens with the request's reason")
        .isEqualTo("The police academy burnt down: the training moves to the regional schools.");
    roles.complete("amendment-drafted");

    approve("parliament", "reviews-parliament", "Amendment of");
    approve("monitor", "reviews-civil-society", "Amendment of");

    assertThat(Variables.BASELINE_VERSION.read(engine.getRuntimeService()
        .getVariableTyped(implementation.getId(), Variables.BASELINE_VERSION.name()))).isEqualTo(2);
    assertThat(Variables.BASELINE_HISTORY.read(engine.getRuntimeService()
        .getVariableTyped(implementation.getId(), Variables.BASELINE_HISTORY.name())))
        .extracting(b -> b.get("reason")).last().asString().startsWith("The police academy burnt down");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(implementation.getId())
        .taskDefinitionKey(ImplementationProcess.Elements.REPORT_PROGRESS).count())
        .as("the year's report is still open: the cycle went on beside the amendment").isEqualTo(1);
  }

  private void approve(String user, String filterKey) {
    approve(user, filterKey, "Annual implementation report");
  }

  private void approve(String user, String filterKey, String taskName) {
    roles.open(user, filterKey, taskName);
    browser.waitVisible(By.id("decisionApproved")).click();
    roles.complete(taskName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-approved-by-" + user);
  }




}
