package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The import reads the sheet XML itself (shared strings by index, inline strings, formula strings, booleans, error
 * cells, cells without a reference, prefixed element names): hand-written sheet XML for each of these, in the shapes
 * other programs than Excel write.
 */
class FinancialPlanSheetXmlTest {

  static final String NS = HostileFiles.SHEET_NS;
  static final String SST = "xl/sharedStrings.xml";

  final FinancialPlanReader reader = new FinancialPlanReader(PlanLimits.DEFAULTS);

  /** A workbook made by POI whose shared strings and sheet XML are replaced by the given ones. */
  static byte[] workbook(String sharedStrings, String sheet) {
    byte[] base = PlanFixtures.plan(PlanFixtures.line("A-1", 2026, "Training", 1, "UNDP", 0));
    byte[] withStrings = HostileFiles.replaceEntry(base, SST, out -> out.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sharedStrings).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    return HostileFiles.sheetXml(withStrings, sheet);
  }

  /** 100 unused strings (so that the ones used have indexes above 100), then the given ones. */
  static String sharedStrings(String... strings) {
    StringBuilder b = new StringBuilder("<sst xmlns=\"" + NS + "\" count=\"" + (100 + strings.length)
        + "\" uniqueCount=\"" + (100 + strings.length) + "\">");
    for (int i = 0; i < 100; i++) {
      b.append("<si><t>unused ").append(i).append("</t></si>");
    }
    for (String s : strings) {
      b.append("<si><t xml:space=\"preserve\">").append(s).append("</t></si>");
    }
    return b.append("</sst>").toString();
  }

  static String header() {
    return "<row r=\"1\">" + FinancialPlanBadInputTest.headerXml() + "</row>";
  }

  static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  static String shared(String ref, int index) {
    return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
  }

  static String number(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }

  @Test
  void sharedInlineFormulaAndBooleanCells() {
    // shared strings 100.. : A-1, Training, UNDP, A-3, technical assistance, National budget, European Union
    String sst = sharedStrings("A-1", "Training", "UNDP", "A-3", "technical assistance", "National budget",
        "European Union");
    String sheet = "<worksheet xmlns=\"" + NS + "\"><sheetData>" + header()
        // shared strings, also out of order and with spaces around the index; a number with an explicit t="n"
        + "<row r=\"2\">" + shared("A2", 100) + "<c r=\"D2\" t=\"n\"><v>2026</v></c>" + shared("E2", 101)
        + number("F2", "1000.5") + "<c r=\"G2\" t=\"s\"><v> 102 </v></c>" + number("H2", "250") + "</row>"
        // inline strings, one made of rich-text runs; a formula string (t="str") with its cached value; a boolean
        + "<row r=\"3\">" + inline("A3", "A-3") + number("D3", "2027")
        + "<c r=\"E3\" t=\"str\"><f>LOWER(\"Technical assistance\")</f><v>technical assistance</v></c>"
        + number("F3", "2E3")
        + "<c r=\"G3\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>National</t></r><r><t xml:space=\"preserve\"> budget"
        + "</t></r></is></c>"
        + number("H3", "0") + "<c r=\"I3\" t=\"b\"><v>1</v></c></row>"
        // cells without a reference: one after the other from column A, an empty one in between
        + "<row r=\"4\">" + "<c t=\"s\"><v>100</v></c>" + "<c/>" + "<c/>" + "<c><v>2028</v></c>" + "<c t=\"s\"><v>101</v>"
        + "</c>" + "<c><v>70</v></c>" + "<c t=\"s\"><v>106</v></c>" + "<c><v>70</v></c>" + "<c t=\"b\"><v>0</v></c>"
        + "</row>"
        // the same shared strings again (each index converted once, then taken from the import's cache)
        + "<row r=\"5\">" + shared("A5", 103) + number("D5", "2029") + shared("E5", 104) + number("F5", "5")
        + shared("G5", 105) + "</row>"
        + "</sheetData></worksheet>";
    FinancialPlanReader.Result result = reader.read("p.xlsx", workbook(sst, sheet), PlanFixtures.CONTEXT);
    assertThat(result.errors()).isEmpty();
    assertThat(result.lines()).containsExactly(
        new PlanLine("A-1", "defence", 2026, "Training", new BigDecimal("1000.50"), "UNDP", new BigDecimal("250.00"),
            null),
        new PlanLine("A-3", "justice", 2027, "Technical assistance", new BigDecimal("2000.00"), "National budget",
            new BigDecimal("0.00"), "TRUE"),
        new PlanLine("A-1", "defence", 2028, "Training", new BigDecimal("70.00"), "European Union",
            new BigDecimal("70.00"), "FALSE"),
        new PlanLine("A-3", "justice", 2029, "Technical assistance", new BigDecimal("5.00"), "National budget",
            new BigDecimal("0.00"), null));
  }

