package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.oversight.DecisionLog;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.ReviewDecisionRecord;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The oversight review form (forms/review-decision.html) in the real Tasklist: the reviewer sees what is reviewed,
 * downloads the document, cannot complete a return without reasons, and completes it with them.
 */
@SsrApplicationTest
class ReviewDecisionBrowserIT {

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Test
  void parliamentDownloadsTheNspAndReturnsItForRevisionWithReasons() {
    ProcessInstance review = runtimeService.startProcessInstanceByKey(OversightReviewProcess.KEY, "SSR-BROWSER-REVIEW",
        Variables.createVariables()
            .putValue(PROGRAMME_CODE.name(), "SSR-BROWSER-REVIEW")
            .putValue(PROGRAMME_TERM.name(), "Security Sector Transformation")
            .putValue(REVIEW_KIND.name(), "NSP")
            .putValue(REVIEW_SUBJECT.name(), "National Security Policy 2027")
            .putValue(REVIEW_VERSION.name(), 2)
            .putValue(REVIEW_DOCUMENT.name(), Variables.fileValue("nsp-2027-v2.pdf")
                .file("%PDF-1.4 the NSP".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create())
            .putValue(REVIEW_GROUPS.name(), List.of("parliamentOversight", "justiceOversight")));
    Task task = taskService.createTaskQuery().processInstanceId(review.getId())
        .taskCandidateGroup("parliamentOversight").singleResult();
    taskService.claim(task.getId(), "parliament");

    browser.login("tasklist", "parliament");
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.waitForText("Download and read the document before you decide.");
    assertThat(browser.pageText())
        .contains("Oversight review: National Security Policy framework")
        .contains("Parliament (defence and security committee)")
        .contains("Security Sector Transformation programme SSR-BROWSER-REVIEW")
        .contains("National Security Policy 2027, version 2");
    browser.step("review form");

    WebElement download = browser.waitVisible(By.cssSelector("a[cam-file-download=\"reviewDocument\"]"));
    assertThat(download.getText()).isEqualTo("nsp-2027-v2.pdf");
    Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) { return r.text(); })"
            + ".then(done, function (e) { done('failed: ' + e); });", download.getAttribute("href"));
    assertThat(fetched).isEqualTo("%PDF-1.4 the NSP");

    browser.driver().findElement(By.id("decisionReturned")).click();
    browser.step("returned without reasons");
    WebElement complete = browser.driver().findElement(By.xpath("//button[normalize-space()='Complete']"));
    assertThat(complete.isEnabled()).as("Complete stays disabled while reasons are missing").isFalse();
    assertThat(browser.pageText()).contains("Required when you return or reject the document");

    browser.driver().findElement(By.id("reasons")).sendKeys("Section 4 lacks civilian control of intelligence.");
    browser.step("returned with reasons");
    WebElement enabled = browser.waitClickable(By.xpath("//button[normalize-space()='Complete']"));
    // the button sits below the fold, under Tasklist's footer
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", enabled);
    browser.step("ready to complete");
    enabled.click();
    browser.waitUntil(d -> taskService.createTaskQuery().taskId(task.getId()).count() == 0, "the review completed");
    browser.step("completed");

    List<ReviewDecisionRecord> decisions = DecisionLog.read(
        Conversions.json(runtimeService.getVariable(review.getId(), REVIEW_DECISIONS.name())));
    assertThat(decisions).singleElement().satisfies(decision -> {
      assertThat(decision.userId()).isEqualTo("parliament");
      assertThat(decision.group()).isEqualTo("parliamentOversight");
      assertThat(decision.decision()).isEqualTo("returned");
      assertThat(decision.reasons()).isEqualTo("Section 4 lacks civilian control of intelligence.");
    });
    runtimeService.deleteProcessInstance(review.getId(), "browser test finished");
  }

  @Test
  void managerChasesAnOverdueReview_andRecordsWhatWasDone() {
    ProcessInstance review = runtimeService.startProcessInstanceByKey(OversightReviewProcess.KEY, "SSR-BROWSER-CHASE",
        Variables.createVariables()
            .putValue(PROGRAMME_CODE.name(), "SSR-BROWSER-CHASE")
            .putValue(PROGRAMME_TERM.name(), "Security Sector Reform")
            .putValue(REVIEW_KIND.name(), "FINANCIAL_PLAN")
            .putValue(REVIEW_SUBJECT.name(), "Financial feasibility plan 2027-2031")
            .putValue(REVIEW_VERSION.name(), 1)
            .putValue(REVIEW_DOCUMENT.name(), Variables.fileValue("plan.xlsx")
                .file("xlsx".getBytes(StandardCharsets.UTF_8)).create())
            .putValue(REVIEW_GROUPS.name(), List.of("parliamentOversight")));
    // the deadline passes (the job executor is off in tests: run the timer as it would)
    managementService.executeJob(managementService.createJobQuery().processInstanceId(review.getId())
        .activityId(OversightReviewProcess.Elements.DEADLINE_TIMER).singleResult().getId());
    Task chase = taskService.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW).singleResult();
    taskService.claim(chase.getId(), "manager");

    browser.login("tasklist", "manager");
    browser.open("/camunda/app/tasklist/default/#/?task=" + chase.getId());
    browser.waitForText("has not yet decided");
    assertThat(browser.pageText())
        .contains("Chase overdue review: Parliament (defence and security committee) — "
            + "Financial feasibility plan 2027-2031")
        .contains("Parliament (defence and security committee) has not yet decided on the financial feasibility plan")
        .contains("The decision itself stays with the oversight body");
    browser.step("chase form");

    browser.waitVisible(By.cssSelector("textarea")).sendKeys("Called the committee clerk; decision promised.");
    WebElement complete = browser.waitClickable(By.xpath("//button[normalize-space()='Complete']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    browser.step("note written");
    complete.click();
    browser.waitUntil(d -> taskService.createTaskQuery().taskId(chase.getId()).count() == 0, "the chase completed");

    assertThat(Conversions.json(runtimeService.getVariable(review.getId(), REVIEW_CHASE_LOG.name())))
        .contains("\"kind\":\"chase\",\"userId\":\"manager\"")
        .contains("Called the committee clerk; decision promised.");
    runtimeService.deleteProcessInstance(review.getId(), "browser test finished");
  }
}
