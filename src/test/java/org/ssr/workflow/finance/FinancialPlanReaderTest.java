package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the import tolerates, and files made by LibreOffice rather than POI. */
class FinancialPlanReaderTest {

  final FinancialPlanReader reader = new FinancialPlanReader(PlanLimits.DEFAULTS);

  @Test
  void headersByNameInAnyOrderWithTitleRowsHiddenSheetsBlankRowsAndExtraColumns() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("hidden working sheet");
      wb.setSheetHidden(0, true);
      Sheet plan = wb.createSheet(" plan ");
      PlanFixtures.fill(plan,
          new Object[] {"Financial plan of PH-2026 (merged title)"},
          new Object[] {},
          new Object[] {"Comment", "  funding   SOURCE ", "Required amount (USD)", "ACTION ID", "Year", "cost_category",
              "Available-amount", "Institution"},
          new Object[] {"extra column, ignored", "National budget", 1000, "A-1", 2026, "Training", "=400+100",
              null},
          new Object[] {},
          new Object[] {null, "UNDP", "125,000.50", "A-3", "2027", "technical assistance", " 1 000 ", "Justice"},
          new Object[] {"prefilled only", null, null, "A-2", 2028, null, null, "police"});
      plan.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      bytes = PlanFixtures.bytes(wb);
    }
    FinancialPlanReader.Result result = reader.read("p.xlsx", bytes, PlanFixtures.CONTEXT);
    assertThat(result.errors()).isEmpty();
    assertThat(result.lines()).containsExactly(
        new PlanLine("A-1", "defence", 2026, "Training", new BigDecimal("1000.00"), "National budget",
            new BigDecimal("500.00"), null),
        new PlanLine("A-3", "justice", 2027, "Technical assistance", new BigDecimal("125000.50"), "UNDP",
            new BigDecimal("1000.00"), null));
  }

  @Test
  void libreOfficeWorkbookImports() throws Exception {
    // made with: soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --infilter="CSV:44,34,76,1,,1033,true,
    // false,false,false,false,-1,true" libreoffice-plan.csv (LibreOffice 7.4, formulas evaluated, quoted text kept)
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/finance/libreoffice-plan.xlsx")) {
      bytes = in.readAllBytes();
    }
    FinancialPlanReader.Result result = reader.read("libreoffice-plan.xlsx", bytes, PlanFixtures.CONTEXT);
    assertThat(result.errors()).isEmpty();
    List<PlanLine> lines = result.lines();
    assertThat(lines).hasSize(6);
    // formula 60000*2 with LibreOffice's cached value
    assertThat(lines.get(1).required()).isEqualByComparingTo("120000");
    // "250,000.50" kept as text by LibreOffice: an unambiguous number stored as text
    assertThat(lines.get(2).required()).isEqualByComparingTo("250000.50");
    assertThat(lines.get(3).available()).isEqualByComparingTo("0");
    assertThat(lines.get(4).available()).isEqualByComparingTo("75000");
    // the institution-level line after a blank row
    assertThat(lines.get(5).actionId()).isNull();
    assertThat(lines.get(5).institution()).isEqualTo("justice");
    PlanTotals totals = PlanTotals.of(lines, PlanFixtures.CONTEXT);
    assertThat(totals.required()).isEqualByComparingTo("895000.50");
    assertThat(totals.available()).isEqualByComparingTo("390000");
  }

  @Test
  void libreOfficeResavedTemplateImports() throws Exception {
    // the POI template filled by PlanFixtures.filledTemplate, opened and saved again by LibreOffice 7.4
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/finance/libreoffice-template.xlsx")) {
      bytes = in.readAllBytes();
    }
    FinancialPlanReader.Result result = reader.read("t.xlsx", bytes, PlanFixtures.CONTEXT);
    assertThat(result.errors()).isEmpty();
    FinancialPlanReader.Result original = reader.read("t.xlsx",
        PlanFixtures.filledTemplate(new FinancialPlanTemplateWriter().write(PlanFixtures.CONTEXT, List.of())),
        PlanFixtures.CONTEXT);
    assertThat(result.lines()).isEqualTo(original.lines());
  }

  @Test
  void columnLettersAndIndexes() {
    assertThat(FinancialPlanReader.columnIndex("A1")).isZero();
    assertThat(FinancialPlanReader.columnIndex("AB12")).isEqualTo(27);
    assertThat(PlanRowValidator.letters(27)).isEqualTo("AB");
    assertThat(PlanFormat.Column.forHeader(" Action  id ")).isEqualTo(PlanFormat.Column.ACTION_ID);
    assertThat(PlanFormat.Column.forHeader("Required")).isNull();
  }

}
