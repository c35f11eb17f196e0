package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.SsrApplicationTest;
import org.ssr.workflow.web.InstallationProperties;

/**
 * Scenario 5: the programme manager finds a running programme in Cockpit (the programme dashboard, then the stock
 * process pages), sees in the diagram where it stands and, in the Programme tab, the decision record with its chain.
 */
@SsrApplicationTest
class CockpitBrowserIT {

  private static final String CODE = "SSR-COCKPIT-01";

  /** Programmes on one page of the dashboard (dashboard.js). */
  private static final int DASHBOARD_PAGE = 25;

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @Autowired DecisionRecord decisionRecord;

  @Test
  void managerFindsTheRunningProgrammeInCockpit() {
    // more programmes than one page of the dashboard holds: ended ones (started, then cancelled), so no other test
    // meets their tasks; the programme of this test, started last, is the first row of the first page
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProgrammeProcess.KEY).count();
    for (long filler = before; filler < DASHBOARD_PAGE; filler++) {
      ProcessInstance cancelled = new Programmes(engine).start("SSR-COCKPIT-F" + filler);
      engine.getRuntimeService().deleteProcessInstance(cancelled.getId(), "browser test: a page's worth of programmes");
    }
    ProcessInstance programme = new Programmes(engine).start(CODE);
    decisionRecord.append(new DecisionMade(CODE, programme.getId(), "OVERSIGHT_REVIEW",
        "NSP: National Security Policy 2027, version 1", "parliamentOversight", "parliament", "returned",
        "Add the budget annex.", null));

    browser.login("cockpit", "manager");
    browser.waitForText("Running Process Instances");
    // the programme dashboard (Cockpit plugin ssr/dashboard): one row per programme, linked to its instance
    By row = By.cssSelector("tr.ssr-programme-row[data-code=\"" + CODE + "\"]");
    browser.waitVisible(row);
    // the programme's own term beside its name, although the process is called "Security Sector Reform programme"
    assertThat(browser.driver().findElement(row).getText())
        .contains("Security Sector Transformation: National security sector transformation " + CODE);
    assertThat(browser.waitVisible(By.cssSelector(".ce-eol-banner")).getText())
        .isEqualTo(InstallationProperties.DEFAULT_NAME);
    assertThat(browser.driver().getTitle()).startsWith(InstallationProperties.DEFAULT_NAME + " Cockpit");
    browser.step("dashboard");

    // 25 programmes a page: the next page holds the older ones, the previous page brings this one back
    By position = By.cssSelector(".ssr-pager .ssr-page-position");
    assertThat(browser.waitVisible(position).getText()).startsWith("Programmes 1\u201325 of ");
    browser.waitClickable(By.cssSelector(".ssr-pager .ssr-page-next")).click();
    // the page is rebuilt: its line is found again until it names the second page
    browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(position, "Programmes 26\u2013"),
        "the second page");
    assertThat(browser.driver().findElements(row)).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("tr.ssr-programme-row"))).isNotEmpty();
    browser.step("dashboard-second-page");
    browser.waitClickable(By.cssSelector(".ssr-pager .ssr-page-previous")).click();
    browser.waitVisible(row);
    browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(position, "Programmes 1\u201325 of "),
        "the first page again");

    browser.driver().findElement(row).findElement(By.linkText(CODE)).click();
    browser.waitVisible(By.cssSelector(".djs-container"));
    // the token waits in the dialog task: Cockpit puts a count badge on the activity
    browser.waitVisible(By.cssSelector(".djs-overlay-container [data-container-id=\""
        + ProgrammeProcess.Elements.RECORD_DIALOG_SESSION + "\"] .badge"));
    assertThat(browser.driver().getCurrentUrl()).contains(programme.getId());
    browser.step("programme-instance-diagram");

    browser.waitClickable(By.xpath("//a[normalize-space(.) = 'Programme']")).click();
    browser.waitVisible(By.cssSelector(".ssr-programme-tab"));
    browser.waitUntil(d -> !d.findElement(By.cssSelector(".ssr-programme-tab")).getText().contains("Loading"),
        "the programme tab to load");
    // the decision record, from the application's own store, with its chain checked
    assertThat(browser.waitVisible(By.cssSelector(".ssr-decision-chain[data-intact=\"true\"]")).getText())
        .startsWith("\u2714 Chain intact");
    assertThat(browser.driver().findElement(By.cssSelector("tr.ssr-decision-row[data-sequence=\"1\"]")).getText())
        .contains("Oversight review", "parliament", "Add the budget annex.");
    browser.step("programme-tab");

    // the stock way in: Processes, then the programme's process definition with its running instances
    browser.waitClickable(By.xpath("//a[normalize-space(.) = 'Processes']")).click();
    browser.waitForText("Security Sector Reform programme");
    browser.step("process-definitions");
    browser.waitClickable(By.xpath("//a[normalize-space(.) = 'Security Sector Reform programme']")).click();
    browser.waitVisible(By.cssSelector(".djs-container"));
    browser.waitForText(CODE);
    browser.step("programme-definition");

    // the stock instance list knows the programme only by its code: the Programmes tab adds its term and name
    browser.waitClickable(By.xpath("//a[normalize-space(.) = 'Programmes']")).click();
    By listed = By.cssSelector("tr.ssr-programmes-tab-row[data-code=\"" + CODE + "\"]");
    assertThat(browser.waitVisible(listed).getText())
        .contains("Security Sector Transformation", "National security sector transformation " + CODE);
    browser.step("programmes-tab");
  }
}
