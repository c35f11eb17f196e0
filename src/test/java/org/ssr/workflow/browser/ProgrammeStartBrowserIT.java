package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.identity.TasklistFilters;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Scenario 1: the coordination unit starts a programme from Tasklist's "Start process" with the set-up form, then
 * records a dialog session with an agreement in the agreements ledger; the next session's form names the segments of
 * society still unheard and shows the ledger.
 */
@SsrApplicationTest
class ProgrammeStartBrowserIT {

  private static final String CODE = "SSR-BROWSER-01";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @Test
  void coordinatorStartsProgrammeAndRecordsDialogSession() {
    browser.login("tasklist", "coordinator");
    Tasklist tasklist = new Tasklist(browser);
    browser.step("tasklist");

    tasklist.openStartForm("Security Sector Reform programme");
    CamundaForm setup = new CamundaForm(browser);
    setup.type("Programme code", CODE)
        .type("Programme name", "National security sector transformation")
        .type("Country", "Testland")
        .choose("Term used throughout the programme", "Security Sector Transformation")
        .choose("Reform context", "Post-conflict")
        .choose("Institutions in scope", "Police")
        .choose("Oversight bodies of: Police", "Parliament (defence and security committee)")
        .type("Regions for the initial needs assessment", "North\nSouth")
        .choose("Segments of society that must be heard", "Youth", "Women's groups", "Religious leaders")
        .type("Donors involved", "European Union");
    browser.step("start-form-filled");
    tasklist.start();
    browser.step("programme-started");

    ProcessInstance programme = browser.waitUntil(d -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeProcess.KEY).processInstanceBusinessKey(CODE).singleResult(),
        "the programme " + CODE + " to run, its code being the business key");
    assertThat(programme.getBusinessKey()).isEqualTo(CODE);
    DueJobs.run(engine.getManagementService());

    tasklist.openFilter(filterName("coordination-unit"));
    tasklist.openTaskNamed("Record national dialog session", CODE);
    tasklist.claim();
    CamundaForm session = tasklist.taskForm();
    assertThat(session.text()).contains("Not heard yet: Youth, Women's groups, Religious leaders");
    browser.step("dialog-session-form");

    session.date("Date of the session", LocalDate.of(2026, 11, 20))
        .type("Place", "National assembly, conference hall")
        .type("Number of participants", "48")
        .choose("Segments of society present", "Youth")
        .type("Agreements reached", "Security must serve the people; a national dialog continues in the regions.");
    // the agreements ledger: one agreed item, by the segments that agreed
    session.items("New agreements and open disagreements").get(0)
        .type("Agreement or disagreement", "The police answer to civilian oversight.")
        .select("Status", "Agreed")
        .choose("Segments that agreed", "Youth");
    browser.step("dialog-session-filled");
    tasklist.complete();
    DueJobs.run(engine.getManagementService());
    browser.step("dialog-session-completed");

    List<Task> next = new Programmes(engine).openTasks(CODE, ProgrammeProcess.Elements.RECORD_DIALOG_SESSION);
    assertThat(next).as("segments are still missing: another dialog session").hasSize(1);
    List<java.util.Map<String, Object>> ledger = ProgrammeProcess.Variables.AGREEMENT_LEDGER.from(
        engine.getRuntimeService().getVariables(programme.getId())).get();
    assertThat(ledger).as("the agreements ledger after the session").singleElement().satisfies(item -> assertThat(item)
        .containsEntry("id", "AG-1").containsEntry("text", "The police answer to civilian oversight.")
        .containsEntry("status", "agreed").containsEntry("agreedBy", List.of("youth"))
        .containsEntry("session", "dialog round 1").containsEntry("recordedBy", "coordinator"));
    tasklist.openFilter(filterName("coordination-unit"));
    tasklist.openTaskNamed("Record national dialog session", CODE);
    tasklist.claim();
    CamundaForm nextSession = tasklist.taskForm();
    assertThat(nextSession.text()).contains("Not heard yet: Women's groups, Religious leaders")
        .doesNotContain("Not heard yet: Youth")
        .contains("AG-1").contains("(agreed, dialog round 1): The police answer to civilian oversight.");
    browser.step("next-session-shows-missing-segments");
  }

  static String filterName(String key) {
    return TasklistFilters.ALL.stream().filter(f -> f.key().equals(key)).findFirst()
        .orElseThrow(() -> new AssertionError("no Tasklist filter " + key)).name();
  }
}
