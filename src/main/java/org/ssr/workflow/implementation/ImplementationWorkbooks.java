package org.ssr.workflow.implementation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ssr.workflow.programme.ActionIndicator;
import org.ssr.workflow.programme.ActionMilestone;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.risk.RiskRegisterEntry;
import org.springframework.stereotype.Component;

/**
 * The workbooks the oversight bodies review in implementation: the annual implementation report, a proposed
 * amendment beside the baseline in force, and the final evaluation. Knows nothing of the engine.
 */
@Component
public class ImplementationWorkbooks {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Who the workbook is about. */
  public record Programme(String code, String name, String term) {}

  /**
   * Progress per institution and action, indicators against this year's targets, the decisions of the year, the
   * year's budget execution and the risks still open: {@code reports} this year's action reports, {@code executionRates} as the
   * budget execution import wrote them (budgetExecutionRates: per institution and a last "Total", {institution, year,
   * planned, committed, spent, executionRate}; entries of another year are left out), {@code openRisks} the
   * programme's step-12 risks still open (reported, rated, escalated, decided on).
   */
  public byte[] annualReport(Programme programme, int cycleYear, int reportingYear, int baselineVersion,
      List<TransformationAction> actions, List<ActionReport> reports, String summary, String decisions,
      List<Map<String, Object>> executionRates, List<RiskRegisterEntry> openRisks) {
    List<Map<String, Object>> rates = executionRates.stream()
        .filter(r -> r.get("year") == null || String.valueOf(reportingYear).equals(String.valueOf(r.get("year"))))
        .toList();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {"Programme", programme.code() + " — " + programme.name()});
      rows.add(new Object[] {"Term", programme.term()});
      rows.add(new Object[] {"Reporting year", reportingYear});
      rows.add(new Object[] {"Implementation year", cycleYear});
      rows.add(new Object[] {"Baseline version", baselineVersion});
      for (ActionStatus status : ActionStatus.values()) {
        rows.add(new Object[] {"Actions " + status.label().toLowerCase(),
            reports.stream().filter(r -> r.status() == status).count()});
      }
      Object totalRate = rates.stream().filter(r -> "Total".equals(r.get("institution"))).findFirst()
          .map(r -> percent(r.get("executionRate"))).orElse(null);
      rows.add(new Object[] {"Budget execution rate (%)", totalRate != null ? totalRate
          : rates.isEmpty() ? "no budget execution imported" : "nothing planned"});
      rows.add(new Object[] {"Open risks", openRisks.size()});
      rows.add(new Object[] {"Summary", summary});
      rows.add(new Object[] {"Decisions", decisions});
      sheet(workbook, "Annual report", new String[] {"", ""}, rows);

      List<Object[]> progress = new ArrayList<>();
      for (ActionReport report : reports) {
        progress.add(new Object[] {report.institution(), report.actionId(), report.actionTitle(),
            report.status().label(), String.join("; ", report.milestonesReached()), report.narrative(),
            report.reportedBy()});
      }
      sheet(workbook, "Progress", new String[] {"Institution", "Action", "Title", "Status", "Milestones reached",
          "Narrative", "Reported by"}, progress);

      List<Object[]> indicators = new ArrayList<>();
      for (ActionReport report : reports) {
        TransformationAction action = actions.stream().filter(a -> a.id().equals(report.actionId())).findFirst()
            .orElse(null);
        for (Map.Entry<String, BigDecimal> value : report.indicatorValues().entrySet()) {
          ActionIndicator indicator = action == null ? null : action.indicators().stream()
              .filter(i -> i.name().equals(value.getKey())).findFirst().orElse(null);
          BigDecimal baseline = indicator == null ? null : indicator.baseline();
          BigDecimal target = indicator == null ? null : indicator.targetFor(reportingYear);
          indicators.add(new Object[] {report.actionId(), value.getKey(), indicator == null ? "" : indicator.unit(),
              baseline, target, value.getValue(), progress(baseline, target, value.getValue())});
        }
      }
      sheet(workbook, "Indicators", new String[] {"Action", "Indicator", "Unit", "Baseline",
          "Target " + reportingYear, "Value " + reportingYear, "Progress to target (%)"}, indicators);

      List<Object[]> milestones = new ArrayList<>();
      for (TransformationAction action : actions) {
        for (ActionMilestone milestone : action.milestones()) {
          boolean reached = reports.stream().anyMatch(r -> r.actionId().equals(action.id())
              && r.milestonesReached().contains(milestone.title()));
          milestones.add(new Object[] {action.id(), milestone.year(), milestone.title(), reached ? "reached" : ""});
        }
      }
      sheet(workbook, "Milestones", new String[] {"Action", "Year", "Milestone", "Reached this year"}, milestones);

