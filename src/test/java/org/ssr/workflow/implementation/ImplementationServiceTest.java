package org.ssr.workflow.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;
import org.ssr.workflow.risk.RiskRegisterEntry;

/** The rules of the implementation phase, without an engine. */
class ImplementationServiceTest {

  private final ImplementationService service = new ImplementationService();
  private final TransformationAction police = new TransformationAction("A1", "Train police", "police", 2027, 2028);
  private final TransformationAction defence = new TransformationAction("A2", "Defence review", "defence", 2027, 2027,
      "justice", List.of(), List.of());

  @Test
  void theOwnersOfOpenActionsReport_untilEveryActionIsDone() {
    List<TransformationAction> actions = List.of(police, defence);
    assertThat(service.reportingInstitutions(actions, List.of())).containsExactly("police", "justice");
    assertThat(service.allActionsDone(actions, List.of())).isFalse();

    List<ActionReport> reports = List.of(report("A1", ActionStatus.DONE), report("A2", ActionStatus.BLOCKED));
    assertThat(service.reportingInstitutions(actions, reports)).containsExactly("justice");
    assertThat(service.allActionsDone(actions, reports)).isFalse();
    assertThat(service.allActionsDone(actions, List.of(report("A1", ActionStatus.DONE), report("A2",
        ActionStatus.BLOCKED), report("A2", ActionStatus.DONE)))).as("the latest status counts").isTrue();
    assertThat(service.allActionsDone(List.of(), List.of())).as("no actions: nothing to close on").isFalse();
  }

