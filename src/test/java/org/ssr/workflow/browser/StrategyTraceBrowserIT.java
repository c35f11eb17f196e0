package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.ssr.workflow.monitoring.Traceability;
import org.ssr.workflow.monitoring.TraceabilityService;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeProcess.Variables;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Issue 15 in the real Tasklist: the coordinator drafting the transformation strategy links an action to a gap of
 * the gap analysis and a priority of the National Security Policy through the taglists of the action (form-js reads
 * their valuesKey options, prepared on create, inside the dynamic list), tags it accountability, and completes; the
 * action is stored with its citations and traces back to the agreement the priority rests on.
 */
@SsrApplicationTest
class StrategyTraceBrowserIT {

  private static final String CODE = "SSR-BROWSER-TRACE";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired TraceabilityService traceability;

  @Test
  void coordinatorLinksAnActionToAGapAndAPriorityThroughSelects() {
    Map<String, Object> variables = new HashMap<>(Programmes.startForm(CODE));
    Variables.INSTITUTIONS.putIn(variables, List.of("police", "justice"));
    Variables.DONORS.putIn(variables, List.of("European Union"));
    Variables.TRANSFORMATION_ON_HOLD.putIn(variables, false);
    Variables.applyStep(10).putIn(variables, true);
    Variables.AGREEMENT_LEDGER.putIn(variables, List.of(
        Map.of("id", "AG-1", "text", "The police answer to civilians", "status", "agreed")));
    Variables.PRIORITIES.putIn(variables, List.of(
        Map.of("id", "P-1", "text", "Civilian oversight of the police", "agreementIds", List.of("AG-1"),
            "threatIds", List.of()),
        Map.of("id", "P-2", "text", "Access to justice", "agreementIds", List.of("AG-1"), "threatIds", List.of())));
    Variables.GAPS.putIn(variables, List.of(
        Map.of("id", "G-1", "institution", "police", "text", "No independent complaints body",
            "priorityIds", List.of("P-1")),
        Map.of("id", "G-2", "institution", "justice", "text", "Too few courts", "priorityIds", List.of("P-2"))));
    String programme = runtime.createProcessInstanceByKey(ProgrammeProcess.KEY).businessKey(CODE)
        .setVariables(variables)
        .startBeforeActivity(ProgrammeProcess.Elements.DRAFT_TRANSFORMATION_STRATEGY)
        .execute().getId();
    Task task = tasks.createTaskQuery().processInstanceId(programme)
        .taskDefinitionKey(ProgrammeProcess.Elements.DRAFT_TRANSFORMATION_STRATEGY).singleResult();
    tasks.claim(task.getId(), "coordinator");

    browser.login("tasklist", "coordinator");
    Tasklist tasklist = new Tasklist(browser);
    browser.doing("\"Draft transformation strategy\" as coordinator");
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    CamundaForm form = tasklist.taskForm();
    browser.waitForText("Actions of the strategy");
    form.type("Strategy in brief", "An independent complaints body first.");
    CamundaForm.Item action = form.items().get(0);
    action.type("Action id", "A1").type("Action", "Police complaints commission").select("Institution", "Police")
        .type("Start year", "2027").type("End year", "2028").select("Kind of action", "Accountability");
    browser.step("action-filled");

    // the taglists offer exactly what the gap analysis and the NSP recorded
    WebElement gaps = action.field("Gaps it closes");
    gaps.findElement(By.cssSelector("input.fjs-taglist-input")).click();
    List<String> offered = browser.waitUntil(d -> {
      List<String> shown = gaps.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .map(WebElement::getText).toList();
      return shown.size() == 2 ? shown : null;
    }, "the gaps offered");
    assertThat(offered).containsExactly("G-1 — Police: No independent complaints body",
        "G-2 — Justice system: Too few courts");
    browser.step("gap-options");
    action.tag("Gaps it closes", "G-1").tag("Priorities it serves", "P-1");
    assertThat(CamundaForm.tags(action.field("Gaps it closes"))).containsExactly(
        "G-1 — Police: No independent complaints body");
    assertThat(CamundaForm.tags(action.field("Priorities it serves"))).containsExactly(
        "P-1 — Civilian oversight of the police");
    browser.step("action-linked");
    tasklist.complete();
    browser.step("strategy-drafted");

    TransformationAction stored = TransformationStrategyService.stored(
        Variables.TRANSFORMATION_ACTIONS.from(runtime.getVariables(programme)).get()).get(0);
    assertThat(stored.gapIds()).containsExactly("G-1");
    assertThat(stored.priorityIds()).containsExactly("P-1");
    assertThat(stored.kind()).isEqualTo(TransformationAction.ACCOUNTABILITY);
    Traceability trace = traceability.of(ProgrammeCode.of(CODE)).orElseThrow();
    assertThat(trace.actions().get(0).servesPriorityIds()).containsExactly("P-1");
    assertThat(trace.warnings()).extracting(Traceability.Warning::subject).containsExactly("P-2");
    runtime.deleteProcessInstance(programme, "browser test finished", true, true, true, true);
  }
}
