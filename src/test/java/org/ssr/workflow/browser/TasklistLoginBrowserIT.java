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
import org.ssr.workflow.web.InstallationProperties;

/**
 * Scenario 6 and the login of every role: what each demo user sees right after logging in to Tasklist, and that the
 * webapps speak of this installation and of each programme's own term.
 */
@SsrApplicationTest
class TasklistLoginBrowserIT {

  private static final String DONOR_CODE = "SSR-DONOR-01";
  private static final String TERM_CODE = "SST-TERM-01";

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

  @Test
  void everyAppShowsThisInstallationInsteadOfCamunda8() {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      browser.login(app, "admin");
      assertBranded(app);
      assertThat(browser.waitVisible(By.cssSelector("[cam-widget-header] .brand-name")).getText())
          .as("the header of %s", app).contains(InstallationProperties.DEFAULT_NAME);
      assertThat(browser.driver().findElements(By.cssSelector("[cam-widget-header] .brand-logo svg")))
          .as("no Camunda logo in the header of %s", app).allMatch(logo -> !logo.isDisplayed());
      browser.step(app + "-branded");
      browser.logout();
      // the login page, as everyone meets it first
      assertBranded(app);
      browser.step(app + "-login-page");
    }
  }

  /** The banner names the installation (nothing about Camunda 8), and so does the page title. */
  private void assertBranded(String app) {
    By banner = By.cssSelector(".ce-eol-banner");
    browser.waitUntil(d -> d.findElements(banner).stream()
        .anyMatch(b -> b.getText().trim().equals(InstallationProperties.DEFAULT_NAME)),
        "the banner of " + app + " to show the installation's name");
    assertThat(browser.driver().findElements(banner)).as("banners of %s", app)
        .noneMatch(b -> b.getText().contains("Camunda 8") || b.getText().contains("migrate"));
    browser.waitUntil(d -> d.getTitle().startsWith(InstallationProperties.DEFAULT_NAME + " ") ? true : null,
        "the page title of " + app + " to name the installation");
  }

  @Test
  void tasklistListsAProgrammeUnderItsOwnTerm() {
    new Programmes(engine).start(TERM_CODE);

    browser.login("tasklist", "coordinator");
    Tasklist tasklist = new Tasklist(browser);
    tasklist.openFilter("Coordination unit");
    By entry = By.xpath("//*[contains(@class, 'tasks-list')]//li[contains(@class, 'task')]"
        + "[contains(normalize-space(.), '" + TERM_CODE + "')]");
    String shown = browser.waitVisible(entry).getText();
    assertThat(shown).as("the list entry of a transformation programme's task")
        .contains("Security Sector Transformation", "National security sector transformation " + TERM_CODE);
    browser.step("transformation-programme-in-the-list");
  }
}
