package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Validation by the dialog's parties in the real Tasklist (issue 15): a facilitator finds the NSP's validation in the
 * filter "Validations by the dialog's parties" as an observer, then the civil-society monitor opens it, reads the
 * agreements ledger and the NSP, and confirms that it reflects the dialog's agreements; the NSP goes on towards its
 * oversight review and the decision is in the programme's decision log. The programme is moved to the validation
 * through the Java API.
 */
@SsrApplicationTest
class NspValidationBrowserIT {

  private static final String CODE = "SSR-VALIDATE-01";
  private static final String TASK = "Validate that the framework reflects the national dialog's agreements";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;
  @Autowired DecisionRecord decisionRecord;

  @Test
  void civilSocietyMonitorConfirmsTheNsp_facilitatorsObserve() {
    ProcessInstance programme = new Programmes(engine).start(CODE);
    String id = programme.getId();
    engine.getRuntimeService().setVariable(id, ProgrammeProcess.Variables.AGREEMENT_LEDGER.name(), Programmes.json(
        "[{\"id\":\"AG-1\",\"text\":\"Civilian control of every security institution\",\"status\":\"agreed\","
            + "\"agreedBy\":[\"youth\",\"womensGroups\"],\"objectedBy\":[],\"session\":1}]"));
    engine.getRuntimeService().setVariable(id, ProgrammeProcess.Variables.NSP_TITLE.name(), "National Security Policy");
    engine.getRuntimeService().setVariable(id, ProgrammeProcess.Variables.NSP_VERSION.name(), 1);
    engine.getRuntimeService().setVariable(id, ProgrammeProcess.Variables.NSP_DOCUMENT.name(), Variables
        .fileValue("nsp.txt").file("National Security Policy, draft 1".getBytes(StandardCharsets.UTF_8))
        .mimeType("text/plain").create());
    engine.getRuntimeService().createProcessInstanceModification(id)
        .startBeforeActivity(Elements.VALIDATE_NSP)
        .cancelAllForActivity(Elements.RECORD_DIALOG_SESSION)
        .execute();
    String filter = ProgrammeStartBrowserIT.filterName("dialog-validations");

    browser.login("tasklist", "facilitator");
    Tasklist tasklist = new Tasklist(browser);
    browser.doing("the facilitator observes the validation");
    tasklist.openFilter(filter);
    assertThat(tasklist.taskNames()).contains(TASK);
    browser.step("facilitator-sees-the-validation");
    browser.logout();

    browser.login("tasklist", "monitor");
    browser.doing("the civil-society monitor validates the NSP");
    tasklist.openFilter(filter);
    tasklist.openTaskNamed(TASK, CODE);
    tasklist.claim();
    CamundaForm form = tasklist.taskForm();
    browser.waitForText("National Security Policy framework: National Security Policy, version 1");
    WebElement ledger = form.field("Agreements ledger of the national dialog").findElement(By.cssSelector("textarea"));
    assertThat(ledger.getAttribute("value")).contains("AG-1 (agreed) Civilian control of every security institution",
        "Agreed by: Youth, Women's groups");
    assertThat(form.text()).contains("Download the framework");
    browser.step("validation-form");
    form.choose("Does the framework reflect", "Confirmed: it reflects the agreements; send it to the oversight bodies");
    browser.step("confirmed-chosen");
    tasklist.complete();
    browser.step("nsp-validated");

    assertThat(new Programmes(engine).openTasks(CODE, Elements.VALIDATE_NSP)).isEmpty();
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(id)
        .activityId(Elements.WAIT_FOR_OVERSIGHT).count()).as("validated, the NSP waits for oversight").isEqualTo(1);
    assertThat(decisionRecord.entries(CODE)).anySatisfy(entry -> assertThat(entry.kind() + " " + entry.outcome()
        + " " + entry.actor() + " " + entry.party()).isEqualTo("VALIDATION confirmed monitor civilSocietyMonitor"));
    engine.getRuntimeService().deleteProcessInstance(id, "browser test finished", true, true, true, true);
  }
}