  @Test
  void prefixedElementNamesAsSomeProgramsWriteThem() {
    String sheet = "<x:worksheet xmlns:x=\"" + NS + "\"><x:sheetData><x:row r=\"1\">"
        + FinancialPlanBadInputTest.headerXml().replace("<", "<x:").replace("<x:/", "</x:") + "</x:row>"
        + "<x:row r=\"2\"><x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>A-2</x:t></x:is></x:c><x:c r=\"D2\"><x:v>2027</x:v>"
        + "</x:c><x:c r=\"E2\" t=\"inlineStr\"><x:is><x:t>Equipment</x:t></x:is></x:c><x:c r=\"F2\"><x:v>10</x:v></x:c>"
        + "<x:c r=\"G2\" t=\"inlineStr\"><x:is><x:t>UNDP</x:t></x:is></x:c><x:c r=\"H2\"><x:v>4</x:v></x:c></x:row>"
        + "</x:sheetData></x:worksheet>";
    FinancialPlanReader.Result result = reader.read("p.xlsx", workbook(sharedStrings(), sheet), PlanFixtures.CONTEXT);
    assertThat(result.errors()).isEmpty();
    assertThat(result.lines()).containsExactly(new PlanLine("A-2", "police", 2027, "Equipment",
        new BigDecimal("10.00"), "UNDP", new BigDecimal("4.00"), null));
  }

  @Test
  void badSharedStringIndexesReadAsEmptyCellsAndErrorCellsAsFormulaErrors() {
    String sst = sharedStrings("A-1", "Training", "UNDP");
    String sheet = "<worksheet xmlns=\"" + NS + "\"><sheetData>" + header()
        + "<row r=\"2\">" + shared("A2", 100) + number("D2", "2026") + "<c r=\"E2\" t=\"s\"><v>2147483647</v></c>"
        + number("F2", "1") + shared("G2", 102) + "</row>"
        + "<row r=\"3\">" + shared("A3", 100) + number("D3", "2027") + "<c r=\"E3\" t=\"s\"><v>-1</v></c>"
        + number("F3", "1") + "<c r=\"G3\" t=\"s\"><v>x</v></c>" + "</row>"
        + "<row r=\"4\">" + shared("A4", 100) + number("D4", "2028") + shared("E4", 101)
        + "<c r=\"F4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>" + shared("G4", 102) + "</row>"
        + "</sheetData></worksheet>";
    FinancialPlanReader.Result result = reader.read("p.xlsx", workbook(sst, sheet), PlanFixtures.CONTEXT);
    String categories = "choose one of " + String.join(", ", PlanFormat.COST_CATEGORIES);
    assertThat(result.errors()).extracting(PlanError::message).containsExactly(
        "Plan!E2: (empty) — cost category is missing — " + categories,
        "Plan!E3: (empty) — cost category is missing — " + categories,
        "Plan!G3: (empty) — funding source is missing — choose one of National budget, European Union, UNDP, "
            + "Unfunded",
        "Plan!F4: \"#DIV/0!\" — the formula gives the error #DIV/0! — correct the formula so that it gives a valid "
            + "value, or type the value");
  }
}
