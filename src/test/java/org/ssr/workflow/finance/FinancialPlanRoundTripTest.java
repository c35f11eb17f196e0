package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Template → filled → import → export → import gives the same lines and totals. */
class FinancialPlanRoundTripTest {

  /** A pledge's numbers follow the kernel's one rule (engine.Conversions): no thousands separators, whole years. */
  @Test
  void aPledgeAmountWithAThousandsSeparatorIsRefused_aYearWrittenAsADecimalOfAWholeNumberIsRead() {
    FinancialPlanService service = PlanFixtures.service(PlanLimits.DEFAULTS);
    assertThatThrownBy(() -> service.recordPledges(PlanFixtures.CONTEXT, PlanFixtures.EU,
        List.of(Map.of("amount", "50,000", "year", "2027.0")), "donor"))
        .isInstanceOf(PledgesRejectedException.class)
        .hasMessage("Pledges not recorded: Pledge 1: the amount must be a positive number, without thousands "
            + "separators (e.g. 50000)");
    assertThat(service.recordPledges(PlanFixtures.CONTEXT, PlanFixtures.EU,
        List.of(Map.of("amount", "50000.5", "year", "2027.0")), "donor"))
        .singleElement().satisfies(pledge -> assertThat(pledge.amount()).isEqualByComparingTo("50000.50"));
  }

  /** The donor's language (docs/languages.md); the years stay plain numbers (no 2 027). */
  @Test
  void aRefusedPledgeSpeaksTheDonorsLanguage() {
    FinancialPlanService service = PlanFixtures.service(PlanLimits.DEFAULTS);
    assertThatThrownBy(() -> service.recordPledges(PlanFixtures.CONTEXT, PlanFixtures.EU,
        List.of(Map.of("amount", "50,000", "year", "1999")), "donor", "fr"))
        .isInstanceOf(PledgesRejectedException.class)
        .hasMessageStartingWith("Promesses non enregistrées : Promesse 1 : le montant doit être un nombre positif,"
            + " sans séparateur de milliers (par exemple 50000); Promesse 1 : l’année doit être comprise entre "
            + PlanFixtures.CONTEXT.firstYear() + " et " + PlanFixtures.CONTEXT.lastYear());
  }

  @Test
  void templateFilledImportedExportedAndReimportedGivesTheSamePlan() throws Exception {
    FinancialPlanService service = PlanFixtures.service(PlanLimits.DEFAULTS);
    service.recordPledges(PlanFixtures.CONTEXT, PlanFixtures.EU, List.of(Map.of("amount", 250000, "year", 2027,
        "action", "A-2", "conditions", "Annual audit", "agenda", "Migration control at the southern border")),
        "donor");
    byte[] template = service.template(PlanFixtures.CONTEXT);
    assertTemplate(template);

    byte[] filled = PlanFixtures.filledTemplate(template);
    PlanUpload first = service.upload(PlanFixtures.CONTEXT, "plan.xlsx", filled, "coordinator");
    assertThat(first).isInstanceOf(PlanUpload.Accepted.class);
    PlanUpload.Accepted v1 = (PlanUpload.Accepted) first;
    assertThat(v1.version()).isEqualTo(1);
    List<PlanLine> lines1 = service.lines(PlanFixtures.CODE, 1).orElseThrow();
    // 3 + 3 + 5 action-years + 1 pledge
    assertThat(lines1).hasSize(12);
    assertThat(lines1).anySatisfy(l -> {
      assertThat(l.fundingSource()).isEqualTo(PlanFixtures.EU);
      assertThat(l.available()).isEqualByComparingTo("250000");
      assertThat(l.actionId()).isEqualTo("A-2");
      assertThat(l.institution()).isEqualTo("police");
    });

    byte[] summary = service.summary(PlanFixtures.CONTEXT, 1).orElseThrow();
    assertSummary(summary, v1.totals());

    PlanUpload second = service.upload(PlanFixtures.CONTEXT, "summary.xlsx", summary, "coordinator");
    assertThat(second).isInstanceOf(PlanUpload.Accepted.class);
    assertThat(((PlanUpload.Accepted) second).version()).isEqualTo(2);
    assertThat(service.lines(PlanFixtures.CODE, 2).orElseThrow()).isEqualTo(lines1);
    assertThat(((PlanUpload.Accepted) second).totals()).isEqualTo(v1.totals());
    assertThat(service.view(PlanFixtures.CODE, 2).orElseThrow().totals()).isEqualTo(v1.totals());
    assertThat(service.versions(PlanFixtures.CODE)).extracting(PlanVersionInfo::version).containsExactly(1, 2);
  }

