package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.risk.RiskHandlingProcess.Elements;

/** The ladder's rules outside the DMN, without an engine. */
class RiskLadderTest {

  private final RiskLadder ladder = new RiskLadder();
  private final Instant now = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void aMissedDeadlineMovesOneLevelUp_criticalStaysCritical() {
    assertThat(RiskLevel.LOW.next()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskLevel.MEDIUM.next()).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.HIGH.next()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(RiskLevel.CRITICAL.next()).isEqualTo(RiskLevel.CRITICAL);
    RiskEvent event = ladder.escalated(RiskLevel.MEDIUM, "mitigation plan", now);
    assertThat(event.level()).isEqualTo("high");
    assertThat(event.previousLevel()).isEqualTo("medium");
    assertThat(event.by()).isEqualTo(RiskEvent.SYSTEM);
  }

  @Test
  void decisionsMoveStatusAndOwner() {
    assertThat(ladder.afterDecision(Elements.DECIDE_HIGH_RISK, "mediate"))
        .isEqualTo(new RiskLadder.Position(RiskStatus.IN_MEDIATION, "facilitators"));
    assertThat(ladder.afterDecision(Elements.DECIDE_HIGH_RISK, "mitigate"))
        .isEqualTo(new RiskLadder.Position(RiskStatus.MONITORED, "coordinationUnit"));
    assertThat(ladder.afterDecision(Elements.DECIDE_HIGH_RISK, "accept").status()).isEqualTo(RiskStatus.ACCEPTED);
    assertThat(ladder.afterDecision(Elements.URGENT_REVIEW, "holdTransformation").status())
        .isEqualTo(RiskStatus.TRACK_ON_HOLD);
    assertThat(ladder.afterDecision(Elements.URGENT_REVIEW, "continueMediation").owner()).isEqualTo("facilitators");
    assertThat(ladder.afterDecision(Elements.URGENT_REVIEW, "endProgramme").status())
        .isEqualTo(RiskStatus.PROGRAMME_ENDED);
    assertThat(ladder.afterDecision(Elements.WRITE_MITIGATION_PLAN, null).status()).isEqualTo(RiskStatus.MONITORED);
    assertThat(ladder.afterDecision(Elements.ASSESS, null).status()).isEqualTo(RiskStatus.REPORTED);
  }

  @Test
  void logRoundTripsThroughJson() {
    String json = RiskLog.append(null, ladder.rated(null, RiskLevel.HIGH, 3, 4, "humanRights", "coordinator", now));
    json = RiskLog.append(json, ladder.chased(RiskLevel.CRITICAL, 2, now));

    List<RiskEvent> events = RiskLog.parse(json);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).text()).isEqualTo("Likelihood 3 × impact 4 = 12, category Human rights");
    assertThat(events.get(0).at()).isEqualTo(now);
    assertThat(events.get(1).step()).isEqualTo("Urgent review overdue, chase 2");
  }

  @Test
  void chaseCycleStartsAtTheDeadline() {
    assertThat(Iso8601.plus(now, "P2D")).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
    assertThat(Iso8601.plus(now, "PT12H")).isEqualTo(Instant.parse("2026-03-02T21:00:00Z"));
    assertThat(Iso8601.plus(now, "P1M")).isAfter(Instant.parse("2026-03-31T00:00:00Z"));
    assertThat(Iso8601.cycleStartingAt(now, "P1D")).startsWith("R/2026-03-").endsWith("/P1D");
  }

  @Test
  void shortTermThreatsAlsoGoToStep3() {
    assertThat(RiskCategory.SHORT_TERM_THREAT.needsRapidContainment()).isTrue();
    assertThat(RiskCategory.POLITICAL.needsRapidContainment()).isFalse();
    assertThat(RiskCategory.labelOf("donorRelated")).isEqualTo("Donor-related");
    assertThat(RiskCategory.labelOf("unknown")).isEqualTo("unknown");
  }
}
