package org.ssr.workflow.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.ssr.workflow.programme.ProgrammeProcess;

/** The quarter's summary for the civil-society monitor is written in the programme's language (no engine). */
class SummariseQuarterTest {

  @Test
  void theQuartersSummaryIsWrittenInTheProgrammesLanguage() throws Exception {
    assertThat(summary("fr")).isEqualTo("**North** : 2 rapport(s), dernière réunion le 5 janvier 2027 ; "
        + "1 suite(s) à donner ouverte(s) (1 en retard, la plus ancienne depuis 40 jours), 3 suite(s) donnée(s) ; "
        + "préoccupations relatives aux droits humains par trimestre : 2026-Q4: 1, dont 1 devenue(s) risque(s).\n\n"
        + "**South** : aucun rapport déposé pour l'instant.\n\n");
    assertThat(summary("pt")).startsWith("**North**: 2 relatório(s), última reunião a 5 de janeiro de 2027; ")
        .endsWith("**South**: ainda nenhum relatório entregue.\n\n");
    assertThat(summary("en")).isEqualTo("**North**: 2 report(s), last meeting 2027-01-05; 1 open follow-up(s) "
        + "(1 overdue, oldest 40 days), 3 answered; human-rights concerns by quarter 2026-Q4: 1, 1 made risks.\n\n"
        + "**South**: no report filed yet.\n\n");
  }

  private static String summary(String language) throws Exception {
    LocalReportRepository.RegionFacts north = new LocalReportRepository.RegionFacts("North");
    north.reportsFiled = 2;
    north.lastMeeting = LocalDate.of(2027, 1, 5);
    north.openFollowUps = 1;
    north.overdueFollowUps = 1;
    north.oldestOpenFollowUpDays = 40;
    north.answeredFollowUps = 3;
    north.concernsAsRisks = 1;
    north.concernsByQuarter.put("2026-Q4", 1);
    LocalReportRepository repository = mock(LocalReportRepository.class);
    when(repository.facts(eq("SSR-2026-01"), any(Instant.class))).thenReturn(Map.of("North", north));

    Map<String, Object> variables = new HashMap<>();
    variables.put(LocalPlatformsProcess.Variables.PROGRAMME_CODE.name(), "SSR-2026-01");
    variables.put(LocalPlatformsProcess.Variables.REGIONS.name(), List.of("North", "South"));
    variables.put(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), language);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.getArgument(0, String.class)));
    when(execution.getProcessInstance()).thenReturn(execution);

    new SummariseQuarterDelegate(repository).execute(execution);
    ArgumentCaptor<Object> text = ArgumentCaptor.forClass(Object.class);
    verify(execution).setVariableLocal(eq(LocalPlatformsProcess.Variables.QUARTER_SUMMARY.name()), text.capture());
    return text.getValue().toString();
  }
}