  @Test
  void totalsAddUpPerYearInstitutionCategoryAndSource() {
    FinancialPlanService service = PlanFixtures.service(PlanLimits.DEFAULTS);
    byte[] plan = PlanFixtures.plan(
        PlanFixtures.line("A-1", 2026, "Training", 100_000, "National budget", 60_000),
        PlanFixtures.line("A-1", 2027, "Training", 50_000, "European Union", 50_000),
        PlanFixtures.line("A-2", 2027, "Equipment", 200_000, "Unfunded", null),
        new Object[] {null, null, "justice", 2028, "Personnel", 40_000, "UNDP", 10_000, "institution-level"});
    PlanUpload.Accepted ok = (PlanUpload.Accepted) service.upload(PlanFixtures.CONTEXT, "p.xlsx", plan, "c");
    PlanTotals t = ok.totals();
    assertThat(t.lineCount()).isEqualTo(4);
    assertThat(t.required()).isEqualByComparingTo("390000");
    assertThat(t.available()).isEqualByComparingTo("120000");
    assertThat(t.gap()).isEqualByComparingTo("270000");
    assertThat(t.nationalShare()).isEqualByComparingTo(new BigDecimal("0.1538"));
    assertThat(t.byYear()).extracting(PlanTotals.Row::key).containsExactly("2026", "2027", "2028");
    assertThat(t.byYear().get(1).required()).isEqualByComparingTo("250000");
    assertThat(t.byInstitution()).filteredOn(r -> r.key().equals("defence")).singleElement()
        .satisfies(r -> assertThat(r.gap()).isEqualByComparingTo("40000"));
    assertThat(t.bySource()).filteredOn(r -> r.key().equals("Unfunded")).singleElement()
        .satisfies(r -> assertThat(r.required()).isEqualByComparingTo("200000"));
    assertThat(t.byCostCategory()).extracting(PlanTotals.Row::key).containsExactly("Personnel", "Training",
        "Equipment");
    // A-3 has no line: a warning for the review, not an error
    assertThat(t.warnings()).singleElement().asString().contains("A-3");
  }

