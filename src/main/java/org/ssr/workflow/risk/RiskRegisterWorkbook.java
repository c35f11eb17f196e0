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
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;

/**
 * The risk register as a workbook: sheet "Risks" (one row per risk), sheet "Level changes" (one row per change) and
 * sheet "Decisions". Times are UTC. In the programme's language: sheet names, headers and words from
 * {@code i18n/risk*.properties}, levels and decisions in the glossary's words; what people wrote stays as written.
 * Knows nothing of Camunda.
 */
public final class RiskRegisterWorkbook {

  /** The sheets' names in the English workbook ({@code register.sheet.*} of the bundle in another language). */
  public static final String RISKS_SHEET = "Risks";
  public static final String LEVEL_CHANGES_SHEET = "Level changes";
  public static final String DECISIONS_SHEET = "Decisions";

  private static final List<String> RISK_COLUMNS = List.of("riskId", "title", "category", "reportedBy",
      "reportedAt", "likelihood", "impact", "level", "status", "owner", "open", "outcome", "closedAt", "description");
  private static final List<String> LEVEL_CHANGE_COLUMNS = List.of("riskId", "title", "changedAt", "from", "to",
      "why", "details", "by");
  private static final List<String> DECISION_COLUMNS = List.of("riskId", "title", "at", "level", "step", "decision",
      "text", "by");

  private RiskRegisterWorkbook() {}

  public static byte[] write(String programmeCode, List<RiskRegisterEntry> risks) {
    return write(programmeCode, risks, Languages.ENGLISH);
  }

  /** The register in the programme's language. */
  public static byte[] write(String programmeCode, List<RiskRegisterEntry> risks, String language) {
    Messages words = Messages.of(RiskStatus.BUNDLE, language);
    Messages glossary = Messages.of("glossary", language);
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      CellStyle time = workbook.createCellStyle();
      time.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

      Sheet riskSheet = sheet(workbook.createSheet(words.text("register.sheet.risks")), RISK_COLUMNS, header, words);
      Sheet levelSheet = sheet(workbook.createSheet(words.text("register.sheet.levelChanges")), LEVEL_CHANGE_COLUMNS,
          header, words);
      Sheet decisionSheet = sheet(workbook.createSheet(words.text("register.sheet.decisions")), DECISION_COLUMNS,
          header, words);
      for (RiskRegisterEntry risk : risks) {
        Row row = riskSheet.createRow(riskSheet.getLastRowNum() + 1);
        Cells cells = new Cells(row, time);
        cells.text(risk.riskId()).text(risk.title()).text(RiskCategory.labelOf(risk.category(), language))
            .text(risk.reportedBy()).time(risk.reportedAt()).number(risk.likelihood()).number(risk.impact())
            .text(term(glossary, "risk.level.", risk.level()))
            .text(RiskStatus.labelOf(risk.status(), language, risk.statusLabel())).text(risk.owner())
            .text(words.text(risk.open() ? "register.yes" : "register.no")).text(risk.outcome())
            .time(risk.closedAt()).text(risk.description());
        for (RiskEvent change : risk.levelChanges()) {
          new Cells(levelSheet.createRow(levelSheet.getLastRowNum() + 1), time)
              .text(risk.riskId()).text(risk.title()).time(change.at())
              .text(term(glossary, "risk.level.", change.previousLevel()))
              .text(term(glossary, "risk.level.", change.level())).text(change.step()).text(change.text())
              .text(change.by());
        }
        for (RiskEvent decision : risk.decisions()) {
          new Cells(decisionSheet.createRow(decisionSheet.getLastRowNum() + 1), time)
              .text(risk.riskId()).text(risk.title()).time(decision.at())
              .text(term(glossary, "risk.level.", decision.level())).text(decision.step())
              .text(term(glossary, "risk.decision.", decision.decision())).text(decision.text()).text(decision.by());
        }
      }
      for (Sheet sheet : List.of(riskSheet, levelSheet, decisionSheet)) {
        sheet.createFreezePane(0, 1);
        for (int column = 0; column < sheet.getRow(0).getLastCellNum(); column++) {
          sheet.setColumnWidth(column, 20 * 256);
        }
      }
      workbook.getProperties().getCoreProperties().setTitle(words.text("register.title", programmeCode));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the risk register workbook", e);
    }
  }

  /** The glossary's word for a code, the code itself when the glossary has none. */
  private static String term(Messages glossary, String prefix, String code) {
    return code == null || !glossary.has(prefix + code) ? code : glossary.text(prefix + code);
  }

  private static Sheet sheet(Sheet sheet, List<String> columns, CellStyle header, Messages words) {
    Row row = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      row.createCell(i).setCellValue(words.text("register.column." + columns.get(i)));
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
