package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subjects the models give the oversight reviews, in the programme's language; English as the models wrote. */
class ReviewSubjectsTest {

  private final ReviewSubjects subjects = new ReviewSubjects();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|Governance and oversight structures: Charter|National Security Policy framework: NSP 2027"
          + "|Policy framework of Police service: Police policy|Annual implementation report 2026 of Programme X"
          + "|Final evaluation of Programme X|Amendment of Programme X: baseline 3"
          + "|Financial feasibility plan of Programme X",
      "fr|Structures de gouvernance et de contrôle : Charter|Cadre de la politique de sécurité nationale : NSP 2027"
          + "|Cadre politique de Police : Police policy|Rapport annuel de mise en œuvre 2026 de Programme X"
          + "|Évaluation finale de Programme X|Modification de Programme X : version de référence 3"
          + "|Plan de faisabilité financière de Programme X",
      "pt|Estruturas de governação e supervisão: Charter|Quadro da Política de Segurança Nacional: NSP 2027"
          + "|Quadro político de Polícia: Police policy|Relatório anual de execução 2026 de Programme X"
          + "|Avaliação final de Programme X|Alteração de Programme X: versão de referência 3"
          + "|Plano de viabilidade financeira de Programme X"})
  void eachSubjectInTheProgrammesLanguage(String language, String governance, String nsp, String framework,
      String annual, String evaluation, String amendment, String plan) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name())).thenReturn(language);

    assertThat(subjects.governanceStructures(execution, "Charter")).isEqualTo(governance);
    assertThat(subjects.nsp(execution, "NSP 2027")).isEqualTo(nsp);
    // English keeps the name the set-up wrote; other languages name the institution in the glossary's words
    assertThat(subjects.agencyFramework(execution, "police", "Police service", "Police policy")).isEqualTo(framework);
    // years and versions as the engine wrote them into the English text: no grouping (not « 2 026 »)
    assertThat(subjects.annualReport(execution, 2026, "Programme X")).isEqualTo(annual);
    assertThat(subjects.finalEvaluation(execution, "Programme X")).isEqualTo(evaluation);
    assertThat(subjects.amendment(execution, "Programme X", 3L)).isEqualTo(amendment);
    assertThat(subjects.financialPlan(execution, "Programme X")).isEqualTo(plan);
  }
}
