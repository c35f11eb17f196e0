package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Issue 13: one whole programme, start to end, only by clicking in Tasklist, each task done by the demo user of its
 * own role: the set-up form with every institution, the dialog with a mediated session, the regional consultations,
 * scoping, all three tracks, every oversight review (the governance structures, the NSP and one agency framework
 * returned and resubmitted, two reviews chased by the programme managers), the transformation strategy and the
 * donor's pledges as dynamic lists, the financial plan filled from the template downloaded through the page, and
 * step 12: risks reported from "Start process", rated, mitigated, escalated, decided by the programme managers,
 * mediated, the transformation track held and resumed, a short-term threat contained, and every risk closed.
 *
 * <p>No task is completed through the API: the engine only runs jobs (as the job executor would) and fires the
 * timers of deadlines that would otherwise pass weeks later. At the end every user task of the four models must have
 * been completed in this programme by a user who claimed it in Tasklist.
 */
@SsrApplicationTest
class WholeProgrammeBrowserIT {

  private static final String CODE = "SSR-WHOLE-01";
  private static final String NAME = "National security sector transformation (whole programme)";

  private static final String RISK_MEDIUM = "Election-year budget cuts";
  private static final String RISK_LADDER = "Regional police chiefs resist civilian oversight";
  private static final String RISK_CRITICAL = "Armed group threatens the dialog in the North";
  private static final String THREAT = "Riots expected after the border market closure";

  private static final List<String> INSTITUTIONS = List.of("Armed forces (defence)", "Police",
      "Intelligence services", "Justice system", "Corrections (prisons)", "Border management");
  private static final String PARLIAMENT = "Parliament (defence and security committee)";
  private static final String JUSTICE = "Justice system oversight";
  private static final String MONITOR = "Independent joint oversight platform (civil society)";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @TempDir Path files;

  private Tasklist tasklist;
  private String loggedIn;

  @Test
  void wholeProgrammeClickedThroughTasklistByEveryRole() throws Exception {
    Instant began = Instant.now();
    tasklist = new Tasklist(browser);

    // ---- set-up and step 1: the coordination unit starts the programme, a facilitator mediates a session
    as("coordinator");
    tasklist.openStartForm("Security Sector Reform programme");
    CamundaForm setup = new CamundaForm(browser);
    setup.type("Programme code", CODE)
        .type("Programme name", NAME)
        .type("Country", "Testland")
        .choose("Term used throughout the programme", "Security Sector Transformation")
        .choose("Reform context", "Post-conflict")
        .choose("Institutions in scope", INSTITUTIONS.toArray(String[]::new))
        .choose("Oversight bodies of: Armed forces (defence)", PARLIAMENT)
        .choose("Oversight bodies of: Police", PARLIAMENT)
        .choose("Oversight bodies of: Intelligence services", PARLIAMENT)
        .choose("Oversight bodies of: Justice system", JUSTICE)
        .choose("Oversight bodies of: Corrections (prisons)", JUSTICE)
        .choose("Oversight bodies of: Border management", MONITOR)
        .type("Regions for the initial needs assessment", "North\nSouth")
        .choose("Segments of society that must be heard", "Youth", "Women's groups", "Religious leaders")
        .type("Donors involved", "European Union");
    browser.step("set-up form");
    tasklist.start();
    ProcessInstance programme = browser.waitUntil(d -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ProgrammeProcess.KEY).processInstanceBusinessKey(CODE).singleResult(),
        "the programme " + CODE + " to run");
    DueJobs.run(engine.getManagementService());

    open("coordinator", "coordination-unit", "Record national dialog session", CODE);
    tasklist.taskForm()
        .date("Date of the session", LocalDate.of(2026, 11, 20))
        .type("Place", "National assembly")
        .type("Facilitator or chair", "Speaker of the national assembly")
        .type("Number of participants", "48")
        .choose("Segments of society present", "Youth", "Women's groups")
        .type("Agreements reached", "Security must serve the people.")
        .type("Disagreements still open", "The place of traditional authorities.")
        .check("Ask the facilitators for a facilitated or mediated session", true);
    complete("dialog session");

