package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.local.LocalPlatformGroups;
import org.ssr.workflow.local.LocalPlatformsProcess;
import org.ssr.workflow.local.LocalReportProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Issue 16's path as the people click it in Tasklist: a member of a district's local platform files a local security
 * report through "Start process"; the civil-society monitor turns its human-rights concern into a programme risk;
 * the police answer the platform's follow-up in their own task; the platform reads the answer; when the quarter ends,
 * the civil-society monitor consolidates what the platforms reported; the programme manager sees the region's figures
 * in Cockpit.
 */
@SsrApplicationTest
class LocalPlatformBrowserIT {

  private static final String CODE = "SSR-BROWSER-LOCAL";
  private static final String MEMBER = "northmember";
  private static final String CONCERN = "Two traders beaten at the market checkpoint";
  private static final String REQUEST = "Investigate the checkpoint and tell us the outcome";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  private final List<String> started = new ArrayList<>();
  private ProgrammeRoles roles;
  private String programmeId;

  @BeforeEach
  void programmeWhosePlatformsAreOpen() {
    roles = new ProgrammeRoles(browser, engine, CODE);
    Map<String, Object> variables = new HashMap<>();
    ProgrammeProcess.Variables.PROGRAMME_CODE.putIn(variables, CODE);
    ProgrammeProcess.Variables.PROGRAMME_NAME.putIn(variables, "Local platforms in Testland");
    ProgrammeProcess.Variables.PROGRAMME_TERM.putIn(variables, "Security Sector Reform");
    ProgrammeProcess.Variables.INSTITUTIONS.putIn(variables, List.of("police"));
    ProgrammeProcess.Variables.REGIONS.putIn(variables, List.of("North", "South"));
    ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD.putIn(variables, false);
    ProcessInstance programme = engine.getRuntimeService().createProcessInstanceByKey(ProgrammeProcess.KEY)
        .businessKey(CODE).setVariables(variables)
        .startBeforeActivity(ProgrammeProcess.Elements.CONSOLIDATE_NEEDS_ASSESSMENT).execute();
    started.add(programme.getId());
    programmeId = programme.getId();
    Task consolidation = engine.getTaskService().createTaskQuery().processInstanceId(programme.getId())
        .taskDefinitionKey(ProgrammeProcess.Elements.CONSOLIDATE_NEEDS_ASSESSMENT).singleResult();
    engine.getTaskService().complete(consolidation.getId(), Map.of("needsAssessmentSummary", "Needs of all regions"));
    roles.runDueJobs();
    assertThat(platforms()).as("step 2 opened the programme's local platforms").isNotNull();
    started.add(platforms().getId());
    // a member of region North's platform (the group the programme created for the region)
    User user = engine.getIdentityService().newUser(MEMBER);
    user.setFirstName("Halima");
    user.setLastName("Community");
    user.setPassword(DemoUsers.PASSWORD);
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(MEMBER, LocalPlatformGroups.groupId(CODE, "North"));
    engine.getIdentityService().createMembership(MEMBER, SsrGroups.LOCAL_PLATFORMS);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(CODE).list()) {
      started.add(instance.getId());
    }
    for (String id : started) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(id, "browser test finished", true, true);
      }
    }
    engine.getIdentityService().deleteUser(MEMBER);
  }

  @Test
  void platformFilesAReportItsConcernBecomesARiskThePoliceAnswerAndTheMonitorConsolidatesTheQuarter() {
    // the platform member files the report of a meeting in the district
    roles.as(MEMBER);
    roles.tasklist().openStartForm("Local security report");
    CamundaForm report = new CamundaForm(browser);
    report.type("Programme code", CODE).type("Region of your platform", "North")
        .date("Date of the meeting", LocalDate.now(ZoneOffset.UTC).minusDays(1))
        .type("Community members", "24").type("Local security forces", "3").type("Local government", "2")
        .type("Civil society organisations", "1");
    report.items("Issues raised").get(0).select("Category", "Extortion, bribes, illegal checkpoints")
        .select("Severity", "High").select("Security force concerned", "Police")
        .type("What was raised", "Money demanded at the market checkpoint");
    report.type("Human-rights concerns", CONCERN).type("Agreements reached locally",
        "Monthly joint patrol with the community watch");
    report.items("Follow-ups requested").get(0).select("Agency asked", "Police").type("What the platform asks of it",
        REQUEST);
    browser.step("local-report-filled");
    roles.tasklist().start();
    roles.runDueJobs();
    browser.step("local-report-filed");
    assertThat(jdbc.queryForObject("select count(*) from local_report where programme_code = ? and region = ?",
        Integer.class, CODE, "North")).as("the report is stored for region North").isEqualTo(1);
    String reportInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LocalReportProcess.KEY).processInstanceBusinessKey(CODE).singleResult().getId();

    // the civil-society monitor turns the concern into a risk of the programme
    roles.open("monitor", "local-platforms-monitor", "Decide which concerns become risks: North");
    CamundaForm decision = roles.tasklist().taskForm();
    assertThat(decision.text()).contains(CONCERN);
    decision.choose("Concerns to report as risks", CONCERN)
        .type("Your decision and why", "Violence by a security force against civilians: a risk for the programme");
    roles.complete("concern-to-risk");
    assertThat(jdbc.queryForObject("select count(*) from local_concern c join local_report r on r.id = c.report_id"
        + " where r.programme_code = ? and c.risk_id is not null", Integer.class, CODE))
        .as("the concern keeps the id of the risk it became").isEqualTo(1);

    // the police answer the platform's follow-up in their own task
    roles.open("police", "local-follow-ups", "Answer the local platform of North");
    CamundaForm answer = roles.tasklist().taskForm();
    assertThat(answer.text()).contains(REQUEST);
    answer.type("Your answer to the platform", "Checkpoint removed; two officers suspended pending investigation");
    roles.complete("follow-up-answered");

    // the platform reads the answer
    roles.open(MEMBER, "local-platform", "Answer of Police");
    CamundaForm read = roles.tasklist().taskForm();
    assertThat(read.text()).contains("Checkpoint removed; two officers suspended pending investigation");
    read.type("How will the platform take this back to the community?", "At the next market-day meeting");
    roles.complete("answer-read");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(reportInstance).count())
        .as("the report's follow-up is answered and read: nothing waits in the report any more").isZero();

    // the quarter ends: the civil-society monitor consolidates the platforms' reports
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(92))));
    roles.runDueJobs();
    Task quarter = engine.getTaskService().createTaskQuery().processInstanceId(platforms().getId())
        .taskDefinitionKey(LocalPlatformsProcess.Elements.CONSOLIDATE_QUARTER).singleResult();
    assertThat(quarter).as("the quarter's consolidation task").isNotNull();
    roles.open("monitor", "local-platforms-monitor", "Consolidate the local platforms' quarter");
    CamundaForm consolidation = roles.tasklist().taskForm();
    assertThat(consolidation.text()).contains("North").contains("1 report(s)").contains("1 answered")
        .containsPattern("human-rights concerns by quarter \\d{4}-Q\\d: 1, 1 made risks")
        .contains("South");
    consolidation.type("Trends across the regions", "Extortion at checkpoints in the North; the South is silent")
        .type("What the programme should do about them", "Ask the police for a checkpoint policy; visit the South");
    roles.complete("quarter-consolidated");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(quarter.getId()).finished()
        .singleResult().getAssignee()).isEqualTo("monitor");

    // the programme manager sees the region's platform in Cockpit's Programme tab
    roles.leaveTasklist();
    browser.login("cockpit", "manager");
    browser.open("/camunda/app/cockpit/default/#/process-instance/" + programmeId + "/runtime");
    browser.waitVisible(By.cssSelector(".djs-container"));
    browser.waitClickable(By.xpath("//a[normalize-space(.) = 'Programme']")).click();
    WebElement north = browser.waitVisible(By.cssSelector(".ssr-programme-tab tr.ssr-platform-row[data-region='North']"));
    List<String> cells = north.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    assertThat(cells.subList(0, 2)).as("region, reports filed").containsExactly("North", "1");
    assertThat(cells.get(6)).as("answered follow-ups").isEqualTo("1");
    assertThat(cells.get(8)).as("concerns made risks").isEqualTo("1");
    assertThat(browser.driver().findElement(By.cssSelector(".ssr-programme-tab tr.ssr-platform-row[data-region='South']"))
        .getText()).startsWith("South 0");
    browser.scrollIntoView(north);
    browser.step("cockpit-local-platforms");
  }




  private ProcessInstance platforms() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LocalPlatformsProcess.KEY).processInstanceBusinessKey(CODE).singleResult();
  }

}
