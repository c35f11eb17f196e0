package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.programme.ProgrammeRestDriver.json;
import static org.ssr.workflow.programme.ProgrammeRestDriver.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.implementation.ImplementationRestDriver;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A whole programme through the REST API, as Tasklist drives it: the start form submitted without a business key,
 * list values as Json, files as File variables, each demo user completing only the tasks of their own role. The
 * requests are those of {@link ProgrammeRestDriver}, which the cluster and crash tests share.
 */
@SsrApplicationTest
class ProgrammeEndToEndTest {

  private static final String CODE = "SSR-E2E-01";

  @LocalServerPort
  int port;

  @Test
  void aWholeProgramme_eachRoleCompletingItsOwnTasks() {
    ProgrammeRestDriver programme = ProgrammeRestDriver.withoutJobExecutor(port, CODE);

    // the start form, as Tasklist submits it: no business key, checklists as Json, the code typed in lower case
    Map<String, JsonNode> form = ProgrammeRestDriver.startForm("ssr-e2e-01");
    form.put("programmeName", string("National programme (end to end)"));
    String programmeId = programme.start(form);

    // a second programme with the same code is refused with the reason
    HttpResponse<String> refused = programme.submitStartForm(Map.of(
        "programmeCode", string(CODE), "programmeName", string("Again"), "country", string("Testland"),
        "institutions", json("[\"defence\"]"), "regionsText", string("North")));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Programme code SSR-E2E-01 is already used by another programme");

    // step 1: a session where one segment is missing, then a facilitated session, then consensus
    programme.dialog();
    // step 2: one consultation per region, then the consolidation
    programme.needsAssessment();
    // scoping: step 3 does not apply
    programme.scope();

    // track C: governance and oversight structures, reviewed by the monitor and parliament
    programme.governanceStructures();
    programme.approveReview("monitor");
    programme.approveReview("parliament");

    // track B: steps 4 to 6 and the NSP review
    programme.nationalSecurityPolicy();
    programme.approveReview("parliament");

    // step 7: each agency drafts its framework, its oversight bodies review it
    programme.agencyFrameworks();
    programme.approveReview("parliament");
    programme.approveReview("parliament");
    programme.approveReview("justice");

    // steps 8 and 9
    programme.gapAnalysisAndStrategy();

    // step 10: the donor pledges, the coordination unit fills the template and uploads it, parliament reviews
    programme.donorPledges();
    programme.uploadFinancialPlan();
    programme.confirmFinancialPlanTotals();
    programme.approveReview("parliament");

    // the plan is approved: the summary Cockpit shows, and the programme enters implementation
    assertThat(programmeId).isEqualTo(programme.programmeId());
    assertThat(programme.state()).isEqualTo("ACTIVE");
    assertThat(programme.inImplementation()).isTrue();
    assertThat(programme.historicVariable("programmeSummary")).contains(
        "Security Sector Reform programme SSR-E2E-01", "ready for implementation",
        "Step 3 (Contain short-term threats) did not apply: No short-term threat after the elections",
        "Financial feasibility plan version: 1");

    // in implementation the programme shows its phase, and risks are still reported and handled (step 12)
    java.net.http.HttpResponse<String> status = programme.as("manager").get("/api/programmes/SSR-E2E-01");
    assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    assertThat(status.body()).contains("\"state\":\"IN_IMPLEMENTATION\"", "In implementation");
    programme.reportRisk("monitor", "Training budget cut in the first year of implementation", "financial");
    programme.await("the risk's assessment in implementation",
        () -> !programme.openTasks(org.ssr.workflow.risk.RiskHandlingProcess.Elements.ASSESS).isEmpty());

    // one yearly cycle as the load model's generator drives them (docs/benchmarks.md): the reporting year's timer
    // executed, the police and defence report, the budget execution uploaded, the annual report consolidated and
    // approved by parliament and the monitor
    ImplementationRestDriver implementation = new ImplementationRestDriver(programme, 18L);
    implementation.year();
    assertThat(implementation.cycleYear()).isEqualTo(1);
    HttpResponse<String> afterYear = programme.as("manager").get("/api/programmes/SSR-E2E-01");
    assertThat(afterYear.body()).as(afterYear.body()).contains("\"cycleYear\":1");
  }
}