    open("facilitator", "facilitation", "Facilitate or mediate a dialog session", CODE);
    CamundaForm mediated = tasklist.taskForm();
    assertThat(mediated.text()).contains("Religious leaders");
    mediated.choose("Kind of session", "Mediated session")
        .date("Date of the session", LocalDate.of(2026, 11, 27))
        .type("Place", "Cathedral hall, North")
        .type("Number of participants", "35")
        .choose("Segments of society present", "Religious leaders")
        .type("Agreements reached", "Religious leaders support civilian control of the security sector.");
    complete("mediated session");

    // ---- step 1 ends, step 2, scoping, and the first work of every track
    open("coordinator", "coordination-unit", "Declare national consensus", CODE);
    CamundaForm consensus = tasklist.taskForm();
    // every required segment's consent, or its dissent with the reason, before consensus
    consensus.items("Consent of the segments").get(0).select("Segment", "Youth").choose("Position", "Consent");
    consensus.addItem("Consent of the segments").select("Segment", "Women's groups").choose("Position", "Consent");
    consensus.addItem("Consent of the segments").select("Segment", "Religious leaders").choose("Position", "Dissent")
        .type("Reason for the dissent", "Traditional justice is left out.");
    consensus.choose("Is there national consensus", "Yes: declare national consensus")
        .type("What the consensus says", "Civilian, accountable security institutions that serve the people.");
    complete("consensus");

    for (String region : List.of("North", "South")) {
      open("coordinator", "coordination-unit", "Hold regional needs consultation", region);
      tasklist.taskForm()
          .type("Number of people consulted", "120")
          .choose("Segments of society consulted", "Youth", "Women's groups", "Religious leaders")
          .type("How people want their security sector to develop", "Police stations in every district of the "
              + region + ".")
          .type("Main security concerns raised", "Cattle raids and road banditry.");
      complete("regional consultation " + region);
    }

    open("coordinator", "coordination-unit", "Consolidate initial needs assessment", CODE);
    tasklist.taskForm()
        .type("Nation-wide needs assessment", "Community policing and access to justice first.")
        .type("Priorities that stand out", "Police presence; courts in the regions.");
    complete("needs consolidation");

    open("coordinator", "coordination-unit", "Decide which steps apply", CODE);
    tasklist.taskForm().check("Step 3 applies", true).check("Step 10 applies", true);
    complete("scoping");

    open("coordinator", "coordination-unit", "Contain short-term threats", CODE);
    tasklist.taskForm()
        .type("Short-term threats identified", "Armed robbery on the northern highway.")
        .type("Rapid actions taken to contain them", "Joint patrols of police and army for three months.")
        .type("Who acts", "Police, armed forces");
    complete("short-term threats");

    open("coordinator", "coordination-unit", "Develop governance and oversight structures", CODE);
    upload("governanceCharter", "Oversight charter", "Who oversees which institution, and how.", "charter-v1.pdf");
    complete("governance structures");
    // step 11's charter as data: the form opens with today's rule (parliament, the bodies set-up named)
    open("coordinator", "coordination-unit", "Record the oversight charter", CODE);
    tasklist.taskForm().choose("The financial feasibility plan is reviewed by", PARLIAMENT, JUSTICE);
    complete("oversight charter");

    open("coordinator", "coordination-unit", "Establish structures to manage and coordinate", CODE);
    tasklist.taskForm().items().get(0).type("Structure", "National SSR steering committee")
        .choose("Members", "Police", "Parliament (defence and security committee)", "Segment: Youth")
        .type("Mandate", "Steers planning and implementation; meets monthly.");
    complete("establish structures");

    open("coordinator", "coordination-unit", "Strategic analysis", CODE);
    tasklist.taskForm()
        .type("National vision of society for the future", "A safe country where the law protects everyone.")
        .type("National threat assessment", "Organised crime; cross-border arms trafficking.")
        .items().get(0).type("Threat", "Cross-border arms trafficking");
    complete("strategic analysis");

