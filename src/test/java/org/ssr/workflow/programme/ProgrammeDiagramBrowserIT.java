package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.browser.BrowserSession;
import org.ssr.workflow.support.SsrApplicationTest;

/** Cockpit draws ssr-programme.bpmn: lanes, subprocesses and a running programme's token. */
@SsrApplicationTest
class ProgrammeDiagramBrowserIT {

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @Test
  void cockpitDrawsTheProgrammeModel() {
    runtime.startProcessInstanceByKey(ProgrammeProcess.KEY, Variables.createVariables()
        .putValue("programmeCode", "SSR-DIAGRAM").putValue("programmeName", "Diagram check")
        .putValue("country", "Testland").putValue("institutions", SpinValues.jsonValue("[\"defence\"]").create())
        .putValue("regionsText", "North"));
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ProgrammeProcess.KEY)
        .latestVersion().singleResult().getId();

    browser.login("cockpit", "admin");
    browser.open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    browser.waitVisible(By.cssSelector("[data-element-id='" + ProgrammeProcess.Elements.RECORD_DIALOG_SESSION + "']"));
    browser.settle();
    for (String id : new String[] {"Lane_Facilitators", "Lane_OversightBodies", ProgrammeProcess.Elements.AGENCY_FRAMEWORKS,
        ProgrammeProcess.Elements.FINANCIAL_FEASIBILITY_PLAN, ProgrammeProcess.Elements.RISK_MANAGEMENT,
        "Flow_NspReview_Rejected", ProgrammeProcess.Elements.WAIT_FOR_OVERSIGHT}) {
      assertThat(browser.driver().findElements(By.cssSelector("[data-element-id='" + id + "']"))).as(id).isNotEmpty();
    }
    browser.step("programme-diagram");
  }
}