  @Test
  void durationsAreIso8601_dateBasedOrTimeBased() {
    Instant start = LocalDate.of(2027, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    assertThat(ImplementationService.plus(start, "P1Y"))
        .isEqualTo(LocalDate.of(2028, 3, 1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    assertThat(ImplementationService.plus(start, "P30D"))
        .isEqualTo(LocalDate.of(2027, 3, 31).atStartOfDay(ZoneId.systemDefault()).toInstant());
    assertThatThrownBy(() -> ImplementationService.plus(start, "yearly")).hasMessageContaining("e.g. P1Y");
  }

  @Test
  void progressToTarget_isTheShareOfTheWayFromBaselineToTarget() {
    assertThat(ImplementationWorkbooks.progress(BigDecimal.ZERO, BigDecimal.valueOf(800), BigDecimal.valueOf(420)))
        .isEqualByComparingTo("52.5");
    assertThat(ImplementationWorkbooks.progress(BigDecimal.valueOf(40), BigDecimal.valueOf(20),
        BigDecimal.valueOf(30))).as("a falling indicator").isEqualByComparingTo("50");
    assertThat(ImplementationWorkbooks.progress(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)).isNull();
  }

  @Test
  void theAmendmentFormStartsFromTheBaseline_andReadsBackTheSame() {
    List<Map<String, Object>> rows = service.amendmentRows(List.of(police, defence));
    assertThat(rows.get(1)).containsEntry("ownerInstitution", "justice").containsEntry("indicatorsText", "");
    assertThat(service.amendedActions(rows, List.of("police", "defence", "justice"), "Re-plan"))
        .containsExactly(police, defence);
    assertThatThrownBy(() -> service.amendedActions(rows, List.of("police", "defence", "justice"), " "))
        .hasMessage("Say why the strategy is amended.");
  }

  private static ActionReport report(String action, ActionStatus status) {
    return new ActionReport(1, 2028, "police", action, action, status, Map.of(), List.of(), "n", "u", "t");
  }

  @Test
  void theAnnualReportListsTheRisksStillOpen() throws Exception {
    RiskRegisterEntry open = new RiskRegisterEntry("R-3", "SSR-IMP", "Militia recruits in the north", "", "security",
        "Security", "monitor", Instant.parse("2028-02-03T10:00:00Z"), 4, 4, "high", "MITIGATION",
        "mitigation under way", "coordinationUnit", true, null, null, "pi-3", List.of(), List.of());
    byte[] workbook = new ImplementationWorkbooks().annualReport(
        new ImplementationWorkbooks.Programme("SSR-IMP", "Test programme", "Security Sector Reform"), 1, 2028, 1,
        List.of(police), List.of(report("A1", ActionStatus.ON_TRACK)), "A year", "None", List.of(), List.of(open));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet risks = book.getSheet("Open risks");
      assertThat(risks.getRow(1).getCell(0).getStringCellValue()).isEqualTo("R-3");
      assertThat(risks.getRow(1).getCell(3).getStringCellValue()).isEqualTo("high");
      assertThat(risks.getRow(1).getCell(6).getStringCellValue()).isEqualTo("2028-02-03");
      assertThat(risks.getLastRowNum()).isEqualTo(1);
      Sheet summary = book.getSheet("Annual report");
      boolean counted = false;
      for (Row row : summary) {
        if ("Open risks".equals(row.getCell(0).getStringCellValue())) {
          counted = row.getCell(1).getNumericCellValue() == 1;
        }
      }
      assertThat(counted).as("the summary counts the open risks").isTrue();
    }
  }

  /**
   * A French programme's annual report and final evaluation are French: sheet names, labels, headers, the action
   * statuses, the glossary's words (term, risk level), the risk's status and category, a date written the French way;
   * the numbers stay numbers.
   */
  @Test
  void aFrenchProgrammesAnnualReportAndFinalEvaluationAreInFrench() throws Exception {
    RiskRegisterEntry open = new RiskRegisterEntry("R-3", "SSR-IMP", "Militia recruits in the north", "", "security",
        "Security", "monitor", Instant.parse("2028-02-03T10:00:00Z"), 4, 4, "high", "MITIGATION_PLAN_DUE",
        "Mitigation plan due", "coordinationUnit", true, null, null, "pi-3", List.of(), List.of());
    List<Map<String, Object>> rates = List.of(
        Map.of("institution", "police", "year", 2028, "planned", "1250000.00", "committed", "900000.00",
            "spent", "625000.00", "executionRate", "0.5"),
        Map.of("institution", "Total", "year", 2028, "planned", "1250000.00", "committed", "900000.00",
            "spent", "625000.00", "executionRate", "0.5"));
    byte[] workbook = new ImplementationWorkbooks().annualReport(
        new ImplementationWorkbooks.Programme("SSR-IMP", "Programme d'essai", "Security Sector Reform"), 1, 2028, 1,
        List.of(police), List.of(report("A1", ActionStatus.ON_TRACK)), "Une année de formation", "Aucune", rates,
        List.of(open), "fr");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      List<String> names = new java.util.ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("Rapport annuel", "Avancement", "Indicateurs", "Jalons",
          "Exécution budgétaire", "Risques ouverts");
      Map<String, Object> summary = new java.util.HashMap<>();
      for (Row row : book.getSheet("Rapport annuel")) {
        if (row.getRowNum() > 0) {
          summary.put(row.getCell(0).getStringCellValue(), row.getCell(1).getCellType()
              == org.apache.poi.ss.usermodel.CellType.NUMERIC ? row.getCell(1).getNumericCellValue()
              : row.getCell(1).getStringCellValue());
        }
      }
      assertThat(summary).containsEntry("Dénomination", "Réforme du secteur de la sécurité")
          .containsEntry("Année rapportée", 2028.0).containsEntry("Actions dans les temps", 1.0)
          .containsEntry("Taux d'exécution budgétaire (%)", 50.0).containsEntry("Risques ouverts", 1.0)
          .containsEntry("Synthèse", "Une année de formation");
      Row progress = book.getSheet("Avancement").getRow(1);
      assertThat(book.getSheet("Avancement").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Statut");
      assertThat(progress.getCell(3).getStringCellValue()).isEqualTo("Dans les temps");
      assertThat(book.getSheet("Indicateurs").getRow(0).getCell(4).getStringCellValue()).isEqualTo("Cible 2028");
      Sheet execution = book.getSheet("Exécution budgétaire");
      assertThat(execution.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Prévu 2028");
      assertThat(execution.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1250000.0);
      assertThat(execution.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Total");
      Row risk = book.getSheet("Risques ouverts").getRow(1);
      assertThat(risk.getCell(2).getStringCellValue()).isEqualTo("Sécurité");
      assertThat(risk.getCell(3).getStringCellValue()).isEqualTo("élevé");
      assertThat(risk.getCell(4).getStringCellValue()).isEqualTo("Plan d'atténuation attendu");
      assertThat(risk.getCell(6).getStringCellValue()).isEqualTo("03/02/2028");
    }

    byte[] evaluation = new ImplementationWorkbooks().finalEvaluation(
        new ImplementationWorkbooks.Programme("SSR-IMP", "Programme d'essai", "Security Sector Reform"),
        "La police rend des comptes", "Commencer tôt", "Rien", List.of(Map.of("version", 1,
            "adoptedAt", "2027-03-01T00:00:00Z", "reason", "Stratégie", "actions", List.of(Map.of("id", "A1")))),
        List.of(police, defence), List.of(report("A1", ActionStatus.DONE)), "fr");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(evaluation))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Évaluation finale");
      assertThat(book.getSheetAt(0).getRow(3).getCell(0).getStringCellValue()).isEqualTo("Enseignements tirés");
      Sheet actions = book.getSheet("Actions");
      assertThat(actions.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Dernier statut");
      assertThat(actions.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Terminée");
      assertThat(actions.getRow(2).getCell(3).getStringCellValue()).isEqualTo("jamais rapportée");
    }

    byte[] amendment = new ImplementationWorkbooks().amendment(
        new ImplementationWorkbooks.Programme("SSR-IMP", "Programme d'essai", "Security Sector Reform"), 1,
        List.of(police), List.of(police, defence), "Replanifier", "pt");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(amendment))) {
      List<String> names = new java.util.ArrayList<>();
      book.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names).containsExactly("Alteração", "Proposta", "Em vigor (v1)");
      assertThat(book.getSheet("Proposta").getRow(0).getCell(3).getStringCellValue()).isEqualTo("Responsável");
    }
  }

  @Test
  void progressForMonitoring_perOwnerInstitutionAndPerIndicator_fromTheLatestReports() {
    TransformationAction measured = new TransformationStrategyService().actions(List.of(Map.of("id", "A1",
        "title", "Community policing training", "institution", "police", "startYear", 2027, "endYear", 2029,
        "indicatorsText", "Officers trained | persons | 0 | 2028=800, 2029=1200")), List.of("police")).get(0);
    Map<String, Object> variables = new java.util.HashMap<>();
    ImplementationProcess.Variables.BASELINE_ACTIONS.putIn(variables, List.of(measured.toMap(), defence.toMap()));
    ImplementationProcess.Variables.CYCLE_YEAR.putIn(variables, 2);
    ImplementationProcess.Variables.REPORTING_YEAR.putIn(variables, 2029);
    ImplementationProcess.Variables.IMPLEMENTATION_STATUS.putIn(variables, "IN_IMPLEMENTATION");
    ImplementationProcess.Variables.IMPLEMENTATION_REPORTS.putIn(variables, List.of(
        new ActionReport(1, 2028, "police", "A1", "Training", ActionStatus.ON_TRACK,
            Map.of("Officers trained", new BigDecimal("420")), List.of(), "", "police", "2028-04-01").toMap(),
        new ActionReport(2, 2029, "police", "A1", "Training", ActionStatus.DELAYED,
            Map.of("Officers trained", new BigDecimal("600")), List.of(), "", "police", "2029-04-01").toMap()));

    ImplementationProgress progress = ImplementationProgress.of(variables);

    assertThat(progress.cycleYear()).isEqualTo(2);
    assertThat(progress.reportingYear()).isEqualTo(2029);
    assertThat(progress.institutions()).extracting(ImplementationProgress.InstitutionProgress::institution,
            ImplementationProgress.InstitutionProgress::byStatus,
            ImplementationProgress.InstitutionProgress::lastReportedYear)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("police", Map.of("delayed", 1), 2029),
            org.assertj.core.groups.Tuple.tuple("justice", Map.of(ImplementationProgress.NOT_REPORTED, 1), null));
    assertThat(progress.indicators()).singleElement().satisfies(indicator -> {
      assertThat(indicator.year()).as("the latest report counts").isEqualTo(2029);
      assertThat(indicator.target()).isEqualByComparingTo("1200");
      assertThat(indicator.value()).isEqualByComparingTo("600");
      assertThat(indicator.progress()).isEqualByComparingTo("50");
    });
  }
}