  /** Donor alignment: pledges per NSP priority, the unaligned ones, the national share against its target. */
  @Test
  void theSummaryShowsPledgesPerPriority_unalignedPledges_andTheNationalShareAgainstItsTarget() throws Exception {
    PlanContext c = PlanFixtures.CONTEXT;
    PlanContext context = new PlanContext(c.programmeCode(), c.programmeName(), c.programmeTerm(), c.actions(),
        c.institutions(), c.donors(), c.firstYear(), c.lastYear(),
        List.of(new StrategyPriority("P-1", "Civilian oversight"), new StrategyPriority("P-2", "Border control")),
        new BigDecimal("30"));
    FinancialPlanService service = PlanFixtures.service(PlanLimits.DEFAULTS);
    service.recordPledges(context, PlanFixtures.EU, List.of(
        Map.of("amount", 250000, "year", 2027, "priorityIds", List.of("P-1"), "agenda", "Oversight"),
        Map.of("amount", 40000, "year", 2027, "agenda", "The programme as a whole")), "donor");
    service.upload(context, "p.xlsx", PlanFixtures.plan(
        PlanFixtures.line("A-1", 2026, "Training", 100_000, "National budget", 20_000)), "c");

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(service.summary(context, 1).orElseThrow()))) {
      XSSFSheet alignment = wb.getSheet(PlanFormat.ALIGNMENT_SHEET);
      assertThat(alignment).isNotNull();
      assertThat(alignment.getRow(2).getCell(1).getStringCellValue()).isEqualTo("20.0 %");
      assertThat(alignment.getRow(3).getCell(1).getStringCellValue()).isEqualTo("30 %");
      assertThat(alignment.getRow(4).getCell(1).getStringCellValue()).startsWith("no:");
      assertThat(alignment.getRow(7).getCell(0).getStringCellValue()).isEqualTo("P-1");
      assertThat(alignment.getRow(7).getCell(2).getNumericCellValue()).isEqualTo(250000.0);
      assertThat(alignment.getRow(8).getCell(0).getStringCellValue()).isEqualTo("P-2");
      assertThat(alignment.getRow(8).getCell(2).getNumericCellValue()).isZero();
      assertThat(alignment.getRow(10).getCell(0).getStringCellValue())
          .isEqualTo("Pledges naming no priority (not aligned): 1");
      assertThat(alignment.getRow(11).getCell(2).getNumericCellValue()).isEqualTo(40000.0);
    }
  }

  private static void assertTemplate(byte[] template) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Plan");
      assertThat(wb.getSheet("Instructions")).isNotNull();
      assertThat(wb.isSheetHidden(wb.getSheetIndex("Lists"))).isTrue();
      XSSFSheet plan = wb.getSheet("Plan");
      assertThat(plan.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Required amount");
      assertThat(plan.getPaneInformation().isFreezePane()).isTrue();
      List<? extends DataValidation> validations = plan.getDataValidations();
      assertThat(validations).hasSize(7);
      // each plan line belongs to an action: the Action ID column's dropdown offers the strategy's actions
      DataValidation actions = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()
          == PlanFormat.Column.ACTION_ID.ordinal()).findFirst().orElseThrow();
      assertThat(actions.getValidationConstraint().getFormula1()).isEqualTo("Lists!$A$2:$A$4");
      XSSFSheet lists = wb.getSheet("Lists");
      assertThat(List.of(lists.getRow(1).getCell(0).getStringCellValue(), lists.getRow(2).getCell(0)
          .getStringCellValue(), lists.getRow(3).getCell(0).getStringCellValue())).containsExactly("A-1", "A-2", "A-3");
      assertThat(plan.getRow(1).getCell(0).getStringCellValue()).isEqualTo("A-1");
      assertThat(wb.getSheet("Pledges").getRow(1).getCell(6).getStringCellValue())
          .isEqualTo("Migration control at the southern border");
    }
  }

  private static void assertSummary(byte[] summary, PlanTotals totals) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(summary))) {
      assertThat(wb.getSheetName(0)).isEqualTo("Summary");
      for (String s : List.of("By year", "By institution", "By cost category", "By source", "Pledges", "Lines")) {
        assertThat(wb.getSheet(s)).as(s).isNotNull();
      }
      XSSFSheet byYear = wb.getSheet("By year");
      assertThat(byYear.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(byYear.getRow(1).getCell(1).getCellFormula()).startsWith("SUMIFS(Lines!");
      assertThat(byYear.getDrawingPatriarch().getCharts()).hasSize(1);
      // the chart refers to the cells of By year, and its cached points (drawn by viewers that do not
      // recalculate) are the totals
      var available = byYear.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(1);
      assertThat(available.getValuesData().getDataRangeReference())
          .isEqualTo("'By year'!$C$2:$C$" + (totals.byYear().size() + 1));
      for (int i = 0; i < totals.byYear().size(); i++) {
        assertThat(available.getValuesData().getPointAt(i).doubleValue())
            .isEqualTo(totals.byYear().get(i).available().doubleValue());
      }
      // the cached values match the totals, and a recalculation gives the same
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      double sum = 0;
      for (int r = 1; r <= totals.byYear().size(); r++) {
        sum += byYear.getRow(r).getCell(1).getNumericCellValue();
      }
      assertThat(sum).isEqualTo(totals.required().doubleValue(), org.assertj.core.data.Offset.offset(0.001));
      assertThat(wb.getSheet("Pledges").getRow(1).getCell(6).getStringCellValue()).contains("Migration");
      assertThat(wb.getSheet("Lines").getPrintSetup().getLandscape()).isTrue();
    }
  }
}