    open("coordinator", "coordination-unit", "Draft National Security Policy framework", CODE);
    upload("nsp", "National Security Policy 2027", "Civilian control of every security institution.", "nsp-v1.pdf");
    // a priority of action answering the threat of the strategic analysis (the dialog recorded no agreement items)
    tasklist.type(By.id("priorityText0"), "Control the borders under civilian oversight");
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("priorityThreats0")))
        .selectByIndex(0);
    complete("national security policy");
    validate("National Security Policy 2027");

    // ---- the monitor returns the governance structures, and reports risks from "Start process"
    open("monitor", "reviews-civil-society", "Oversight charter", "(version 1)");
    decide("returned", "Name who oversees the intelligence services.");
    reportRisk(RISK_MEDIUM, "Parliament may cut the programme's budget before the elections.", "Political");
    reportRisk(RISK_LADDER, "Two regional commanders refuse to meet the civilian oversight board.", "Capacity");
    reportRisk(RISK_CRITICAL, "An armed group announced attacks on dialog venues.", "Security");
    reportRisk(THREAT, "The closure of the border market may cause riots within days.",
        "Short-term threat (rapid containment now, step 3, and rated as a risk)");

    // ---- the coordination unit rates the risks and contains the threat
    assess(RISK_MEDIUM, 3, 3, "Budget hearings start next month.");
    open("coordinator", "coordination-unit", "Write a mitigation plan", RISK_MEDIUM);
    tasklist.taskForm().type("Mitigation plan", "Brief the budget committee; ask donors for bridge funding.");
    complete("mitigation plan");
    assess(RISK_LADDER, 2, 3, "Resistance is local for now.");
    assess(RISK_CRITICAL, 5, 4, "Credible threat; venues in the North are exposed.");
    open("coordinator", "coordination-unit", "Take rapid containment action", THREAT);
    tasklist.taskForm()
        .type("Rapid actions taken", "Market reopened two days a week; police presence at the crossing.")
        .type("Result so far", "No riots.");
    complete("rapid containment");

    // the mitigation plan of the second risk is not written in time: the ladder raises it to high
    fireTimer(RiskHandlingProcess.Elements.MITIGATION_PLAN_OVERDUE, riskTitled(RISK_LADDER));
    // parliament has not decided on the governance structures by the deadline, nor after the escalation delay
    fireTimer(OversightReviewProcess.Elements.DEADLINE_TIMER, reviewBy(SsrGroups.PARLIAMENT_OVERSIGHT));
    fireTimer(OversightReviewProcess.Elements.ESCALATION_TIMER, reviewBy(SsrGroups.PARLIAMENT_OVERSIGHT));

    // ---- the programme managers chase parliament and decide the escalated risks
    open("manager", "review-chases", "Chase overdue review", CODE);
    tasklist.taskForm().type("What did you do to obtain the decision?", "Called the committee clerk.");
    complete("review chase");
    open("manager", "review-chases", "Escalation: review still overdue", CODE);
    tasklist.taskForm().type("What did you do to obtain the decision?", "Wrote to the committee chair.");
    complete("review escalation");
    open("manager", "risk-escalations", "Decide on the high risk", RISK_LADDER);
    tasklist.taskForm()
        .choose("Decision", "Engage facilitators (mediation)")
        .type("Reasons and measures", "Facilitators meet the commanders and the oversight board.");
    complete("high risk decision");
    open("manager", "risk-escalations", "Review the critical risk urgently", RISK_CRITICAL);
    tasklist.taskForm()
        .choose("Decision", "Hold the transformation track (all open work of steps 4-10 is suspended until resumed)")
        .type("Reasons (recorded", "No policy work until the venues are safe.");
    complete("critical risk: hold the track");
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), RiskHandlingProcess.Variables.TRANSFORMATION_ON_HOLD.name())).isEqualTo(true);
    open("manager", "risk-escalations", "Resume the transformation track", RISK_CRITICAL);
    tasklist.taskForm().type("Why the track can resume", "The armed group signed a ceasefire.");
    complete("resume the track");
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), RiskHandlingProcess.Variables.TRANSFORMATION_ON_HOLD.name())).isEqualTo(false);

    open("facilitator", "facilitation", "Mediate between the parties", RISK_LADDER);
    tasklist.taskForm().type("Mediation report", "The commanders accept quarterly hearings before the board.");
    complete("risk mediation");

    // ---- governance structures: parliament approves version 1, the coordination unit revises, both approve
    open("parliament", "reviews-parliament", "Oversight charter", "(version 1)");
    decide("approved", null);
    open("coordinator", "coordination-unit", "Revise governance and oversight structures", CODE);
    upload("governanceCharter", "Oversight charter", "Now names who oversees the intelligence services.",
        "charter-v2.pdf");
    complete("revised governance structures");
    open("coordinator", "coordination-unit", "Record the oversight charter", CODE);
    // the form opens with the charter in force: the coordinator keeps it as it is and completes at once (Complete is
    // enabled on a prefilled form without a change, app/tasklist/ssr/dynamic-list-validity.js)
    tasklist.taskForm();
    complete("oversight charter, version 2");
    open("monitor", "reviews-civil-society", "Oversight charter", "(version 2)");
    decide("approved", null);
    open("parliament", "reviews-parliament", "Oversight charter", "(version 2)");
    decide("approved", null);

    // ---- after step 11 the charter can be amended: the coordination unit requests it in Tasklist (the change
    // request every party uses, issue 15) and records the charter again, here keeping the one in force
    as("coordinator");
    tasklist.openStartForm("Request a change to a programme");
    new CamundaForm(browser)
        .type("Programme code", CODE)
        .choose("What to change", "Amend the oversight charter (which bodies review what) — after step 11")
        .type("Reason", "The new intelligence oversight committee asks to be heard on the frameworks.");
    browser.step("charter amendment requested");
    tasklist.start();
    DueJobs.run(engine.getManagementService());
    open("coordinator", "coordination-unit", "Amend the oversight charter", CODE);
    tasklist.taskForm();
    complete("oversight charter amended, kept as in force");

    // ---- oversight is in place: parliament returns the NSP, then approves its revision
    open("parliament", "reviews-parliament", "National Security Policy 2027", "(version 1)");
    assertThat(Files.readString(browser.download(By.id("reviewDocumentDownload"), "nsp-v1.pdf")))
        .isEqualTo("nsp-v1.pdf, uploaded in Tasklist");
    decide("returned", "Add a human-rights clause.");
    open("coordinator", "coordination-unit", "Revise National Security Policy framework", CODE);
    upload("nsp", "National Security Policy 2027", "With a human-rights clause.", "nsp-v2.pdf");
    complete("revised national security policy");
    validate("National Security Policy 2027");
    open("parliament", "reviews-parliament", "National Security Policy 2027", "(version 2)");
    decide("approved", null);

    // ---- step 7: every institution drafts its framework, its oversight bodies review it
    List<String> agencies = List.of(SsrGroups.AGENCY_DEFENCE, SsrGroups.AGENCY_POLICE, SsrGroups.AGENCY_INTELLIGENCE,
        SsrGroups.AGENCY_JUSTICE, SsrGroups.AGENCY_CORRECTIONS, SsrGroups.AGENCY_BORDER);
    for (int i = 0; i < agencies.size(); i++) {
      open(demoUser(agencies.get(i)), "agency-frameworks", "Draft institutional policy framework", CODE);
      upload("agencyFramework", framework(i), "Mandate, civilian control, budget.", "framework-" + i + "-v1.pdf");
      complete("agency framework " + INSTITUTIONS.get(i));
      validate(framework(i));
    }
    open("parliament", "reviews-parliament", framework(0), "(version 1)");
    decide("approved", null);
    open("parliament", "reviews-parliament", framework(1), "(version 1)");
    decide("returned", "Add the complaints procedure.");
    open("parliament", "reviews-parliament", framework(2), "(version 1)");
    decide("approved", null);
    open("justice", "reviews-justice", framework(3), "(version 1)");
    decide("approved", null);
    open("justice", "reviews-justice", framework(4), "(version 1)");
    decide("approved", null);
    open("monitor", "reviews-civil-society", framework(5), "(version 1)");
    decide("approved", null);
    open(demoUser(SsrGroups.AGENCY_POLICE), "agency-frameworks", "Revise institutional policy framework", CODE);
    upload("agencyFramework", framework(1), "With the complaints procedure.", "framework-1-v2.pdf");
    complete("revised police framework");
    validate(framework(1));
    open("parliament", "reviews-parliament", framework(1), "(version 2)");
    decide("approved", null);

    // ---- steps 8 and 9
    open("coordinator", "coordination-unit", "Gap analysis", CODE);
    tasklist.taskForm()
        .type("Present institutional capacity", "Few trained investigators; no prison inspectorate.")
        .type("Stated tasks", "Community policing; independent inspection of prisons.")
        .type("Changes needed", "Training, an inspectorate, border posts.")
        .items().get(0).select("Institution", "Police").type("Gap: the change needed", "Few trained investigators")
        .tag("Priorities of the National Security Policy it concerns", "P-1");
    complete("gap analysis");
    open("coordinator", "coordination-unit", "Draft transformation strategy", CODE);
    CamundaForm strategy = tasklist.taskForm();
    strategy.type("Strategy in brief", "Police first, then justice and borders.");
    strategy.items().get(0).type("Action id", "A-1").type("Action", "Community policing pilots")
        .select("Institution", "Police").type("Start year", "2027").type("End year", "2028")
        .select("Kind of action", "Capability").tag("Gaps it closes", "G-1");
    strategy.addItem().type("Action id", "A-2").type("Action", "Prison inspectorate")
        .select("Institution", "Corrections (prisons)").type("Start year", "2027").type("End year", "2027")
        .select("Kind of action", "Accountability").tag("Priorities it serves", "P-1");
    strategy.addItem().type("Action id", "A-3").type("Action", "Border posts in the North")
        .select("Institution", "Border management").type("Start year", "2028").type("End year", "2028")
        .select("Kind of action", "Capability");
    complete("transformation strategy");

    // ---- step 10: the donor pledges, the coordination unit fills the template and uploads it, parliament approves
    open("donor", "donor-pledges", "Record donor pledges", CODE);
    CamundaForm pledges = tasklist.taskForm();
    pledges.items().get(0).type("Amount", "40000").type("Year", "2027").enter("Action", "A-1")
        .enter("Institution", "Police").type("Conditions", "Quarterly reports.")
        .type("Stated interests / agenda", "Community policing.");
    pledges.addItem().type("Amount", "15000").type("Year", "2028").enter("Action", "A-3")
        .enter("Institution", "Border management").type("Stated interests / agenda", "Migration management.");
    complete("donor pledges");

    open("coordinator", "coordination-unit", "Upload financial feasibility plan", CODE);
    byte[] template = Files.readAllBytes(browser.download(By.id("financialPlanTemplateDownload"), "-" + CODE + ".xlsx"));
    Path plan = Files.write(files.resolve("financial-plan-" + CODE + ".xlsx"), filledPlan(template));
    browser.driver().findElement(By.id("financialPlanFile")).sendKeys(plan.toString());
    complete("financial plan upload");
    open("coordinator", "coordination-unit", "Review financial plan totals", CODE);
    CamundaForm totals = tasklist.taskForm();
    assertThat(totals.text()).contains("Per year").contains("2027").contains("2028");
    totals.check("I have checked the totals", true).type("Remarks for the oversight bodies", "Border posts unfunded.");
    complete("financial plan totals");

    // ---- step 12 closes: every risk comes back at its review date and is closed
    for (String risk : List.of(RISK_MEDIUM, RISK_LADDER, RISK_CRITICAL)) {
      fireTimer(RiskHandlingProcess.Elements.REVIEW_DATE, riskTitled(risk));
      assessResolved(risk);
    }
    open("parliament", "reviews-parliament", "Financial feasibility plan", "(version 1)");
    decide("approved", null);
    // the charter of step 11 named justice oversight as a second reviewer of the plan
    open("justice", "reviews-justice", "Financial feasibility plan", "(version 1)");
    decide("approved", null);

    // issue 13, defect 4: a short-term threat is contained and also rated like any other risk
    assessResolved(THREAT);

    // ---- the end of planning: the programme is ready for implementation and waits in its first implementation year
    // (docs/implementation.md), and every user task of planning was done in Tasklist
    HistoricProcessInstance planned = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(programme.getId()).singleResult();
    assertThat(planned.getState()).as("the programme runs on into implementation").isEqualTo("ACTIVE");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(programme.getId())
        .activityId(ProgrammeProcess.Elements.END_READY).finished().count())
        .as("the programme passed 'ready for implementation'").isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
        .processDefinitionKey(ImplementationProcess.KEY).count())
        .as("the implementation phase has begun").isEqualTo(1);
    assertEveryUserTaskDoneInTasklist();
    System.out.printf("%s: whole programme clicked through in %s%n", getClass().getSimpleName(),
        Duration.between(began, Instant.now()).withNanos(0));
  }

  // ---------------------------------------------------------------- the roles at work

  /** Logs in to Tasklist as {@code user}, unless already. */
  private void as(String user) {
    if (user.equals(loggedIn)) {
      return;
    }
    if (loggedIn != null) {
      browser.logout();
    }
    browser.login("tasklist", user);
    loggedIn = user;
  }

  /**
   * As {@code user}: opens the role's filter, the task named {@code taskName} whose list entry shows {@code context},
   * claims it, and checks that Tasklist rendered its form without an error.
   */
  private void open(String user, String filterKey, String taskName, String context) {
    as(user);
    browser.doing("\"" + taskName + "\" (" + context + ") as " + user);
    tasklist.openFilter(ProgrammeStartBrowserIT.filterName(filterKey));
    // the list may also hold other programmes' tasks of the same name (the browser tests share one database)
    tasklist.openTaskNamed(taskName, context, CODE);
    tasklist.claim();
    tasklist.waitForFormLoaded();
    tasklist.assertNoErrorNotification("on opening \"" + taskName + "\" as " + user);
  }

  /** Screenshot of the filled form, "Complete", and what the job executor would run next. */
  private void complete(String form) {
    browser.step(form);
    tasklist.complete();
    DueJobs.run(engine.getManagementService());
  }

  /** An embedded upload form (NSP, governance charter, agency framework): title, summary and the document. */
  private void upload(String prefix, String title, String summary, String fileName) throws IOException {
    String titleId = "governanceCharter".equals(prefix) ? "governanceCharterTitle" : prefix + "Title";
    String summaryId = "governanceCharter".equals(prefix) ? "governanceCharterSummary" : prefix + "Summary";
    String fileId = switch (prefix) {
      case "governanceCharter" -> "governanceCharter";
      case "nsp" -> "nspDocument";
      default -> "agencyFrameworkDocument";
    };
    tasklist.type(By.id(titleId), title);
    tasklist.type(By.id(summaryId), summary);
    Path document = Files.writeString(files.resolve(fileName), fileName + ", uploaded in Tasklist",
        StandardCharsets.UTF_8);
    browser.driver().findElement(By.id(fileId)).sendKeys(document.toString());
  }

  /** The civil-society monitor confirms that a framework reflects the dialog's agreements (issue 15). */
  private void validate(String document) {
    open("monitor", "dialog-validations", "Validate that the framework reflects the national dialog's agreements",
        CODE);
    CamundaForm form = tasklist.taskForm();
    browser.waitForText(document);
    form.choose("Does the framework reflect", "Confirmed: it reflects the agreements; send it to the oversight bodies");
    complete("validation of " + document);
  }

  /** The oversight review form: the body decides, with reasons unless approving. */
  private void decide(String decision, String reasons) {
    browser.waitVisible(By.id("decision" + Character.toUpperCase(decision.charAt(0)) + decision.substring(1))).click();
    if (reasons != null) {
      tasklist.type(By.id("reasons"), reasons);
    }
    complete("review " + decision);
  }

  /** The civil-society monitor reports a risk from "Start process". */
  private void reportRisk(String title, String description, String category) {
    as("monitor");
    tasklist.openStartForm("Report a risk (step 12)");
    new CamundaForm(browser)
        .type("Programme code", CODE)
        .type("Title", title)
        .type("Description", description)
        .select("Category", category);
    browser.step("risk report " + title);
    tasklist.start();
    DueJobs.run(engine.getManagementService());
  }

  private void assess(String risk, int likelihood, int impact, String note) {
    open("coordinator", "coordination-unit", "Assess likelihood and impact", risk);
    CamundaForm assessment = tasklist.taskForm();
    assertThat(assessment.text()).contains(risk);
    assessment.type("Likelihood (1-5)", String.valueOf(likelihood))
        .type("Impact (1-5)", String.valueOf(impact))
        .type("Assessment note", note);
    complete("risk assessment " + risk);
  }

  private void assessResolved(String risk) {
    open("coordinator", "coordination-unit", "Assess likelihood and impact", risk);
    tasklist.taskForm()
        .type("Likelihood (1-5)", "1")
        .type("Impact (1-5)", "1")
        .type("Assessment note", "The problem has passed.")
        .check("The problem has passed", true);
    complete("risk closed " + risk);
  }

  private static String framework(int institution) {
    return "Policy framework 2027 of the " + INSTITUTIONS.get(institution);
  }

  /** The demo user who works for a group (the README's table). */
  static String demoUser(String group) {
    return DemoUsers.ALL.stream().filter(u -> u.groupId().equals(group)).map(DemoUsers.DemoUser::id).findFirst()
        .orElseThrow(() -> new AssertionError("no demo user works for the group " + group
            + ": its tasks would wait for nobody"));
  }

  // ---------------------------------------------------------------- time passes

  /** Fires the one timer {@code activityId} of this programme (or a process it called) that {@code which} picks. */
  private void fireTimer(String activityId, Predicate<Job> which) {
    Set<String> instances = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(CODE)
        .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    List<Job> timers = engine.getManagementService().createJobQuery().timers().activityId(activityId).list().stream()
        .filter(job -> instances.contains(job.getProcessInstanceId())).filter(which).toList();
    assertThat(timers).as("timer %s of %s", activityId, CODE).hasSize(1);
    engine.getManagementService().executeJob(timers.get(0).getId());
    DueJobs.run(engine.getManagementService());
  }

  private Predicate<Job> riskTitled(String title) {
    return job -> title.equals(engine.getRuntimeService().getVariable(job.getProcessInstanceId(),
        RiskHandlingProcess.Variables.RISK_TITLE.name()));
  }

  private Predicate<Job> reviewBy(String group) {
    return job -> group.equals(engine.getRuntimeService().getVariable(job.getExecutionId(),
        OversightReviewProcess.Variables.REVIEW_GROUP.name()));
  }

  // ---------------------------------------------------------------- the plan and the end

  /** The downloaded template as a finance officer fills it: category and amounts; lines without a source: budget. */
  private static byte[] filledPlan(byte[] template) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet plan = workbook.getSheet(PlanFormat.PLAN_SHEET);
      assertThat(plan.getLastRowNum()).as("the template lists the strategy's actions").isGreaterThanOrEqualTo(3);
      for (int r = 1; r <= plan.getLastRowNum(); r++) {
        Row row = plan.getRow(r);
        if (row == null) {
          continue;
        }
        row.createCell(PlanFormat.Column.COST_CATEGORY.templateIndex()).setCellValue(PlanFormat.COST_CATEGORIES.get(0));
        row.createCell(PlanFormat.Column.REQUIRED_AMOUNT.templateIndex()).setCellValue(30_000.0 * r);
        Cell source = row.getCell(PlanFormat.Column.FUNDING_SOURCE.templateIndex());
        if (source == null || source.getCellType() != CellType.STRING || source.getStringCellValue().isBlank()) {
          row.createCell(PlanFormat.Column.FUNDING_SOURCE.templateIndex()).setCellValue(PlanFormat.NATIONAL_BUDGET);
          row.createCell(PlanFormat.Column.AVAILABLE_AMOUNT.templateIndex()).setCellValue(20_000.0 * r);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every user task of the four models was completed in this programme, each by a user who had claimed it. */
  private void assertEveryUserTaskDoneInTasklist() {
    Set<String> modelled = new TreeSet<>();
    for (String key : List.of(ProgrammeProcess.KEY, OversightReviewProcess.KEY, RiskHandlingProcess.KEY,
        "risk-report")) {
      String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult().getId();
      engine.getRepositoryService().getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class)
          .forEach(task -> modelled.add(task.getId()));
    }
    List<HistoricTaskInstance> tasks = engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(CODE).list();
    assertThat(tasks).as("no task of %s is left open", CODE).allMatch(task -> task.getEndTime() != null);
    // the one task the model itself cancels: the ladder risk's mitigation plan, overdue when its timer fired above
    List<HistoricTaskInstance> cancelled = tasks.stream().filter(task -> !"completed".equals(task.getDeleteReason()))
        .toList();
    assertThat(cancelled).as("tasks not completed: only the mitigation plan whose deadline passed")
        .extracting(HistoricTaskInstance::getTaskDefinitionKey, HistoricTaskInstance::getDeleteReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("UserTask_WriteMitigationPlan", "deleted"));
    assertThat(tasks).as("every completed task was claimed in Tasklist by the one who completed it")
        .filteredOn(task -> "completed".equals(task.getDeleteReason()))
        .allMatch(task -> task.getAssignee() != null);
    Set<String> done = tasks.stream().map(HistoricTaskInstance::getTaskDefinitionKey)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(done).as("every user task of the models was done").containsAll(modelled);
  }
}
