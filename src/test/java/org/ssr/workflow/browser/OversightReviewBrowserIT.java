package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.identity.TasklistFilters;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Scenario 2: parliament sees only its own filters and its review task, downloads the document under review, returns
 * it with reasons, then approves the resubmitted version. The reviews are requested through the Java API exactly as
 * the programme's call activity requests them (clicking the programme up to step 6 would repeat scenario 1).
 */
@SsrApplicationTest
class OversightReviewBrowserIT {

  private static final String CODE = "SSR-REVIEW-01";
  private static final String SUBJECT = "National Security Policy 2027";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @Test
  void parliamentReturnsThenApprovesTheNationalSecurityPolicy() throws Exception {
    // the coordination unit has work of its own in the same programme: parliament must not see it
    new Programmes(engine).start(CODE);
    byte[] draft = "National Security Policy, draft 1: civilian control of all security institutions."
        .getBytes(StandardCharsets.UTF_8);
    ProcessInstance first = requestReview(1, draft);

    browser.login("tasklist", "parliament");
    Tasklist tasklist = new Tasklist(browser);
    List<String> ownFilters = TasklistFilters.ALL.stream()
        .filter(f -> f.groups().contains(SsrGroups.PARLIAMENT_OVERSIGHT)).map(TasklistFilters.FilterDefinition::name)
        .toList();
    assertThat(tasklist.filterNames()).containsExactlyInAnyOrderElementsOf(ownFilters);
    tasklist.openFilter(TasklistFilters.ALL.stream().filter(f -> f.key().equals("reviews-parliament"))
        .findFirst().orElseThrow().name());
    assertThat(tasklist.taskNames()).as("parliament's review, not the coordination unit's dialog task")
        .anyMatch(name -> name.contains(SUBJECT) && name.contains("(version 1)"))
        .allMatch(name -> name.contains(": review "));
    browser.step("parliament-reviews");

    tasklist.openTaskNamed("(version 1)", CODE);
    tasklist.claim();
    browser.waitVisible(By.id("reviewDocumentDownload"));
    browser.step("review-form");

    Path downloaded = browser.download(By.id("reviewDocumentDownload"), "national-security-policy-v1.txt");
    assertThat(Files.readAllBytes(downloaded)).isEqualTo(draft);
    browser.step("document-downloaded");

    browser.driver().findElement(By.id("decisionReturned")).click();
    browser.driver().findElement(By.id("reasons")).sendKeys(
        "Name the ministry that oversees the intelligence services and add a human-rights clause.");
    browser.step("return-with-reasons");
    tasklist.complete();
    DueJobs.run(engine.getManagementService());
    assertThat(outcome(first)).isEqualTo("returned");
    browser.step("returned");

    // the coordination unit revises the policy; the programme asks parliament again with version 2
    ProcessInstance second = requestReview(2,
        "National Security Policy, draft 2: with oversight of intelligence and a human-rights clause."
            .getBytes(StandardCharsets.UTF_8));
    browser.open("/camunda/app/tasklist/default/");
    tasklist.openFilter(TasklistFilters.ALL.stream().filter(f -> f.key().equals("reviews-parliament"))
        .findFirst().orElseThrow().name());
    tasklist.openTaskNamed("(version 2)", CODE);
    tasklist.claim();
    browser.waitVisible(By.id("decisionApproved")).click();
    browser.step("approve-resubmission");
    tasklist.complete();
    DueJobs.run(engine.getManagementService());
    assertThat(outcome(second)).isEqualTo("approved");
    browser.step("approved");
  }

  private ProcessInstance requestReview(int version, byte[] document) {
    return new Programmes(engine).requestReview(CODE, SUBJECT, version, document, SsrGroups.PARLIAMENT_OVERSIGHT);
  }

  private Object outcome(ProcessInstance review) {
    HistoricVariableInstance outcome = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(review.getId()).variableName(OversightReviewProcess.Variables.REVIEW_OUTCOME.name())
        .singleResult();
    return outcome == null ? null : outcome.getValue();
  }
}
