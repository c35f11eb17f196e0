package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The register export opened back with POI and checked cell by cell. */
class RiskRegisterWorkbookTest {

  private static final Instant REPORTED = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant RATED = Instant.parse("2026-03-03T10:30:00Z");
  private static final Instant ESCALATED = Instant.parse("2026-03-17T10:30:00Z");
  private static final Instant DECIDED = Instant.parse("2026-03-18T08:15:00Z");

  @Test
  void oneRowPerRisk_aSheetOfLevelChanges_andOneOfDecisions() throws IOException {
    RiskRegisterEntry escalated = new RiskRegisterEntry("R-20260302-AAAAAA", "SSR-01", "Spoilers in the north",
        "Armed groups refuse the dialog", "political", "Political", "monitor", REPORTED, 2, 3, "high",
        "ACCEPTED", RiskStatus.ACCEPTED.label(), "programmeManagers", false, "ACCEPTED", DECIDED, "pi-1",
        List.of(
            new RiskEvent(RATED, RiskEvent.LEVEL, "medium", null, "Rated",
                null, "Likelihood 2 × impact 3 = 6, category Political", "coordinator"),
            new RiskEvent(ESCALATED, RiskEvent.LEVEL, "high", "medium", "Deadline missed: mitigation plan",
                null, null, "system")),
        List.of(new RiskEvent(DECIDED, RiskEvent.DECISION, "high", null, "Decide on the high risk", "accept",
            "Local talks continue", "manager")));
    RiskRegisterEntry fresh = new RiskRegisterEntry("R-20260302-BBBBBB", "SSR-01", "Pledges delayed", "Late funds",
        "donorRelated", "Donor-related", "donor", REPORTED, null, null, null, "REPORTED",
        RiskStatus.REPORTED.label(), "coordinationUnit", true, null, null, "pi-2", List.of(), List.of());

    byte[] bytes = RiskRegisterWorkbook.write("SSR-01", List.of(escalated, fresh));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Risk register SSR-01");

      Sheet risks = workbook.getSheet(RiskRegisterWorkbook.RISKS_SHEET);
      assertThat(rows(risks)).containsExactly(
          List.of("Risk id", "Title", "Category", "Reported by", "Reported at (UTC)", "Likelihood", "Impact", "Level",
              "Status", "Owner", "Open", "Outcome", "Closed at (UTC)", "Description"),
          List.of("R-20260302-AAAAAA", "Spoilers in the north", "Political", "monitor", "2026-03-02T09:00", "2",
              "3", "high", "Closed: accepted", "programmeManagers", "no", "ACCEPTED", "2026-03-18T08:15",
              "Armed groups refuse the dialog"),
          List.of("R-20260302-BBBBBB", "Pledges delayed", "Donor-related", "donor", "2026-03-02T09:00", "", "",
              "", "Reported, awaiting assessment", "coordinationUnit", "yes", "", "", "Late funds"));
      assertThat(risks.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
      assertThat(risks.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);

      assertThat(rows(workbook.getSheet(RiskRegisterWorkbook.LEVEL_CHANGES_SHEET))).containsExactly(
          List.of("Risk id", "Title", "Changed at (UTC)", "From", "To", "Why", "Details", "By"),
          List.of("R-20260302-AAAAAA", "Spoilers in the north", "2026-03-03T10:30", "", "medium", "Rated",
              "Likelihood 2 × impact 3 = 6, category Political", "coordinator"),
          List.of("R-20260302-AAAAAA", "Spoilers in the north", "2026-03-17T10:30", "medium", "high",
              "Deadline missed: mitigation plan", "", "system"));

      assertThat(rows(workbook.getSheet(RiskRegisterWorkbook.DECISIONS_SHEET))).containsExactly(
          List.of("Risk id", "Title", "At (UTC)", "Level", "Step", "Decision", "Text", "By"),
          List.of("R-20260302-AAAAAA", "Spoilers in the north", "2026-03-18T08:15", "high",
              "Decide on the high risk", "Accept the risk", "Local talks continue", "manager"));
    }

    // a French programme's register: the same values, its words in French
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        RiskRegisterWorkbook.write("SSR-01", List.of(escalated, fresh), "fr")))) {
      assertThat(workbook.getProperties().getCoreProperties().getTitle()).isEqualTo("Registre des risques SSR-01");
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Risques");
      assertThat(rows(workbook.getSheetAt(0)).get(0)).startsWith("Identifiant du risque", "Intitulé", "Catégorie");
      assertThat(rows(workbook.getSheetAt(0)).get(1)).containsExactly("R-20260302-AAAAAA", "Spoilers in the north",
          "Politique", "monitor", "2026-03-02T09:00", "2", "3", "élevé", "Clos : accepté", "programmeManagers", "non",
          "ACCEPTED", "2026-03-18T08:15", "Armed groups refuse the dialog");
      assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Changements de niveau");
      assertThat(rows(workbook.getSheet("Décisions")).get(1)).contains("élevé", "Accepter le risque");
    }
  }

  @Test
  void emptyRegister_headersOnly() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        RiskRegisterWorkbook.write("SSR-02", List.of())))) {
      assertThat(workbook.getSheet(RiskRegisterWorkbook.RISKS_SHEET).getLastRowNum()).isZero();
      assertThat(workbook.getSheet(RiskRegisterWorkbook.LEVEL_CHANGES_SHEET).getLastRowNum()).isZero();
    }
  }

  /** Every row as text, column by column up to the header's width; dates as ISO local date-time, numbers whole. */
  private static List<List<String>> rows(Sheet sheet) {
    int width = sheet.getRow(0).getLastCellNum();
    List<List<String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int column = 0; column < width; column++) {
        cells.add(text(row.getCell(column)));
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      if (DateUtil.isCellDateFormatted(cell)) {
        LocalDateTime value = cell.getLocalDateTimeCellValue();
        return value.toString();
      }
      return String.valueOf((long) cell.getNumericCellValue());
    }
    return cell.getStringCellValue();
  }
}
