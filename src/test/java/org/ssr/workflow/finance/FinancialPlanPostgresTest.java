package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.support.EmbeddedPostgresServer;

/** The finance tables and queries on a real PostgreSQL 16 (the H2 tests cover the rest). */
class FinancialPlanPostgresTest {

  @Test
  void versionsLinesAttemptsPledgesAndApprovalOnPostgres() {
    EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
    FinancialPlanService service = new FinancialPlanService(
        PlanFixtures.repository(server.createDatabase("finance"), EmbeddedPostgresServer.user()), PlanLimits.DEFAULTS,
        PlanFixtures.CLOCK);
    service.recordPledges(PlanFixtures.CONTEXT, PlanFixtures.EU, List.of(Map.of("amount", "1000.5", "year", 2027,
        "institution", "police", "agenda", "Border management")), "donor");
    byte[] filled = PlanFixtures.filledTemplate(service.template(PlanFixtures.CONTEXT));
    PlanUpload.Accepted v1 = (PlanUpload.Accepted) service.upload(PlanFixtures.CONTEXT, "plan.xlsx", filled, "c");
    PlanUpload.Refused refused = (PlanUpload.Refused) service.upload(PlanFixtures.CONTEXT, "bad.xlsx", new byte[0], "c");
    assertThat(refused.messages()).hasSize(1);
    PlanUpload.Accepted v2 = (PlanUpload.Accepted) service.upload(PlanFixtures.CONTEXT, "summary.xlsx",
        service.summary(PlanFixtures.CONTEXT, 1).orElseThrow(), "c");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.totals()).isEqualTo(v1.totals());
    assertThat(service.lines(PlanFixtures.CODE, 2)).isEqualTo(service.lines(PlanFixtures.CODE, 1));
    assertThat(service.originalFile(PlanFixtures.CODE, 1).orElseThrow()).isEqualTo(filled);
    assertThat(service.approve(PlanFixtures.CODE, 2, "oversight review")).isTrue();
    assertThat(service.versions(PlanFixtures.CODE)).extracting(PlanVersionInfo::approved).containsExactly(false, true);
    // the monitoring list's one query for the latest plans of many programmes
    assertThat(service.latestViews(List.of(PlanFixtures.CODE, "NO-PLAN"))).containsOnlyKeys(PlanFixtures.CODE)
        .hasEntrySatisfying(PlanFixtures.CODE, view -> assertThat(view.info().version()).isEqualTo(2));
    assertThat(service.refusedAttempts(PlanFixtures.CODE)).singleElement()
        .satisfies(a -> assertThat(a.fileName()).isEqualTo("bad.xlsx"));
    assertThat(service.pledges(PlanFixtures.CODE)).singleElement()
        .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("1000.50"));
  }
}
