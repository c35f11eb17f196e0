package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.finance.FinancialPlanProcess;
import org.ssr.workflow.finance.FinancialPlanService;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The donor-pledges form in the real Tasklist: inside each pledge, "what it is for" is a select of the strategy's
 * actions and one of the programme's institutions (form-js reads their valuesKey options from the task's variables
 * even inside the dynamic list), and a pledge's action and institution are picked from them.
 */
@SsrApplicationTest
class DonorPledgesBrowserIT {

  private static final String CODE = "SSR-BROWSER-PLEDGES";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FinancialPlanService plans;

  @Test
  void donorPicksTheActionAndInstitutionOfAPledgeFromTheProgrammesListsAndCompletes() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("programmeCode", CODE);
    variables.put("programmeName", "Pledges in Testland");
    variables.put("programmeTerm", "Security Sector Reform");
    ProgrammeProcess.Variables.INSTITUTIONS.putIn(variables, (new ArrayList<>(List.of("defence", "police"))));
    ProgrammeProcess.Variables.DONORS.putIn(variables, (new ArrayList<>(List.of("European Union"))));
    ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS.putIn(variables, (new ArrayList<>(List.of(
        new TransformationAction("A1", "Train police", "police", 2027, 2028).toMap(),
        new TransformationAction("A2", "Defence review", "defence", 2027, 2027).toMap()))));
    String programme = runtime.createProcessInstanceByKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .businessKey(CODE).setVariables(variables)
        .startBeforeActivity(FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES + "#multiInstanceBody")
        .execute().getId();
    Task task = tasks.createTaskQuery().processInstanceId(programme)
        .taskDefinitionKey(FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES).singleResult();
    tasks.claim(task.getId(), "donor");

    browser.login("tasklist", "donor");
    Tasklist tasklist = new Tasklist(browser);
    browser.doing("\"Record donor pledges\" as donor");
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    CamundaForm form = tasklist.taskForm();
    browser.waitForText("Record every pledge of European Union");

    // the action select lists the strategy's actions, the institution select the programme's institutions
    List<WebElement> actions = openSelect(field("Action of the strategy"));
    assertThat(actions).extracting(WebElement::getText)
        .containsExactly("A1 — Train police (Police, 2027–2028)", "A2 — Defence review (Armed forces (defence), 2027)");
    browser.step("pledge-action-options");
    actions.get(1).click();
    List<WebElement> institutions = openSelect(field("Institution"));
    assertThat(institutions).extracting(WebElement::getText)
        .containsExactly("Armed forces (defence)", "Police");
    browser.step("pledge-institution-options");
    institutions.get(0).click();
    // typed as a person types, until each value stays (a row of a dynamic list may render once more)
    form.items().get(0).type("Amount", "250000").type("Year", "2027").type("Conditions", "Annual audit")
        .type("Stated interests / agenda", "Civilian control of the armed forces");
    browser.step("pledge-filled");
    // Complete is enabled although the fields changed sit inside a dynamic list (app/tasklist/ssr/dynamic-list-validity.js)
    tasklist.complete();
    browser.step("pledges-recorded");
    assertThat(plans.pledges(CODE))
        .extracting(DonorPledge::donor, DonorPledge::actionId, DonorPledge::institution, DonorPledge::recordedBy)
        .containsExactly(tuple("European Union", "A2", "defence", "donor"));
    runtime.deleteProcessInstance(programme, "browser test finished", true, true, true, true);
  }

  /**
   * The field whose own label starts with {@code label}: inside the pledges list, {@link CamundaForm#field} would
   * find the list itself (it contains every label).
   */
  private WebElement field(String label) {
    return browser.waitVisible(By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
        + "[./label[starts-with(normalize-space(.), " + CamundaForm.literal(label) + ")]]"));
  }

  /** Opens a form-js select as a user does and waits for its options (the list renders after the click). */
  private List<WebElement> openSelect(WebElement field) {
    WebElement display = field.findElement(By.cssSelector(".fjs-input-group, .fjs-select-display"));
    browser.scrollIntoView(display);
    display.click();
    return browser.waitUntil(d -> {
      List<WebElement> items = field.findElements(By.cssSelector(".fjs-dropdownlist-item"));
      return items.isEmpty() ? null : items;
    }, "the options of the select");
  }
}
