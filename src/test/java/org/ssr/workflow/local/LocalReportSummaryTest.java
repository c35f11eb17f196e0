package org.ssr.workflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report the concerns and follow-up forms show, in the programme's language; English as it always was. */
class LocalReportSummaryTest {

  private final LocalReport report = new LocalReport("LR-1", "DEMO", "North", LocalDate.of(2027, 1, 3), "community",
      Instant.parse("2027-01-04T09:00:00Z"), new LocalReport.Participants(20, 3, 2, 5),
      List.of(new LocalReport.Issue("extortion", "high", "police", "Bribes at the checkpoint")),
      List.of("Beatings at the checkpoint"), null,
      List.of(new LocalReport.FollowUpRequest("police", "Close the checkpoint")));

  @Test
  void inFrench() {
    assertThat(RecordLocalReportDelegate.summary(report, "fr")).isEqualTo(
        "**Plateforme locale North**, réunion du 3 janvier 2027 (rapport LR-1, déposé par community)\n\n"
            + "Participants : communauté 20, forces de sécurité 3, administration locale 2, société civile 5.\n\n"
            + "Problèmes soulevés :\n"
            + "- Extorsion, pots-de-vin, barrages illégaux (élevé), Police : Bribes at the checkpoint\n\n"
            + "Préoccupations relatives aux droits humains :\n- Beatings at the checkpoint\n\n"
            + "Suites demandées :\n- Police : Close the checkpoint\n");
  }

  @Test
  void inPortugueseAndInEnglish() {
    assertThat(RecordLocalReportDelegate.summary(report, "pt")).contains(
        "**Plataforma local North**, reunião de 3 de janeiro de 2027",
        "- Extorsão, subornos, postos de controlo ilegais (elevado), Polícia: Bribes at the checkpoint",
        "- Polícia: Close the checkpoint");
    assertThat(RecordLocalReportDelegate.summary(report)).isEqualTo(
        "**Local platform North**, meeting of 2027-01-03 (report LR-1, filed by community)\n\n"
            + "Participants: community 20, security forces 3, local government 2, civil society 5.\n\n"
            + "Issues raised:\n"
            + "- Extortion, bribes, illegal checkpoints (high), Police: Bribes at the checkpoint\n\n"
            + "Human-rights concerns:\n- Beatings at the checkpoint\n\n"
            + "Follow-ups requested:\n- Police: Close the checkpoint\n");
  }
}
