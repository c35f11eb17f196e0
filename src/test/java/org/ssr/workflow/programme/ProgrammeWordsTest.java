package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The texts the programme's forms show, written in the programme's language from i18n/programme*.properties and the
 * glossary: segments, consent and ledger lines, the validated framework, the choices of the structures form.
 */
class ProgrammeWordsTest {

  private final ProgrammeWords french = ProgrammeWords.of("fr");
  private final ProgrammeWords portuguese = ProgrammeWords.of("pt");
  private final List<String> required = List.of("youth", "womensGroups");

  @Test
  void consentInFrenchAndPortuguese() {
    ConsentService consent = new ConsentService();
    List<Map<String, Object>> records = consent.newRecords(List.of(Map.of("segment", "youth", "position", "dissent",
        "reason", "Trop lent", "session", "dialog round 1")), required, List.of("dialog round 1"), "coordinator",
        Instant.parse("2026-06-01T09:00:00Z"));
    assertThat(consent.describe(records, required, french)).isEqualTo(
        "- Jeunes : désaccord (Trop lent), séance de dialogue 1, enregistré par coordinator le 1 juin 2026\n"
            + "- Groupes de femmes : **pas encore enregistré**");
    assertThat(consent.describe(records, required, portuguese)).isEqualTo(
        "- Jovens: discordância (Trop lent), sessão de diálogo 1, registado por coordinator em 1 de junho de 2026\n"
            + "- Grupos de mulheres: **ainda não registado**");
  }

  @Test
  void theLedgerInFrench() {
    AgreementLedgerService ledger = new AgreementLedgerService();
    Map<String, Object> row = new HashMap<>();
    row.put("text", "La sécurité sert la population.");
    row.put("objectedBy", new ArrayList<>(List.of("youth")));
    List<Map<String, Object>> items = ledger.record(List.of(), List.of(row), List.of(),
        new AgreementLedgerService.Session("dialog round 1", "coordinator", Instant.parse("2026-05-04T10:00:00Z")));
    assertThat(ledger.describe(items, french))
        .isEqualTo("- **AG-1** (contesté, séance de dialogue 1) : La sécurité sert la population. — contesté par Jeunes");
    assertThat(ledger.options(items, portuguese)).extracting(o -> o.get("label"))
        .containsExactly("AG-1 (contestado): La sécurité sert la population.");
    assertThat(FrameworkValidation.ledgerText(items, french)).contains("Contesté par : Jeunes", "Séance : séance de dialogue 1");
    assertThat(ledger.describe(List.of(), portuguese)).isEqualTo("Ainda não foi registado nenhum acordo nem desacordo.");
  }

  @Test
  void segmentsInstitutionsAndBodies() {
    assertThat(InclusivenessCheck.missingText(required, french)).isEqualTo("Pas encore entendues : Jeunes, Groupes de femmes.");
    assertThat(InclusivenessCheck.missingText(List.of(), portuguese))
        .isEqualTo("Todos os segmentos da sociedade exigidos foram ouvidos.");
    assertThat(CoordinationStructures.memberOptions(List.of("defence"), List.of("traditionalAuthorities"), french))
        .extracting(o -> o.get("label")).containsExactly("Forces armées (défense)",
            "Commission de la défense et de la sécurité du Parlement", "Contrôle du système judiciaire",
            "Plateforme conjointe de contrôle de la société civile", "Composante : Autorités traditionnelles");
    assertThat(portuguese.term(ProgrammeSetupService.TERM_REFORM)).isEqualTo("Reforma do Sector de Segurança");
    assertThat(ReformContext.POST_CONFLICT.scopingSuggestion(french)).startsWith("Contexte de réforme : sortie de conflit.");
  }

  @Test
  void englishIsWhatItWas() {
    for (Segment segment : Segment.values()) {
      assertThat(ProgrammeWords.ENGLISH.segment(segment.id())).isEqualTo(segment.label());
    }
    for (Institution institution : Institution.values()) {
      assertThat(ProgrammeWords.ENGLISH.institution(institution.id())).isEqualTo(institution.label());
    }
    assertThat(CoordinationStructures.memberOptions(List.of("defence"), List.of("youth")))
        .extracting(o -> o.get("label")).contains("Parliament (defence and security committee)", "Segment: Youth");
  }
}
