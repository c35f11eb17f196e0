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
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.programme.ActionIndicator;
import org.ssr.workflow.programme.ActionMilestone;
import org.ssr.workflow.programme.ProgrammeSetupService;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.risk.RiskCategory;
import org.ssr.workflow.risk.RiskRegisterEntry;
import org.ssr.workflow.risk.RiskStatus;
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
    return annualReport(programme, cycleYear, reportingYear, baselineVersion, actions, reports, summary, decisions,
        executionRates, openRisks, Languages.ENGLISH);
  }

  /** The annual implementation report in the programme's language (docs/languages.md). */
  public byte[] annualReport(Programme programme, int cycleYear, int reportingYear, int baselineVersion,
      List<TransformationAction> actions, List<ActionReport> reports, String summary, String decisions,
      List<Map<String, Object>> executionRates, List<RiskRegisterEntry> openRisks, String language) {
    Words words = new Words(language);
    String year = String.valueOf(reportingYear);
    List<Map<String, Object>> rates = executionRates.stream()
        .filter(r -> r.get("year") == null || year.equals(String.valueOf(r.get("year"))))
        .toList();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {words.text("label.programme"), programme.code() + " — " + programme.name()});
      rows.add(new Object[] {words.text("label.term"), words.term(programme.term())});
      rows.add(new Object[] {words.text("label.reportingYear"), reportingYear});
      rows.add(new Object[] {words.text("label.implementationYear"), cycleYear});
      rows.add(new Object[] {words.text("label.baselineVersion"), baselineVersion});
      for (ActionStatus status : ActionStatus.values()) {
        rows.add(new Object[] {words.text("label.actions." + status.id()),
            reports.stream().filter(r -> r.status() == status).count()});
      }
      Object totalRate = rates.stream().filter(r -> TOTAL.equals(r.get("institution"))).findFirst()
          .map(r -> percent(r.get("executionRate"))).orElse(null);
      rows.add(new Object[] {words.text("label.executionRate"), totalRate != null ? totalRate
          : rates.isEmpty() ? words.text("value.noExecution") : words.text("value.nothingPlanned")});
      rows.add(new Object[] {words.text("label.openRisks"), openRisks.size()});
      rows.add(new Object[] {words.text("label.summary"), summary});
      rows.add(new Object[] {words.text("label.decisions"), decisions});
      sheet(workbook, words.text("sheet.annualReport"), new String[] {"", ""}, rows);

      List<Object[]> progress = new ArrayList<>();
      for (ActionReport report : reports) {
        progress.add(new Object[] {report.institution(), report.actionId(), report.actionTitle(),
            words.status(report.status()), String.join("; ", report.milestonesReached()), report.narrative(),
            report.reportedBy()});
      }
      sheet(workbook, words.text("sheet.progress"), words.columns("institution", "action", "title", "status",
          "milestonesReached", "narrative", "reportedBy"), progress);

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
      sheet(workbook, words.text("sheet.indicators"), new String[] {words.text("column.action"),
          words.text("column.indicator"), words.text("column.unit"), words.text("column.baseline"),
          words.text("column.target", year), words.text("column.value", year), words.text("column.progress")},
          indicators);

      List<Object[]> milestones = new ArrayList<>();
      for (TransformationAction action : actions) {
        for (ActionMilestone milestone : action.milestones()) {
          boolean reached = reports.stream().anyMatch(r -> r.actionId().equals(action.id())
              && r.milestonesReached().contains(milestone.title()));
          milestones.add(new Object[] {action.id(), milestone.year(), milestone.title(),
              reached ? words.text("value.reached") : ""});
        }
      }
      sheet(workbook, words.text("sheet.milestones"), words.columns("action", "year", "milestone", "reachedThisYear"),
          milestones);

      List<Object[]> execution = new ArrayList<>();
      for (Map<String, Object> rate : rates) {
        Object institution = rate.get("institution");
        execution.add(new Object[] {TOTAL.equals(institution) ? words.text("value.total") : institution,
            number(rate.get("planned")), number(rate.get("committed")), number(rate.get("spent")),
            percent(rate.get("executionRate"))});
      }
      sheet(workbook, words.text("sheet.budgetExecution"), new String[] {words.text("column.institution"),
          words.text("column.planned", year), words.text("column.committed"), words.text("column.spent"),
          words.text("column.executionRate")}, execution);

      List<Object[]> risks = new ArrayList<>();
      for (RiskRegisterEntry risk : openRisks) {
        risks.add(new Object[] {risk.riskId(), risk.title(), RiskCategory.labelOf(risk.category(), language),
            risk.level() == null ? words.text("value.notRated") : words.glossary("risk.level.", risk.level()),
            RiskStatus.labelOf(risk.status(), language, risk.statusLabel()), risk.owner(),
            words.date(risk.reportedAt())});
      }
      sheet(workbook, words.text("sheet.openRisks"), words.columns("risk", "title", "category", "level", "status",
          "whoActs", "reported"), risks);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] amendment(Programme programme, int inForceVersion, List<TransformationAction> inForce,
      List<TransformationAction> proposed, String reason) {
    return amendment(programme, inForceVersion, inForce, proposed, reason, Languages.ENGLISH);
  }

  /** The proposed baseline beside the one in force: what oversight approves when it approves an amendment. */
  public byte[] amendment(Programme programme, int inForceVersion, List<TransformationAction> inForce,
      List<TransformationAction> proposed, String reason, String language) {
    Words words = new Words(language);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      List<Object[]> rows = new ArrayList<>();
      rows.add(new Object[] {words.text("label.programme"), programme.code() + " — " + programme.name()});
      rows.add(new Object[] {words.text("label.baselineInForce"), inForceVersion});
      rows.add(new Object[] {words.text("label.proposedBaseline"), inForceVersion + 1});
      rows.add(new Object[] {words.text("label.reason"), reason});
      sheet(workbook, words.text("sheet.amendment"), new String[] {"", ""}, rows);
      actions(workbook, words, words.text("sheet.proposed"), proposed);
      actions(workbook, words, words.text("sheet.inForce", String.valueOf(inForceVersion)), inForce);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] finalEvaluation(Programme programme, String changes, String lessons, String remaining,
      List<Map<String, Object>> baselines, List<TransformationAction> actions, List<ActionReport> reports) {
    return finalEvaluation(programme, changes, lessons, remaining, baselines, actions, reports, Languages.ENGLISH);
  }

  /** What changed, the lessons, what remains; every baseline and the last status of every action. */
  public byte[] finalEvaluation(Programme programme, String changes, String lessons, String remaining,
      List<Map<String, Object>> baselines, List<TransformationAction> actions, List<ActionReport> reports,
      String language) {
    Words words = new Words(language);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      sheet(workbook, words.text("sheet.finalEvaluation"), new String[] {"", ""}, List.of(
          new Object[] {words.text("label.programme"), programme.code() + " — " + programme.name()},
          new Object[] {words.text("label.whatChanged"), changes},
          new Object[] {words.text("label.lessons"), lessons},
          new Object[] {words.text("label.remaining"), remaining}));
      List<Object[]> history = new ArrayList<>();
      for (Map<String, Object> baseline : baselines) {
        history.add(new Object[] {baseline.get("version"), baseline.get("adoptedAt"), baseline.get("reason"),
            baseline.get("actions") instanceof List<?> list ? list.size() : 0});
      }
      sheet(workbook, words.text("sheet.baselines"), words.columns("version", "adoptedAt", "reason", "actions"),
          history);
      Map<String, ActionStatus> latest = ImplementationService.latestStatus(reports);
      List<Object[]> status = new ArrayList<>();
      for (TransformationAction action : actions) {
        ActionStatus last = latest.get(action.id());
        status.add(new Object[] {action.id(), action.title(), action.ownerInstitution(),
            last == null ? words.text("value.neverReported") : words.status(last)});
      }
      sheet(workbook, words.text("sheet.actions"), words.columns("action", "title", "owner", "lastStatus"), status);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void actions(XSSFWorkbook workbook, Words words, String name, List<TransformationAction> actions) {
    List<Object[]> rows = new ArrayList<>();
    for (TransformationAction action : actions) {
      rows.add(new Object[] {action.id(), action.title(), action.institution(), action.ownerInstitution(),
          action.startYear(), action.endYear(),
          String.join("\n", action.indicators().stream().map(i -> words.text("value.indicator", i.name(), i.unit(),
              i.baseline(), String.valueOf(i.targets()))).toList()),
          String.join("\n", action.milestones().stream().map(m -> m.year() + ": " + m.title()).toList())});
    }
    sheet(workbook, name, words.columns("action", "title", "institution", "owner", "start", "end", "indicators",
        "milestones"), rows);
  }

  /** The execution rates' line for the whole plan, as finance writes it. */
  static final String TOTAL = "Total";

  /**
   * The workbooks' words in one language: sheet names, headers and labels from {@code i18n/implementation*.properties},
   * the domain's words (the programme's term, risk levels) from the glossary, dates written as text the language's way.
   */
  static final class Words {
    private final Messages messages;
    private final Messages glossary;

    Words(String language) {
      this.messages = Messages.of("implementation", language);
      this.glossary = Messages.of("glossary", language);
    }

    String text(String key, Object... args) {
      return messages.text(key, args);
    }

    String[] columns(String... keys) {
      return java.util.Arrays.stream(keys).map(key -> text("column." + key)).toArray(String[]::new);
    }

    String status(ActionStatus status) {
      return text("status." + status.id());
    }

    String glossary(String prefix, String code) {
      return glossary.has(prefix + code) ? glossary.text(prefix + code) : code;
    }

    /** "Security Sector Reform" / "Security Sector Transformation" in the glossary's words. */
    String term(String term) {
      return ProgrammeSetupService.TERM_TRANSFORMATION.equals(term) ? glossary.text("term.sst")
          : ProgrammeSetupService.TERM_REFORM.equals(term) ? glossary.text("term.ssr") : term;
    }

    String date(java.time.Instant instant) {
      return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern(text("format.date"),
          messages.locale()).format(instant.atZone(java.time.ZoneOffset.UTC));
    }
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
