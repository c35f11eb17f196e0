package org.ssr.workflow.risk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The risk register as a workbook: sheet "Risks" (one row per risk), sheet "Level changes" (one row per change) and
 * sheet "Decisions". Times are UTC. Knows nothing of Camunda.
 */
public final class RiskRegisterWorkbook {

  public static final String RISKS_SHEET = "Risks";
  public static final String LEVEL_CHANGES_SHEET = "Level changes";
  public static final String DECISIONS_SHEET = "Decisions";

  public static final List<String> RISK_COLUMNS = List.of("Risk id", "Title", "Category", "Reported by",
      "Reported at (UTC)", "Likelihood", "Impact", "Level", "Status", "Owner", "Open", "Outcome", "Closed at (UTC)",
      "Description");
  public static final List<String> LEVEL_CHANGE_COLUMNS = List.of("Risk id", "Title", "Changed at (UTC)", "From",
      "To", "Why", "Details", "By");
  public static final List<String> DECISION_COLUMNS = List.of("Risk id", "Title", "At (UTC)", "Level", "Step",
      "Decision", "Text", "By");

  private RiskRegisterWorkbook() {}

  public static byte[] write(String programmeCode, List<RiskRegisterEntry> risks) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle time = workbook.createCellStyle();
      time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

      Sheet riskSheet = sheet(workbook.createSheet(RISKS_SHEET), RISK_COLUMNS, header);
      Sheet levelSheet = sheet(workbook.createSheet(LEVEL_CHANGES_SHEET), LEVEL_CHANGE_COLUMNS, header);
      Sheet decisionSheet = sheet(workbook.createSheet(DECISIONS_SHEET), DECISION_COLUMNS, header);
      for (RiskRegisterEntry risk : risks) {
        Row row = riskSheet.createRow(riskSheet.getLastRowNum() + 1);
        Cells cells = new Cells(row, time);
        cells.text(risk.riskId()).text(risk.title()).text(risk.categoryLabel()).text(risk.reportedBy())
            .time(risk.reportedAt()).number(risk.likelihood()).number(risk.impact()).text(risk.level())
            .text(risk.statusLabel()).text(risk.owner()).text(risk.open() ? "yes" : "no").text(risk.outcome())
            .time(risk.closedAt()).text(risk.description());
        for (RiskEvent change : risk.levelChanges()) {
          new Cells(levelSheet.createRow(levelSheet.getLastRowNum() + 1), time)
              .text(risk.riskId()).text(risk.title()).time(change.at()).text(change.previousLevel())
              .text(change.level()).text(change.step()).text(change.text()).text(change.by());
        }
        for (RiskEvent decision : risk.decisions()) {
          new Cells(decisionSheet.createRow(decisionSheet.getLastRowNum() + 1), time)
              .text(risk.riskId()).text(risk.title()).time(decision.at()).text(decision.level())
              .text(decision.step()).text(decision.decision()).text(decision.text()).text(decision.by());
        }
      }
      for (Sheet sheet : List.of(riskSheet, levelSheet, decisionSheet)) {
        sheet.createFreezePane(0, 1);
        for (int column = 0; column < sheet.getRow(0).getLastCellNum(); column++) {
          sheet.setColumnWidth(column, 20 * 256);
        }
      }
      workbook.getProperties().getCoreProperties().setTitle("Risk register " + programmeCode);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the risk register workbook", e);
    }
  }

  private static Sheet sheet(Sheet sheet, List<String> columns, CellStyle header) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      row.createCell(i).setCellValue(columns.get(i));
      row.getCell(i).setCellStyle(header);
    }
    return sheet;
  }

  /** Writes the cells of one row left to right; empty values leave the cell blank. */
  private static final class Cells {
    private final Row row;
    private final CellStyle time;
    private int column;

    Cells(Row row, CellStyle time) {
      this.row = row;
      this.time = time;
    }

    Cells text(String value) {
      if (value != null) {
        row.createCell(column).setCellValue(value);
      }
      column++;
      return this;
    }

    Cells number(Integer value) {
      if (value != null) {
        row.createCell(column).setCellValue(value);
      }
      column++;
      return this;
    }

    Cells time(Instant value) {
      if (value != null) {
        var cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        cell.setCellStyle(time);
      }
      column++;
      return this;
    }
  }
}