      List<Object[]> execution = new ArrayList<>();
      for (Map<String, Object> rate : rates) {
        execution.add(new Object[] {rate.get("institution"), number(rate.get("planned")),
            number(rate.get("committed")), number(rate.get("spent")), percent(rate.get("executionRate"))});
      }
      sheet(workbook, "Budget execution", new String[] {"Institution", "Planned " + reportingYear, "Committed",
          "Spent", "Execution rate (%)"}, execution);

      List<Object[]> risks = new ArrayList<>();
      for (RiskRegisterEntry risk : openRisks) {
        risks.add(new Object[] {risk.riskId(), risk.title(), risk.categoryLabel(),
            risk.level() == null ? "not rated yet" : risk.level(), risk.statusLabel(), risk.owner(),
            risk.reportedAt() == null ? "" : risk.reportedAt().toString().substring(0, 10)});
      }
      sheet(workbook, "Open risks", new String[] {"Risk", "Title", "Category", "Level", "Status", "Who acts",
          "Reported"}, risks);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The proposed baseline beside the one in force: what oversight approves when it approves an amendment. */
  public byte[] amendment(Programme programme, int inForceVersion, List<TransformationAction> inForce,
      List<TransformationAction> proposed, String reason) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {"Programme", programme.code() + " — " + programme.name()});
      rows.add(new Object[] {"Baseline in force", inForceVersion});
      rows.add(new Object[] {"Proposed baseline", inForceVersion + 1});
      rows.add(new Object[] {"Reason", reason});
      sheet(workbook, "Amendment", new String[] {"", ""}, rows);
      actions(workbook, "Proposed", proposed);
      actions(workbook, "In force (v" + inForceVersion + ")", inForce);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What changed, the lessons, what remains; every baseline and the last status of every action. */
  public byte[] finalEvaluation(Programme programme, String changes, String lessons, String remaining,
      List<Map<String, Object>> baselines, List<TransformationAction> actions, List<ActionReport> reports) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      sheet(workbook, "Final evaluation", new String[] {"", ""}, List.of(
          new Object[] {"Programme", programme.code() + " — " + programme.name()},
          new Object[] {"What changed", changes},
          new Object[] {"Lessons learned", lessons},
          new Object[] {"What remains", remaining}));
      List<Object[]> history = new ArrayList<>();
      for (Map<String, Object> baseline : baselines) {
        history.add(new Object[] {baseline.get("version"), baseline.get("adoptedAt"), baseline.get("reason"),
            baseline.get("actions") instanceof List<?> list ? list.size() : 0});
      }
      sheet(workbook, "Baselines", new String[] {"Version", "Adopted at", "Reason", "Actions"}, history);
      Map<String, ActionStatus> latest = ImplementationService.latestStatus(reports);
      List<Object[]> status = new ArrayList<>();
      for (TransformationAction action : actions) {
        ActionStatus last = latest.get(action.id());
        status.add(new Object[] {action.id(), action.title(), action.ownerInstitution(),
            last == null ? "never reported" : last.label()});
      }
      sheet(workbook, "Actions", new String[] {"Action", "Title", "Owner", "Last status"}, status);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void actions(XSSFWorkbook workbook, String name, List<TransformationAction> actions) {
    List<Object[]> rows = new ArrayList<>();
    for (TransformationAction action : actions) {
      rows.add(new Object[] {action.id(), action.title(), action.institution(), action.ownerInstitution(),
          action.startYear(), action.endYear(),
          String.join("\n", action.indicators().stream().map(i -> i.name() + " (" + i.unit() + "): baseline "
              + i.baseline().toPlainString() + ", targets " + i.targets()).toList()),
          String.join("\n", action.milestones().stream().map(m -> m.year() + ": " + m.title()).toList())});
    }
    sheet(workbook, name, new String[] {"Action", "Title", "Institution", "Owner", "Start", "End", "Indicators",
        "Milestones"}, rows);
  }

  /** Percent of the way from the baseline to the target; null when it cannot be said. */
  static BigDecimal progress(BigDecimal baseline, BigDecimal target, BigDecimal value) {
    if (baseline == null || target == null || value == null || target.compareTo(baseline) == 0) {
      return null;
    }
    return value.subtract(baseline).multiply(BigDecimal.valueOf(100))
        .divide(target.subtract(baseline), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal number(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A rate (0.5) as a percentage with one decimal (50.0); null when there is none. */
  private static BigDecimal percent(Object rate) {
    BigDecimal r = number(rate);
    return r == null ? null : r.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }

  private static void sheet(XSSFWorkbook workbook, String name, String[] header, List<Object[]> rows) {
    Sheet sheet = workbook.createSheet(name);
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row head = sheet.createRow(0);
    for (int c = 0; c < header.length; c++) {
      head.createCell(c).setCellValue(header[c]);
      head.getCell(c).setCellStyle(bold);
    }
    int r = 1;
    for (Object[] values : rows) {
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.length; c++) {
        Object value = values[c];
        if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
    for (int c = 0; c < header.length; c++) {
      sheet.setColumnWidth(c, 24 * 256);
    }
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
