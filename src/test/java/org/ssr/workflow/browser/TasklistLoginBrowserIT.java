package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.identity.DemoUsers.DemoUser;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.support.SsrApplicationTest;

/** Scenario 6 and the login of every role: what each demo user sees right after logging in to Tasklist. */
@SsrApplicationTest
class TasklistLoginBrowserIT {

  private static final String DONOR_CODE = "SSR-DONOR-01";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @Test
  void everyRoleLogsInToTasklist() {
    for (DemoUser user : DemoUsers.ALL) {
      browser.login("tasklist", user.id());
      String header = browser.waitVisible(By.cssSelector(".account")).getText();
      assertThat(header).as("Tasklist greets %s by name", user.id()).contains(user.firstName());
      browser.step("tasklist-" + user.id());
      browser.logout();
    }
  }

  @Test
  void donorSeesNothingToApprove() {
    // work that is not the donors': a dialog session for the coordination unit, a review for parliament
    Programmes programmes = new Programmes(engine);
    programmes.start(DONOR_CODE);
    programmes.requestReview(DONOR_CODE, "National Security Policy 2027", 1,
        "National Security Policy, draft 1".getBytes(StandardCharsets.UTF_8), SsrGroups.PARLIAMENT_OVERSIGHT);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(DONOR_CODE).count())
        .as("there is something to approve, just not for donors").isGreaterThanOrEqualTo(2);

    browser.login("tasklist", "donor");
    Tasklist tasklist = new Tasklist(browser);
    List<String> filters = tasklist.filterNames();
    assertThat(filters).as("donors have no review filter").noneMatch(name -> name.toLowerCase().contains("review"));
    for (String filter : filters) {
      tasklist.openFilter(filter);
      assertThat(tasklist.taskNames()).as("donors have nothing to approve in \"%s\"", filter)
          .noneMatch(name -> name.contains(": review ") || name.contains("dialog session"));
      browser.step("filter-" + filter);
    }
  }
}
