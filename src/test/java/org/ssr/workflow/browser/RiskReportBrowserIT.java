package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Scenario 4: the civil-society monitor reports a risk from Tasklist's "Start process"; once the coordination unit
 * has rated it critical, the programme manager finds the escalation in Tasklist.
 */
@SsrApplicationTest
class RiskReportBrowserIT {

  private static final String CODE = "SSR-RISK-01";
  private static final String RISK_TITLE = "Militia leaders threaten to leave the dialog";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @Test
  void monitorReportsRiskAndManagerFindsTheEscalation() {
    new Programmes(engine).start(CODE);

    browser.login("tasklist", "monitor");
    Tasklist tasklist = new Tasklist(browser);
    tasklist.openStartForm("Report a risk (step 12)");
    new CamundaForm(browser)
        .type("Programme code", CODE)
        .type("Title", RISK_TITLE)
        .type("Description", "Two armed groups announced they will boycott the next dialog session in the North.")
        .select("Category", "Security");
    browser.step("risk-report-filled");
    tasklist.start();
    browser.step("risk-reported");
    DueJobs.run(engine.getManagementService());

    Task assessment = browser.waitUntil(d -> engine.getTaskService().createTaskQuery()
        .processDefinitionKey(RiskHandlingProcess.KEY).processInstanceBusinessKey(CODE)
        .taskDefinitionKey(RiskHandlingProcess.Elements.ASSESS).singleResult(),
        "the coordination unit's assessment task for the reported risk");
    // the coordination unit's assessment is not what this scenario shows: rate it critical through the API
    engine.getTaskService().complete(assessment.getId(), Map.of(
        RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), 5L,
        RiskHandlingProcess.Variables.RISK_IMPACT.name(), 5L,
        RiskHandlingProcess.Variables.RISK_RESOLVED.name(), false,
        "riskAssessmentNote", "Credible threat; the dialog would lose two regions."));
    DueJobs.run(engine.getManagementService());

    browser.logout();
    browser.login("tasklist", "manager");
    tasklist.openFilter(ProgrammeStartBrowserIT.filterName("risk-escalations"));
    assertThat(tasklist.taskNames()).contains("Review the critical risk urgently");
    browser.step("risk-escalations");
    tasklist.openTaskNamed("Review the critical risk urgently", CODE);
    assertThat(browser.pageText()).contains(RISK_TITLE);
    browser.step("urgent-review-form");
  }
}
