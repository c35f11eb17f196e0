package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.monitoring.ProgrammeScenario.CODE;
import static org.ssr.workflow.monitoring.ProgrammeScenario.START;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.finance.PlanTotals;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.oversight.DecisionLog;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.ReviewDecisionRecord;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeStep;
import org.ssr.workflow.risk.RiskEvent;
import org.ssr.workflow.risk.RiskLog;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * The exports opened with POI and checked cell by cell against the programme's history: a programme whose
 * governance structures were returned once and then approved, with a risk, a plan and a donor's pledge.
 */
class ProgrammeReportTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  static final Instant PLEDGED = Instant.parse("2026-04-01T10:00:00Z");

  ProcessEngine engine;
  private String deploymentId;
  private ProgrammeScenario scenario;
  private ProgrammeStatusService status;
  private InMemoryDecisionRecord decisionRecord;

  /** The finance service's answers for this programme. */
  private final ProgrammeFinance finance = new ProgrammeFinance() {
    @Override
    public Optional<PlanStatus> latestPlan(String code) {
      return Optional.of(new PlanStatus(2, "coordinator", PLEDGED, true, "parliament", PLEDGED,
          new BigDecimal("1500000.00"), new BigDecimal("1100000.00"), new BigDecimal("400000.00"),
          new BigDecimal("0.4125"),
          List.of(new PlanTotals.Row("2027", new BigDecimal("1500000.00"), new BigDecimal("1100000.00"),
              new BigDecimal("400000.00"))),
          List.of(new PlanTotals.Row("police", new BigDecimal("1500000.00"), new BigDecimal("1100000.00"),
              new BigDecimal("400000.00"))),
          List.of(), List.of()));
    }

    @Override
    public List<DonorPledge> pledges(String code) {
      return List.of(new DonorPledge("European Union", new BigDecimal("500000.00"), 2027, "A1", "police",
          "Human-rights training included", "Migration control on the northern border", "donor", PLEDGED));
    }
  };

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(START));
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        "bpmn-stubs/risk-handling-stub.bpmn");
    ProgrammeScenario.registerBeans();
    decisionRecord = InMemoryDecisionRecord.create();
    OversightReviewTestBeans.register(decisionRecord);
    scenario = new ProgrammeScenario(engine);
    status = new ProgrammeStatusService(engine, finance, decisionRecord.record());
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @Test
  void programmeReport_everySheetMatchesTheHistory() throws IOException {
    runProgramme();
    HistoricProcessInstance programme = ProgrammeDirectory.of(engine).newest(ProgrammeCode.of(CODE)).orElseThrow();
    Instant generated = scenario.now();
    ProgrammeDetails details = status.details(programme);
    Traceability trace = new TraceabilityService(ProgrammeDirectory.of(engine), finance).of(ProgrammeCode.of(CODE))
        .orElseThrow();

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        new ProgrammeReportWriter().programme(details, trace, generated)))) {
      assertThat(sheetNames(book)).containsExactly("Summary", "Steps", "Decision record", "Oversight reviews",
          "Risks", "Risk history", "Financial plan", "Donor pledges", "Local platforms", "Implementation",
          "Indicators", "Traceability");
      book.forEach(sheet -> assertPrintable((XSSFSheet) sheet));

      Sheet summary = book.getSheet(ProgrammeReportWriter.SHEET_SUMMARY);
      assertThat(pairs(summary)).containsEntry("Programme code", CODE)
          .containsEntry("Programme name", "Monitoring test programme")
          .containsEntry("State", "Closed")
          .containsEntry("Started (UTC)", utc(programme.getStartTime().toInstant()))
          .containsEntry("Ended (UTC)", utc(programme.getEndTime().toInstant()))
          .containsEntry("Decisions recorded", 4.0)
          .containsEntry("Decision chain", "intact")
          .containsEntry("Decision chain head (SHA-256)", details.decisions().get(3).hash())
          .containsEntry("Financial plan version", 2.0)
          .containsEntry("Plan: funding gap", 400000.0)
          .containsEntry("Plan: national share", "41.25 %")
          .containsEntry("Report generated on", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
              .format(generated.atZone(ZoneOffset.UTC)));

      // steps: status, dates and justifications as the history has them
      Sheet steps = book.getSheet(ProgrammeReportWriter.SHEET_STEPS);
      assertThat(steps.getLastRowNum()).isEqualTo(12);
      for (ProgrammeStep step : ProgrammeStep.values()) {
        Row row = steps.getRow(step.number());
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(step.number());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(step.title());
      }
      assertStep(steps, 1, "done", START, ended(Elements.DECLARE_CONSENSUS), null);
      assertStep(steps, 2, "done", started(Elements.REGIONAL_CONSULTATION),
          ended(Elements.CONSOLIDATE_NEEDS_ASSESSMENT), null);
      for (int n = 3; n <= 10; n++) {
        assertStep(steps, n, "skipped (does not apply)", null, ended(Elements.RECORD_SCOPE), "Not needed: step " + n);
      }
      assertStep(steps, 11, "done", started(Elements.DEVELOP_GOVERNANCE_STRUCTURES), ended(Elements.OVERSIGHT_IN_PLACE),
          null);
      assertStep(steps, 12, "done", START, programme.getEndTime().toInstant(), null);

      // every oversight decision from the decision record, as each review recorded it, oldest first
      List<ReviewDecisionRecord> recorded = recordedDecisions(programme);
      assertThat(recorded).hasSize(4);
      Sheet decisions = book.getSheet(ProgrammeReportWriter.SHEET_DECISIONS);
      assertThat(decisions.getLastRowNum()).isEqualTo(recorded.size());
      for (int i = 0; i < recorded.size(); i++) {
        ReviewDecisionRecord d = recorded.get(i);
        Row row = decisions.getRow(i + 1);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(i + 1);
        assertThat(row.getCell(1).getLocalDateTimeCellValue()).isEqualTo(utc(Instant.parse(d.decidedAt())));
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("OVERSIGHT_REVIEW");
        assertThat(row.getCell(3).getStringCellValue())
            .isEqualTo(d.kind() + ": " + d.subject() + ", version " + d.version());
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(d.group());
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(d.userId());
        // the decision in the glossary's words ("returned for revision")
        assertThat(row.getCell(6).getStringCellValue())
            .isEqualTo(Messages.of("glossary", "en").text("decision." + d.decision()));
        assertThat(text(row.getCell(7))).isEqualTo(d.reasons() == null ? "" : d.reasons());
        assertThat(row.getCell(8).getStringCellValue()).isEqualTo(details.decisions().get(i).hash());
      }
      assertThat(decisions.getRow(1).getCell(6).getStringCellValue()).isEqualTo("returned for revision");
      assertThat(decisions.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Name the budget committee.");

      Sheet reviews = book.getSheet(ProgrammeReportWriter.SHEET_REVIEWS);
      assertThat(reviews.getLastRowNum()).isEqualTo(2);
      assertThat(reviews.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1);
      assertThat(reviews.getRow(1).getCell(7).getStringCellValue()).isEqualTo("returned for revision");
      assertThat(reviews.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2);
      assertThat(reviews.getRow(2).getCell(7).getStringCellValue()).isEqualTo("approved");
      assertThat(reviews.getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("parliamentOversight, civilSocietyMonitor");

      // the risk and its level history from the risk's own log
      Sheet risks = book.getSheet(ProgrammeReportWriter.SHEET_RISKS);
      assertThat(risks.getLastRowNum()).isEqualTo(1);
      Row risk = risks.getRow(1);
      assertThat(risk.getCell(0).getStringCellValue()).isEqualTo("R-20260302-ABC123");
      assertThat(risk.getCell(1).getStringCellValue()).isEqualTo("Armed group rejects the process");
      assertThat(risk.getCell(5).getStringCellValue()).isEqualTo("medium");
      assertThat(risk.getCell(6).getStringCellValue()).isEqualTo("Closed: resolved");
      assertThat(risk.getCell(8).getStringCellValue()).isEqualTo("no");
      Sheet history = book.getSheet(ProgrammeReportWriter.SHEET_RISK_HISTORY);
      List<RiskEvent> log = riskLog();
      assertThat(history.getLastRowNum()).isEqualTo(log.size());
      for (int i = 0; i < log.size(); i++) {
        Row row = history.getRow(i + 1);
        RiskEvent e = log.get(i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("R-20260302-ABC123");
        assertThat(row.getCell(1).getLocalDateTimeCellValue()).isEqualTo(utc(e.at()));
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(e.type());
        assertThat(text(row.getCell(3))).isEqualTo(e.level() == null ? "" : e.level());
        assertThat(text(row.getCell(4))).isEqualTo(e.previousLevel() == null ? "" : e.previousLevel());
        assertThat(text(row.getCell(5))).isEqualTo(e.step());
        assertThat(text(row.getCell(8))).isEqualTo(e.by());
      }

      Sheet plan = book.getSheet(ProgrammeReportWriter.SHEET_PLAN);
      assertThat(rowValues(plan.getRow(1))).containsExactly("Total", "Version 2", 1500000.0, 1100000.0, 400000.0);
      assertThat(rowValues(plan.getRow(2))).containsExactly("Year", "2027", 1500000.0, 1100000.0, 400000.0);
      assertThat(rowValues(plan.getRow(3))).containsExactly("Institution", "police", 1500000.0, 1100000.0, 400000.0);

      Sheet pledges = book.getSheet(ProgrammeReportWriter.SHEET_PLEDGES);
      assertThat(pledges.getLastRowNum()).isEqualTo(1);
      assertThat(rowValues(pledges.getRow(1))).containsExactly("European Union", 500000.0, 2027.0, "A1", "police",
          "Human-rights training included", "Migration control on the northern border", "donor", utc(PLEDGED));

      // the programme predates priorities: its pledge names none, so it is listed as not aligned
      Sheet traceability = book.getSheet(ProgrammeReportWriter.SHEET_TRACEABILITY);
      List<List<Object>> rows = new java.util.ArrayList<>();
      for (int r = 1; r <= traceability.getLastRowNum(); r++) {
        rows.add(rowValues(traceability.getRow(r)));
      }
      assertThat(rows).contains(List.of("Pledged", "no priority", "European Union 2027", 500000.0));
      assertThat(rows).hasSize(trace.warnings().size() + trace.actions().size() + 2);
    }
  }

  @Test
  void portfolio_oneRowPerProgramme() throws IOException {
    runProgramme();
    ProgrammeStatus p = status.status(ProgrammeDirectory.of(engine).newest(ProgrammeCode.of(CODE)).orElseThrow());

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        new ProgrammeReportWriter().portfolio(List.of(p), scenario.now())))) {
      XSSFSheet sheet = book.getSheet(ProgrammeReportWriter.SHEET_PORTFOLIO);
      assertPrintable(sheet);
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      List<Object> header = rowValues(sheet.getRow(0));
      List<Object> row = rowValues(sheet.getRow(1));
      Map<Object, Object> byColumn = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        byColumn.put(header.get(i), i < row.size() ? row.get(i) : null);
      }
      assertThat(byColumn).containsEntry("Code", CODE).containsEntry("State", "Closed")
          .containsEntry("Steps done", 4.0).containsEntry("Steps skipped", 8.0).containsEntry("Steps active", 0.0)
          .containsEntry("Step 1", "done").containsEntry("Step 4", "skipped (does not apply)")
          .containsEntry("Open reviews", 0.0).containsEntry("Plan version", 2.0).containsEntry("Funding gap", 400000.0)
          .containsEntry("Started (UTC)", utc(p.startedAt())).containsEntry("Ended (UTC)", utc(p.endedAt()));
      // the implementation phase: the stand-in closes at once, before any reporting year or budget execution
      assertThat(byColumn).containsEntry("Phase", "Closed").containsEntry("Implementation year", 0.0)
          .containsEntry("Budget execution rate (%)", null).containsEntry("Execution year", null);
    }
  }

  /**
   * A programme set up in French: its report speaks French (sheet names, headers, labels, the glossary's words,
   * a date and a number written as text the French way); the values are the same as in English.
   */
  @Test
  void frenchProgramme_reportIsInFrench() throws IOException {
    scenario.language = "fr";
    runProgramme();
    HistoricProcessInstance programme = ProgrammeDirectory.of(engine).newest(ProgrammeCode.of(CODE)).orElseThrow();
    String language = new ProgrammeDirectory(engine.getRuntimeService(), engine.getHistoryService())
        .language(programme.getId());
    assertThat(language).isEqualTo("fr");
    ProgrammeDetails details = status.details(programme);
    Instant generated = Instant.parse("2026-12-07T10:00:00Z");

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        new ProgrammeReportWriter().programme(details, null, generated, language)))) {
      assertThat(sheetNames(book)).containsExactly("Synthèse", "Étapes", "Registre des décisions",
          "Examens de contrôle", "Risques", "Historique des risques", "Plan financier", "Promesses des bailleurs",
          "Plateformes locales", "Mise en œuvre", "Indicateurs", "Traçabilité");
      book.forEach(sheet -> assertPrintable((XSSFSheet) sheet));
      Sheet summary = book.getSheet("Synthèse");
      assertThat(rowValues(summary.getRow(0))).containsExactly("Élément", "Valeur");
      assertThat(pairs(summary)).containsEntry("Code du programme", CODE)
          .containsEntry("Dénomination", "Réforme du secteur de la sécurité")
          .containsEntry("État", "Clôturé")
          .containsEntry("Volet de transformation suspendu", "non")
          .containsEntry("Chaîne des décisions", "intacte")
          .containsEntry("Plan : déficit de financement", 400000.0)
          .containsEntry("Plan : part nationale", "41,25 %")
          .containsEntry("Rapport établi le", "7 décembre 2026")
          .containsEntry("Début (UTC)", utc(programme.getStartTime().toInstant()));
      assertThat(((XSSFSheet) summary).getHeader().getCenter())
          .isEqualTo("Programme " + CODE + " - Monitoring test programme - Synthèse");
      assertThat(((XSSFSheet) summary).getFooter().getCenter()).isEqualTo("Page &P sur &N");

      Sheet steps = book.getSheet("Étapes");
      assertThat(rowValues(steps.getRow(0))).startsWith("Étape", "Intitulé", "Statut", "Début (UTC)", "Fin (UTC)");
      assertThat(rowValues(steps.getRow(1))).startsWith(1.0, "Compréhension et volonté politique", "terminée");
      assertThat(rowValues(steps.getRow(4))).startsWith(4.0, "Mettre en place les structures",
          "écartée (sans objet)");
      assertThat(steps.getRow(4).getCell(5).getStringCellValue()).isEqualTo("Not needed: step 4"); // as written

      Sheet decisions = book.getSheet("Registre des décisions");
      assertThat(decisions.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Décision");
      assertThat(decisions.getRow(1).getCell(6).getStringCellValue()).isEqualTo("renvoyé pour révision");
      assertThat(decisions.getRow(2).getCell(6).getStringCellValue()).isEqualTo("approuvé");
      assertThat(decisions.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Name the budget committee.");

      Sheet reviews = book.getSheet("Examens de contrôle");
      assertThat(reviews.getRow(1).getCell(0).getStringCellValue()).isEqualTo("structures de gouvernance et de contrôle");
      Sheet risks = book.getSheet("Risques");
      assertThat(rowValues(risks.getRow(1))).contains("moyen", "Clos : résolu", "non");
      Sheet plan = book.getSheet("Plan financier");
      assertThat(rowValues(plan.getRow(1))).containsExactly("Total", "Version 2", 1500000.0, 1100000.0, 400000.0);
      assertThat(rowValues(plan.getRow(2))).containsExactly("Année", "2027", 1500000.0, 1100000.0, 400000.0);
      assertThat(rowValues(book.getSheet("Traçabilité").getRow(1))).containsExactly("Aucune", null,
          "Pas de traçabilité : le contenu du programme n'a pas pu être lu.");
    }
  }

  @Test
  void portugueseProgramme_reportIsInPortuguese() throws IOException {
    scenario.language = "pt";
    runProgramme();
    HistoricProcessInstance programme = ProgrammeDirectory.of(engine).newest(ProgrammeCode.of(CODE)).orElseThrow();
    String language = ProgrammeDirectory.of(engine).language(programme.getId());
    Instant generated = Instant.parse("2026-12-07T10:00:00Z");

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        new ProgrammeReportWriter().programme(status.details(programme), null, generated, language)))) {
      assertThat(sheetNames(book)).containsExactly("Resumo", "Passos", "Registo de decisões",
          "Análises de supervisão", "Riscos", "Histórico dos riscos", "Plano financeiro", "Promessas dos doadores",
          "Plataformas locais", "Execução", "Indicadores", "Rastreabilidade");
      assertThat(pairs(book.getSheet("Resumo"))).containsEntry("Estado", "Encerrado")
          .containsEntry("Designação", "Reforma do Sector de Segurança")
          .containsEntry("Plano: parte nacional", "41,25 %")
          .containsEntry("Relatório gerado em", "7 de dezembro de 2026");
      assertThat(rowValues(book.getSheet("Passos").getRow(1)))
          .startsWith(1.0, "Compreensão e vontade política", "concluído");
      assertThat(book.getSheet("Registo de decisões").getRow(1).getCell(6).getStringCellValue())
          .isEqualTo("devolvido para revisão");
    }
  }

  @Test
  void portfolio_speaksTheLanguageOfWhoAsksForIt() throws IOException {
    scenario.language = "pt";
    runProgramme();
    ProgrammeStatus p = status.status(ProgrammeDirectory.of(engine).newest(ProgrammeCode.of(CODE)).orElseThrow());
    Instant generated = Instant.parse("2026-12-07T10:00:00Z");

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        new ProgrammeReportWriter().portfolio(List.of(p), generated, "fr")))) {
      XSSFSheet sheet = book.getSheet("Portefeuille");
      assertPrintable(sheet);
      List<Object> header = rowValues(sheet.getRow(0));
      List<Object> row = rowValues(sheet.getRow(1));
      Map<Object, Object> byColumn = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        byColumn.put(header.get(i), i < row.size() ? row.get(i) : null);
      }
      assertThat(byColumn).containsEntry("Code", CODE).containsEntry("État", "Clôturé")
          .containsEntry("Étapes terminées", 4.0).containsEntry("Étape 1", "terminée")
          .containsEntry("Étape 4", "écartée (sans objet)").containsEntry("Risques ouverts (élevé)", 0.0)
          .containsEntry("Version du plan", 2.0).containsEntry("Déficit de financement", 400000.0);
      assertThat(sheet.getHeader().getCenter())
          .isEqualTo("Portefeuille des programmes RSS, 7 décembre 2026 - Portefeuille");
    }
    assertThat(ProgrammeController.preferred("fr-FR,fr;q=0.9,en;q=0.8")).isEqualTo("fr");
    assertThat(ProgrammeController.preferred("pt-PT")).isEqualTo("pt");
    assertThat(ProgrammeController.preferred("de-DE,fr;q=0.5")).isEqualTo("en");
    assertThat(ProgrammeController.preferred(null)).isEqualTo("en");
    assertThat(ProgrammeController.preferred("not a language ;;")).isEqualTo("en");
  }

  // ---------------------------------------------------------------- the programme

  /** Governance returned once, then approved; a medium risk resolved on the way; steps 3 to 10 scoped out. */
  private void runProgramme() {
    scenario.start();
    Map<Integer, String> skipped = new HashMap<>();
    for (int n = 3; n <= 10; n++) {
      skipped.put(n, "Not needed: step " + n);
    }
    scenario.throughScoping(skipped);

    engine.getRuntimeService().createMessageCorrelation(ProgrammeProcess.Messages.RISK_REPORTED)
        .processInstanceBusinessKey(CODE)
        .setVariable("riskId", "R-20260302-ABC123")
        .setVariable("riskTitle", "Armed group rejects the process")
        .setVariable("riskCategory", "political")
        .correlate();
    String risk = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("risk-handling")
        .singleResult().getId();
    Instant reported = scenario.now();
    engine.getRuntimeService().setVariable(risk, "riskLog", RiskLog.write(List.of(
        new RiskEvent(reported, RiskEvent.REPORTED, null, null, "Reported", null, null, "monitor"),
        new RiskEvent(reported.plus(Duration.ofHours(2)), RiskEvent.LEVEL, "low", null, "Rated", null, "2 x 2",
            "coordinator"),
        new RiskEvent(reported.plus(Duration.ofDays(15)), RiskEvent.LEVEL, "medium", "low",
            "Deadline missed: review", null, null, RiskEvent.SYSTEM))));
    engine.getRuntimeService().setVariable(risk, "riskLevel", "medium");
    engine.getRuntimeService().setVariable(risk, "riskStatus", "RESOLVED");
    engine.getFormService().submitTaskForm(engine.getTaskService().createTaskQuery().processInstanceId(risk)
        .singleResult().getId(), Map.of("riskOutcome", "RESOLVED"));

    scenario.submitGovernanceCharter();
    scenario.advance(Duration.ofDays(2));
    scenario.decide("parliamentOversight", "parliament", "returned", "Name the budget committee.");
    scenario.advance(Duration.ofDays(1));
    scenario.decide("civilSocietyMonitor", "monitor", "approved", null);
    scenario.advance(Duration.ofDays(3));
    scenario.complete(Elements.REVISE_GOVERNANCE_STRUCTURES, Map.of("governanceCharterTitle", "Oversight charter",
        "governanceCharterVersion", 2));
    scenario.recordOversightCharter();
    scenario.advance(Duration.ofDays(4));
    scenario.decide("civilSocietyMonitor", "monitor", "approved", "Good.");
    scenario.advance(Duration.ofDays(1));
    scenario.decide("parliamentOversight", "parliament", "approved", null);
  }

  private List<ReviewDecisionRecord> recordedDecisions(HistoricProcessInstance programme) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(programme.getId()).processDefinitionKey(OversightReviewProcess.KEY).list().stream()
        .flatMap(review -> DecisionLog.read(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(review.getId()).variableName("reviewDecisions").singleResult().getValue().toString())
            .stream())
        .sorted(Comparator.comparing(ReviewDecisionRecord::decidedAt))
        .toList();
  }

  private List<RiskEvent> riskLog() {
    return RiskLog.parse(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("riskLog").singleResult().getValue().toString());
  }

  // ---------------------------------------------------------------- workbook checks

  private static void assertPrintable(XSSFSheet sheet) {
    assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName() + " landscape").isTrue();
    assertThat(sheet.getFitToPage()).isTrue();
    assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    Row header = sheet.getRow(0);
    for (Cell cell : header) {
      assertThat(sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getColumnWidth(cell.getColumnIndex())).isGreaterThan(6 * 256);
    }
  }

  private void assertStep(Sheet sheet, int number, String state, Instant started, Instant ended, String why) {
    Row row = sheet.getRow(number);
    assertThat(row.getCell(2).getStringCellValue()).as("step " + number).isEqualTo(state);
    assertThat(dateOrNull(row.getCell(3))).as("step " + number + " started").isEqualTo(utc(started));
    assertThat(dateOrNull(row.getCell(4))).as("step " + number + " ended").isEqualTo(utc(ended));
    assertThat(text(row.getCell(5))).as("step " + number + " justification").isEqualTo(why == null ? "" : why);
  }

  private static LocalDateTime dateOrNull(Cell cell) {
    return cell == null || cell.getCellType() != CellType.NUMERIC ? null : cell.getLocalDateTimeCellValue();
  }

  private static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String text(Cell cell) {
    return cell == null ? "" : cell.getStringCellValue();
  }

  private static List<String> sheetNames(XSSFWorkbook book) {
    List<String> names = new java.util.ArrayList<>();
    book.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  private static Map<String, Object> pairs(Sheet sheet) {
    Map<String, Object> pairs = new HashMap<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      List<Object> values = rowValues(sheet.getRow(i));
      pairs.put((String) values.get(0), values.size() > 1 ? values.get(1) : null);
    }
    return pairs;
  }

  /** Strings, numbers (double) and dates (LocalDateTime) as the cells hold them. */
  private static List<Object> rowValues(Row row) {
    List<Object> values = new java.util.ArrayList<>();
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.NUMERIC) {
        values.add(cell.getCellStyle().getDataFormatString().contains("yy")
            ? cell.getLocalDateTimeCellValue() : (Object) cell.getNumericCellValue());
      } else if (cell.getCellType() == CellType.STRING) {
        values.add(cell.getStringCellValue());
      } else {
        values.add(null);
      }
    }
    return values;
  }

  private Instant started(String activityId) {
    return activities(activityId).stream().map(HistoricActivityInstance::getStartTime).min(Date::compareTo)
        .orElseThrow().toInstant();
  }

  private Instant ended(String activityId) {
    return activities(activityId).stream().map(HistoricActivityInstance::getEndTime).max(Date::compareTo)
        .orElseThrow().toInstant();
  }

  private List<HistoricActivityInstance> activities(String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(scenario.programme.getId()).activityId(activityId).list();
  }
}
