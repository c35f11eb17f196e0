package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.finance.PlanFixtures.line;
import static org.ssr.workflow.finance.PlanFixtures.plan;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every bad input of issue 5 gets its own message, and the last good version (v1) stays exactly as it was. The
 * hostile files are generated here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinancialPlanBadInputTest {

  static final String DAMAGED = "the file is damaged or incomplete (it cannot be opened as an .xlsx workbook) — open "
      + "it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and upload it again";
  static final String XML_REFUSED = "(file) — the workbook contains XML document type declarations or entities, "
      + "which are not allowed — save the workbook again from Excel or LibreOffice as .xlsx; files saved by them "
      + "never contain these";

  FinancialPlanService service;
  List<PlanLine> goodLines;
  PlanTotals goodTotals;
  byte[] good;

  @BeforeAll
  void storeAGoodVersion() {
    service = PlanFixtures.service(PlanLimits.DEFAULTS);
    good = plan(line("A-1", 2026, "Training", 100_000, "National budget", 60_000),
        line("A-2", 2027, "Equipment", 50_000, "European Union", 50_000));
    PlanUpload.Accepted v1 = (PlanUpload.Accepted) service.upload(PlanFixtures.CONTEXT, "good.xlsx", good, "c");
    assertThat(v1.version()).isEqualTo(1);
    goodLines = service.lines(PlanFixtures.CODE, null).orElseThrow();
    goodTotals = v1.totals();
  }

  /** Uploads, expects exactly these messages, and checks that version 1 is still the plan. */
  void refused(String fileName, byte[] bytes, String... messages) {
    refused(service, fileName, bytes, messages);
  }

  void refused(FinancialPlanService s, String fileName, byte[] bytes, String... messages) {
    int attemptsBefore = s.refusedAttempts(PlanFixtures.CODE).size();
    PlanUpload result = s.upload(PlanFixtures.CONTEXT, fileName, bytes, "coordinator");
    assertThat(result).isInstanceOf(PlanUpload.Refused.class);
    assertThat(((PlanUpload.Refused) result).messages()).containsExactly(messages);
    if (s == service) {
      FinancialPlanService.PlanView latest = s.view(PlanFixtures.CODE, null).orElseThrow();
      assertThat(latest.info().version()).isEqualTo(1);
      assertThat(latest.totals()).isEqualTo(goodTotals);
      assertThat(s.lines(PlanFixtures.CODE, null).orElseThrow()).isEqualTo(goodLines);
      assertThat(s.originalFile(PlanFixtures.CODE, 1).orElseThrow()).isEqualTo(good);
    }
    List<FinancialPlanRepository.Attempt> attempts = s.refusedAttempts(PlanFixtures.CODE);
    assertThat(attempts).hasSize(attemptsBefore + 1);
    assertThat(attempts.get(attempts.size() - 1).errors()).containsExactly(messages);
  }

  @Test
  void notASpreadsheet() {
    refused("plan.csv", "Action ID,Year\nA-1,2027\n".getBytes(StandardCharsets.UTF_8),
        "plan.csv: (file) — not a spreadsheet (the file is not a workbook, perhaps text or CSV) — upload the plan "
            + "as an Excel workbook (.xlsx), made from the template");
  }

  @Test
  void pdfIsNotASpreadsheet() {
    refused("plan.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1),
        "plan.pdf: (file) — not a spreadsheet (the file is a PDF document) — upload the plan as an Excel workbook "
            + "(.xlsx), made from the template");
  }

  @Test
  void truncatedZip() {
    refused("plan.xlsx", Arrays.copyOf(good, good.length / 2), "plan.xlsx: (file) — " + DAMAGED);
  }

  @Test
  void corruptZip() {
    byte[] corrupt = good.clone();
    for (int i = 40; i < corrupt.length - 40; i += 7) {
      corrupt[i] = (byte) (corrupt[i] ^ 0x5A);
    }
    refused("plan.xlsx", corrupt, "plan.xlsx: (file) — " + DAMAGED);
  }

  @Test
  void legacyXls() {
    refused("plan.xls", HostileFiles.legacyXls(), "plan.xls: (file) — an Excel 97-2003 workbook (.xls) cannot be "
        + "read — open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)");
  }

  @Test
  void openDocumentSpreadsheet() {
    refused("plan.ods", HostileFiles.ods(), "plan.ods: (file) — an OpenDocument spreadsheet (.ods) cannot be read — "
        + "in LibreOffice choose File > Save As, file type \"Excel 2007-365 (.xlsx)\", and upload that file");
  }

  @Test
  void passwordProtected() {
    refused("plan.xlsx", HostileFiles.encrypted(good, "secret"), "plan.xlsx: (file) — the workbook is protected "
        + "with a password (encrypted) — open it, remove the password (File > Info > Protect Workbook > Encrypt with "
        + "Password in Excel, File > Properties > Security in LibreOffice), save it and upload it again");
  }

  @Test
  void zipBombFailsFast() {
    byte[] bomb = HostileFiles.zipBomb(good, 64);
    assertThat(bomb.length).isLessThan(1024 * 1024);
    long start = System.nanoTime();
    refused("plan.xlsx", bomb, "plan.xlsx: (file) — the file expands to far more data than a plan can hold (it looks "
        + "like a zip bomb) and was not read — upload the plan workbook saved by Excel or LibreOffice; if this is your "
        + "plan, remove pictures and embedded objects");
    // POI stops reading at the first megabytes of the 64 MB entry
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
  }

  @Test
  void entityExpansion() {
    refused("plan.xlsx", HostileFiles.entityExpansion(good), "plan.xlsx: " + XML_REFUSED);
  }

  @Test
  void externalEntity() {
    refused("plan.xlsx", HostileFiles.externalEntity(good), "plan.xlsx: " + XML_REFUSED);
  }

  @Test
  void missingPlanSheet() {
    refused("plan.xlsx", PlanFixtures.workbook("Budget", PlanFixtures.HEADER),
        "plan.xlsx: (file) — there is no sheet named \"Plan\" (sheets found: Budget) — put the plan lines on a sheet "
            + "named Plan, as in the template");
  }

  @Test
  void missingOrRenamedColumn() {
    Object[] header = PlanFixtures.HEADER.clone();
    header[5] = "Required";
    refused("plan.xlsx", PlanFixtures.workbook("Plan", header,
            new Object[] {"A-1", null, null, 2026, "Training", 1000, "National budget", 0, null}),
        "Plan!1:1: (header row) — required column \"Required amount\" is missing or renamed — add a column headed "
            + "\"Required amount\" as in the template");
  }

  @Test
  void emptyPlan() {
    refused("plan.xlsx", plan(), "Plan: (sheet) — the plan has no lines — fill in at least one line: action, year, "
        + "cost category, funding source and an amount");
  }

  @Test
  void emptySheet() {
    refused("plan.xlsx", PlanFixtures.workbook("Plan"), "Plan: (sheet) — the sheet is empty — fill in the plan lines "
        + "under the header row of the template");
  }

  @Test
  void nonNumericAmount() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", "about 5000", "National budget", 0)),
        "Plan!F2: \"about 5000\" — not a number — type the amount as a plain number without currency or words, e.g. "
            + "125000 or 125,000.50");
  }

  @Test
  void negativeAmount() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", 1000, "National budget", -5)),
        "Plan!H2: \"-5\" — negative amount — enter the amount as a positive number (the gap is computed for you)");
  }

  @Test
  void absurdlyLargeAmount() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", 5e15, "National budget", 0)),
        "Plan!F2: \"5000000000000000\" — amount larger than 1,000,000,000,000 — check the amount for typing mistakes");
  }

  @Test
  void yearOutsideProgramme() {
    refused("plan.xlsx", plan(line("A-1", 2035, "Training", 1000, "National budget", 0)),
        "Plan!D2: \"2035\" — year outside the programme (2026–2030) — enter a year from 2026 to 2030");
  }

  @Test
  void yearNotWhole() {
    refused("plan.xlsx", plan(line("A-1", 2027.5, "Training", 1000, "National budget", 0),
            new Object[] {"A-1", null, null, "FY27", "Training", 1000, "UNDP", 0, null}),
        "Plan!D2: \"2027.5\" — not a whole year — enter a year as four digits, e.g. 2026",
        "Plan!D3: \"FY27\" — not a whole year — enter a year as four digits, e.g. 2026");
  }

  @Test
  void unknownAction() {
    refused("plan.xlsx", plan(line("A-9", 2026, "Training", 1000, "National budget", 0)),
        "Plan!A2: \"A-9\" — unknown action — choose an action ID of the transformation strategy from the dropdown "
            + "(A-1, A-2, A-3)");
  }

  @Test
  void unknownInstitution() {
    refused("plan.xlsx", plan(new Object[] {null, null, "navy", 2026, "Training", 1000, "National budget", 0, null}),
        "Plan!C2: \"navy\" — unknown institution — choose one of defence, police, justice");
  }

  @Test
  void institutionOfAnotherAction() {
    refused("plan.xlsx", plan(new Object[] {"A-1", null, "police", 2026, "Training", 1000, "UNDP", 0, null}),
        "Plan!C2: \"police\" — action A-1 belongs to defence — write defence or leave the cell empty");
  }

  @Test
  void unknownCostCategory() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Snacks", 1000, "National budget", 0)),
        "Plan!E2: \"Snacks\" — unknown cost category — choose one of Personnel, Training, Equipment, Infrastructure, "
            + "Operations and maintenance, Technical assistance, Oversight and civil society, Other");
  }

  @Test
  void unknownFundingSource() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", 1000, "World Bank", 1000)),
        "Plan!G2: \"World Bank\" — unknown funding source — choose one of National budget, European Union, UNDP, "
            + "Unfunded");
  }

  @Test
  void unfundedLineWithAvailableMoney() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", 1000, "Unfunded", 500)),
        "Plan!H2: \"500.00\" — an Unfunded line cannot have an available amount — choose the funding source that "
            + "provides the money, or clear the available amount");
  }

  @Test
  void lineWithoutAmount() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", null, "National budget", null)),
        "Plan!F2: (empty) — the line has no amount — enter the required amount, the available amount or both (or "
            + "delete the line)");
  }

  @Test
  void duplicateLines() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", 1000, "National budget", 0),
            line("a-1 ", 2026, "training", 2000, "national budget", 0)),
        "Plan!A3: \"a-1\" — duplicate of row 2 (same action, institution, year, cost category and funding source) — "
            + "merge the two lines into one, or correct one of them");
  }

  @Test
  void formulaError() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", "=1000/0", "National budget", 0)),
        "Plan!F2: \"#DIV/0!\" — the formula gives the error #DIV/0! — correct the formula so that it gives a valid "
            + "value, or type the value");
  }

  @Test
  void formulaWithoutSavedResult() {
    byte[] unsaved = HostileFiles.sheetXml(good, "<worksheet xmlns=\"" + HostileFiles.SHEET_NS + "\"><sheetData>"
        + "<row r=\"1\">" + headerXml() + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>A-1</t></is></c>"
        + "<c r=\"D2\"><v>2026</v></c><c r=\"E2\" t=\"inlineStr\"><is><t>Training</t></is></c><c r=\"F2\"><f>B7*2</f>"
        + "</c><c r=\"G2\" t=\"inlineStr\"><is><t>UNDP</t></is></c></row></sheetData></worksheet>");
    refused("plan.xlsx", unsaved, "Plan!F2: (empty) — the formula has no saved result — open the file in Excel or "
        + "LibreOffice and save it again, or type the value");
  }

  static String headerXml() {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < PlanFixtures.HEADER.length; c++) {
      b.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>").append(PlanFixtures.HEADER[c])
          .append("</t></is></c>");
    }
    return b.toString();
  }

  @Test
  void moreRowsThanTheMaximum() {
    FinancialPlanService small = PlanFixtures.service(PlanLimits.DEFAULTS.withMaxLines(3));
    refused(small, "plan.xlsx", plan(line("A-1", 2026, "Training", 1, "UNDP", 0),
            line("A-1", 2027, "Training", 1, "UNDP", 0), line("A-1", 2028, "Training", 1, "UNDP", 0),
            line("A-3", 2029, "Training", 1, "UNDP", 0)),
        "Plan: (sheet) — more than 3 plan lines — combine lines (e.g. one line per action, year, category and source) "
            + "or split the plan");
  }

  @Test
  void fileLargerThanTheUploadLimit() {
    FinancialPlanService small = PlanFixtures.service(PlanLimits.DEFAULTS.withMaxFileBytes(2 * 1024));
    refused(small, "plan.xlsx", good, "plan.xlsx: (file) — the file is " + FinancialPlanReader.mb(good.length)
        + ", larger than the limit of 2 KB — remove pictures and unused sheets, or split the plan");
  }

  @Test
  void numbersAsTextThatAreAmbiguousAreRefused() {
    refused("plan.xlsx", plan(line("A-1", 2026, "Training", "1.000,50", "National budget", 0),
            line("A-1", 2027, "Training", "$1000", "National budget", 0)),
        "Plan!F2: \"1.000,50\" — not a number — type the amount as a plain number without currency or words, e.g. "
            + "125000 or 125,000.50",
        "Plan!F3: \"$1000\" — not a number — type the amount as a plain number without currency or words, e.g. "
            + "125000 or 125,000.50");
  }

  @Test
  void everyProblemAtOnceButCapped() {
    FinancialPlanService capped = PlanFixtures.service(PlanLimits.DEFAULTS.withMaxErrors(5));
    Object[][] rows = new Object[8][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = line("A-1", 2026 + (i % 5), "Training", "x" + i, "UNDP", 0);
    }
    PlanUpload.Refused r = (PlanUpload.Refused) capped.upload(PlanFixtures.CONTEXT, "p.xlsx", plan(rows), "c");
    assertThat(r.messages()).hasSize(6);
    assertThat(r.messages().get(0)).startsWith("Plan!F2: \"x0\" — not a number");
    assertThat(r.messages().get(4)).startsWith("Plan!F6: \"x4\" — not a number");
    assertThat(r.messages().get(5)).isEqualTo("Plan: (more) — 3 more problems are not listed — fix the problems above "
        + "and upload again to see the rest");
  }
}
