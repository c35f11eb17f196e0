package org.ssr.workflow.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ssr.workflow.decision.ChainCheck;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.finance.PlanTotals;
import org.ssr.workflow.implementation.ImplementationProgress;
import org.ssr.workflow.risk.RiskEvent;
import org.ssr.workflow.risk.RiskLevel;

/**
 * The accountability exports as XLSX, formatted for print: a styled header row on every sheet, frozen and repeated on
 * every printed page, sensible column widths with wrapped text, an auto-filter, landscape A4 fitted to the page
 * width, and the programme and sheet named in the page header. Dates are UTC. Knows nothing of the engine.
 */
public class ProgrammeReportWriter {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static final String SHEET_SUMMARY = "Summary";
  public static final String SHEET_STEPS = "Steps";
  public static final String SHEET_DECISIONS = "Decision record";
  public static final String SHEET_REVIEWS = "Oversight reviews";
  public static final String SHEET_RISKS = "Risks";
  public static final String SHEET_RISK_HISTORY = "Risk history";
  public static final String SHEET_PLAN = "Financial plan";
  public static final String SHEET_PLEDGES = "Donor pledges";
  public static final String SHEET_PORTFOLIO = "Portfolio";
  public static final String SHEET_LOCAL_PLATFORMS = "Local platforms";
  public static final String SHEET_IMPLEMENTATION = "Implementation";
  public static final String SHEET_INDICATORS = "Indicators";
  public static final String SHEET_TRACEABILITY = "Traceability";

  static final List<Column> STEPS = List.of(col("Step", 7), col("Title", 34), col("Status", 20),
      col("Started (UTC)", 17), col("Ended (UTC)", 17), col("Why it does not apply", 45), col("Open now", 34),
      col("Note", 34));
  static final List<Column> DECISIONS = List.of(col("No.", 7), col("Decided at (UTC)", 17), col("Kind", 18),
      col("Subject", 40), col("On behalf of", 20), col("Decided by", 14), col("Decision", 16), col("Reasons", 50),
      col("Hash (SHA-256)", 20));
  static final List<Column> REVIEWS = List.of(col("Review", 20), col("Subject", 40), col("Version", 9),
      col("Reviewing bodies", 30), col("Started (UTC)", 17), col("Deadline (UTC)", 17), col("Ended (UTC)", 17),
      col("Outcome", 11), col("Days overdue", 10), col("Waiting for", 30));
  static final List<Column> RISKS = List.of(col("Risk id", 18), col("Title", 34), col("Category", 16),
      col("Reported by", 14), col("Reported at (UTC)", 17), col("Level", 10), col("Status", 28), col("Owner", 18),
      col("Open", 7), col("Closed at (UTC)", 17));
  static final List<Column> RISK_HISTORY = List.of(col("Risk id", 18), col("At (UTC)", 17), col("Event", 10),
      col("Level", 10), col("Previous level", 10), col("What happened", 32), col("Decision", 16), col("Text", 50),
      col("By", 14));
  static final List<Column> PLAN = List.of(col("Breakdown", 16), col("Item", 30), col("Required", 18),
      col("Available", 18), col("Funding gap", 18));
  static final List<Column> PLEDGES = List.of(col("Donor", 24), col("Amount", 16), col("Year", 7),
      col("Action", 12), col("Institution", 14), col("Conditions", 40), col("Stated agenda", 45),
      col("Recorded by", 14), col("Recorded at (UTC)", 17));
  static final List<Column> LOCAL_PLATFORMS = List.of(col("Region", 20), col("Reports filed", 9),
      col("Last meeting", 12), col("Open follow-ups", 9), col("Overdue follow-ups", 9),
      col("Oldest open follow-up (days)", 11), col("Answered follow-ups", 9), col("Concerns made risks", 9),
      col("Human-rights concerns by quarter", 40));
  static final List<Column> IMPLEMENTATION = List.of(col("Institution", 16), col("Actions", 9), col("On track", 9),
      col("Delayed", 9), col("Blocked", 9), col("Done", 9), col("Not reported yet", 9), col("Last reported year", 10));
  static final List<Column> INDICATORS = List.of(col("Action", 10), col("Indicator", 30), col("Unit", 12),
      col("Baseline", 12), col("Reported for year", 9), col("Target that year", 12), col("Value", 12),
      col("Progress to target (%)", 12));
  static final List<Column> SUMMARY = List.of(col("Item", 34), col("Value", 70));
  static final List<Column> TRACEABILITY = List.of(col("Section", 16), col("Id", 22), col("Description", 50),
      col("Required", 16), col("Available", 16), col("Action", 30), col("Kind", 18), col("Gaps", 30),
      col("Priorities", 36), col("Agreements", 36), col("Indicators", 40));

  /** Portfolio columns: the fixed ones, then one per step, then reviews, risks and plan. */
  static final List<Column> PORTFOLIO_HEAD = List.of(col("Code", 14), col("Programme", 30), col("Country", 14),
      col("Term", 16), col("State", 20), col("Started (UTC)", 17), col("Ended (UTC)", 17), col("Steps done", 8),
      col("Steps active", 8), col("Steps skipped", 8));
  static final List<Column> PORTFOLIO_TAIL = List.of(col("Open reviews", 9), col("Overdue reviews", 9),
      col("Most days overdue", 9), col("Open risks low", 8), col("Open risks medium", 8), col("Open risks high", 8),
      col("Open risks critical", 8), col("Plan version", 8), col("Required", 16), col("Available", 16),
      col("Funding gap", 16), col("Phase", 14), col("Implementation year", 10), col("Budget execution rate (%)", 10),
      col("Execution year", 9));

  record Column(String title, int width) {}

  private static Column col(String title, int width) {
    return new Column(title, width);
  }

  // ---------------------------------------------------------------- programme report

  public byte[] programme(ProgrammeDetails details, Instant generatedAt) {
    return programme(details, null, generatedAt);
  }

  /** The programme report with its Traceability sheet ({@code trace} null: the sheet says there is none). */
  public byte[] programme(ProgrammeDetails details, Traceability trace, Instant generatedAt) {
    ProgrammeStatus p = details.programme();
    try (Book book = new Book(title(p))) {
      summary(book, details, generatedAt);

      Sheet steps = book.sheet(SHEET_STEPS, STEPS);
      for (StepStatus s : p.steps()) {
        book.row(steps, s.number(), s.title(), s.stateLabel(), s.startedAt(), s.endedAt(), s.justification(),
            String.join("; ", s.activeTasks()), s.note());
      }
      book.finish(steps, STEPS, p.steps().size());

      Sheet decisions = book.sheet(SHEET_DECISIONS, DECISIONS);
      // the programme's decision record, not the decisionLog variable (which an administrator can overwrite)
      for (DecisionEntry d : details.decisions()) {
        book.row(decisions, d.sequence(), d.occurredAt(), d.kind(), d.subject(), d.party(), d.actor(), d.outcome(),
            d.reason(), d.hash());
      }
      book.finish(decisions, DECISIONS, details.decisions().size());

      Sheet reviews = book.sheet(SHEET_REVIEWS, REVIEWS);
      for (ReviewStatus r : details.reviews()) {
        book.row(reviews, r.kind(), r.subject(), r.version(), String.join(", ", r.reviewGroups()), r.startedAt(),
            r.dueAt(), r.endedAt(), r.open() ? "open" : r.outcome(), r.daysOverdue(),
            String.join(", ", r.waitingFor()));
      }
      book.finish(reviews, REVIEWS, details.reviews().size());

      Sheet risks = book.sheet(SHEET_RISKS, RISKS);
      Sheet history = book.sheet(SHEET_RISK_HISTORY, RISK_HISTORY);
      int events = 0;
      for (RiskStatusView r : details.risks()) {
        book.row(risks, r.riskId(), r.title(), r.category(), r.reportedBy(), r.reportedAt(), r.level(),
            r.statusLabel(), r.owner(), r.open() ? "yes" : "no", r.closedAt());
        for (RiskEvent e : r.history()) {
          book.row(history, r.riskId(), e.at(), e.type(), e.level(), e.previousLevel(), e.step(), e.decision(),
              e.text(), e.by());
          events++;
        }
      }
      book.finish(risks, RISKS, details.risks().size());
      book.finish(history, RISK_HISTORY, events);

      Sheet plan = book.sheet(SHEET_PLAN, PLAN);
      int planRows = 0;
      PlanStatus ps = p.plan();
      if (ps != null) {
        book.row(plan, "Total", "Version " + ps.version(), ps.required(), ps.available(), ps.fundingGap());
        planRows++;
        planRows += breakdown(book, plan, "Year", ps.byYear());
        planRows += breakdown(book, plan, "Institution", ps.byInstitution());
        planRows += breakdown(book, plan, "Funding source", ps.bySource());
      }
      book.finish(plan, PLAN, planRows);

      Sheet pledges = book.sheet(SHEET_PLEDGES, PLEDGES);
      for (DonorPledge d : details.pledges()) {
        book.row(pledges, d.donor(), d.amount(), d.year(), d.actionId(), d.institution(), d.conditions(), d.agenda(),
            d.recordedBy(), d.recordedAt());
      }
      book.finish(pledges, PLEDGES, details.pledges().size());

      Sheet local = book.sheet(SHEET_LOCAL_PLATFORMS, LOCAL_PLATFORMS);
      for (LocalPlatformStatus l : details.localPlatforms()) {
        book.row(local, l.region(), l.reportsFiled(), l.lastMeeting() == null ? null : l.lastMeeting().toString(),
            l.openFollowUps(), l.overdueFollowUps(), l.oldestOpenFollowUpDays(), l.answeredFollowUps(),
            l.concernsAsRisks(), new java.util.TreeMap<>(l.concernsByQuarter()).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
      }
      book.finish(local, LOCAL_PLATFORMS, details.localPlatforms().size());

      ImplementationProgress implementation = details.implementation();
      Sheet institutions = book.sheet(SHEET_IMPLEMENTATION, IMPLEMENTATION);
      List<ImplementationProgress.InstitutionProgress> owners =
          implementation == null ? List.of() : implementation.institutions();
      for (ImplementationProgress.InstitutionProgress i : owners) {
        book.row(institutions, i.institution(), i.actions(), i.byStatus().getOrDefault("onTrack", 0),
            i.byStatus().getOrDefault("delayed", 0), i.byStatus().getOrDefault("blocked", 0),
            i.byStatus().getOrDefault("done", 0), i.byStatus().getOrDefault(ImplementationProgress.NOT_REPORTED, 0),
            i.lastReportedYear());
      }
      book.finish(institutions, IMPLEMENTATION, owners.size());
      Sheet indicators = book.sheet(SHEET_INDICATORS, INDICATORS);
      List<ImplementationProgress.IndicatorProgress> measured =
          implementation == null ? List.of() : implementation.indicators();
      for (ImplementationProgress.IndicatorProgress i : measured) {
        book.row(indicators, i.actionId(), i.indicator(), i.unit(), i.baseline(), i.year(), i.target(), i.value(),
            i.progress());
      }
      book.finish(indicators, INDICATORS, measured.size());

      traceability(book, trace);
      return book.bytes();
    }
  }

  /**
   * The warnings first, then every budget line back to its action, gaps, priorities and agreements (with the action's
   * indicators), the actions without lines, and each priority with what serves it.
   */
  private static void traceability(Book book, Traceability trace) {
    Sheet sheet = book.sheet(SHEET_TRACEABILITY, TRACEABILITY);
    int rows = 0;
    if (trace == null) {
      book.row(sheet, "None", null, "No traceability: the programme's content could not be read.");
      book.finish(sheet, TRACEABILITY, 1);
      return;
    }
    java.util.Map<String, Traceability.GapTrace> gaps = new java.util.LinkedHashMap<>();
    trace.gaps().forEach(g -> gaps.put(g.id(), g));
    java.util.Map<String, Traceability.PriorityTrace> priorities = new java.util.LinkedHashMap<>();
    trace.priorities().forEach(pr -> priorities.put(pr.id(), pr));
    java.util.Map<String, Traceability.AgreementTrace> agreements = new java.util.LinkedHashMap<>();
    trace.agreements().forEach(a -> agreements.put(a.id(), a));
    for (Traceability.Warning w : trace.warnings()) {
      book.row(sheet, "Warning", w.subjectType() + " " + w.subject(), w.message(), null, null, null, w.kind().name());
      rows++;
    }
    for (Traceability.ActionTrace a : trace.actions()) {
      String action = a.id() + " " + a.title();
      String gapText = a.gapIds().stream().map(id -> gaps.containsKey(id) ? id + " " + gaps.get(id).text() : id)
          .collect(Collectors.joining("; "));
      String priorityText = a.servesPriorityIds().stream()
          .map(id -> priorities.containsKey(id) ? id + " " + priorities.get(id).text() : id)
          .collect(Collectors.joining("; "));
      String agreementText = a.servesPriorityIds().stream().filter(priorities::containsKey)
          .flatMap(id -> priorities.get(id).agreementIds().stream()).distinct()
          .map(id -> agreements.containsKey(id) ? id + " (" + agreements.get(id).status() + ") "
              + agreements.get(id).text() : id + " (not in the ledger)")
          .collect(Collectors.joining("; "));
      String indicators = a.indicators().stream().map(i -> i.name() + " " + i.baseline() + " → " + i.targets())
          .collect(Collectors.joining("; "));
      String kind = a.kind() == null ? "not tagged" : a.kind();
      if (a.lines().isEmpty()) {
        book.row(sheet, "Action", a.id(), "No plan line funds this action.", a.required(), a.available(), action,
            kind, gapText, a.traced() ? priorityText : "none: untraced", agreementText, indicators);
        rows++;
      }
      for (Traceability.LineTrace l : a.lines()) {
        book.row(sheet, "Budget line", l.institution() + " " + l.year(),
            l.costCategory() + " (" + l.fundingSource() + ")", l.required(), l.available(), action, kind, gapText,
            a.traced() ? priorityText : "none: untraced", agreementText, indicators);
        rows++;
      }
    }
    for (Traceability.LineTrace l : trace.linesWithoutAction()) {
      book.row(sheet, "Budget line", l.institution() + " " + l.year(),
          l.costCategory() + " (" + l.fundingSource() + ")", l.required(), l.available(), "none: untraced");
      rows++;
    }
    for (Traceability.PriorityTrace pr : trace.priorities()) {
      book.row(sheet, "Priority", pr.id(), pr.text(), pr.required(), pr.available(),
          String.join(", ", pr.actionIds()), null, String.join(", ", pr.gapIds()), null,
          String.join(", ", pr.agreementIds()), null);
      rows++;
    }
    if (trace.donorAlignment() != null) {
      for (org.ssr.workflow.finance.DonorAlignment.PriorityPledges pp : trace.donorAlignment().byPriority()) {
        book.row(sheet, "Pledged", pp.priorityId(), String.join(", ", pp.donors()), pp.amount());
        rows++;
      }
      for (DonorPledge d : trace.donorAlignment().unaligned()) {
        book.row(sheet, "Pledged", "no priority", d.donor() + " " + d.year(), d.amount());
        rows++;
      }
      var alignment = trace.donorAlignment();
      book.row(sheet, "National share", alignment.nationalShare() == null ? "no plan" : alignment.nationalShare()
          + " %", alignment.nationalShareTarget() == null ? "no target set" : "target "
          + alignment.nationalShareTarget().stripTrailingZeros().toPlainString() + " %");
      rows++;
    }
    book.finish(sheet, TRACEABILITY, rows);
  }

  private static int breakdown(Book book, Sheet sheet, String what, List<PlanTotals.Row> rows) {
    if (rows == null) {
      return 0;
    }
    for (PlanTotals.Row row : rows) {
      book.row(sheet, what, row.key(), row.required(), row.available(), row.gap());
    }
    return rows.size();
  }

  private static void summary(Book book, ProgrammeDetails details, Instant generatedAt) {
    ProgrammeStatus p = details.programme();
    Sheet sheet = book.sheet(SHEET_SUMMARY, SUMMARY);
    int rows = 0;
    rows += book.pair(sheet, "Programme code", p.code());
    rows += book.pair(sheet, "Programme name", p.name());
    rows += book.pair(sheet, "Country", p.country());
    rows += book.pair(sheet, "Term", p.term());
    rows += book.pair(sheet, "State", p.stateLabel());
    rows += book.pair(sheet, "Why it ended", p.endReason());
    rows += book.pair(sheet, "Started (UTC)", p.startedAt());
    rows += book.pair(sheet, "Ended (UTC)", p.endedAt());
    rows += book.pair(sheet, "Started by", p.startedBy());
    rows += book.pair(sheet, "Transformation track on hold", p.transformationOnHold() ? "yes" : "no");
    rows += book.pair(sheet, "Steps done", count(p, StepState.DONE));
    rows += book.pair(sheet, "Steps active", count(p, StepState.ACTIVE));
    rows += book.pair(sheet, "Steps skipped", count(p, StepState.SKIPPED));
    rows += book.pair(sheet, "Decisions recorded", details.decisions().size());
    rows += book.pair(sheet, "Decision chain", chain(details.decisionChain()));
    rows += book.pair(sheet, "Decision chain head (SHA-256)", details.decisionChain().headHash());
    rows += book.pair(sheet, "Open oversight reviews", p.openReviews().size());
    rows += book.pair(sheet, "Overdue oversight reviews", p.overdueReviews());
    rows += book.pair(sheet, "Open risks", p.openRisks());
    rows += book.pair(sheet, "Open risks by level", p.openRisksByLevel().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
    PlanStatus plan = p.plan();
    rows += book.pair(sheet, "Financial plan version", plan == null ? "none yet" : plan.version());
    if (plan != null) {
      rows += book.pair(sheet, "Plan approved by oversight", plan.approved() ? "yes" : "no");
      rows += book.pair(sheet, "Plan: required", plan.required());
      rows += book.pair(sheet, "Plan: available", plan.available());
      rows += book.pair(sheet, "Plan: funding gap", plan.fundingGap());
      rows += book.pair(sheet, "Plan: national share", plan.nationalShare() == null ? null
          : plan.nationalShare().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + " %");
    }
    rows += book.pair(sheet, "Report generated (UTC)", generatedAt);
    book.finish(sheet, SUMMARY, rows);
  }

  private static long count(ProgrammeStatus p, StepState state) {
    return p.steps().stream().filter(s -> s.state() == state).count();
  }

  private static String title(ProgrammeStatus p) {
    return "Programme " + p.code() + (p.name() == null ? "" : " - " + p.name());
  }

  // ---------------------------------------------------------------- portfolio

  public byte[] portfolio(List<ProgrammeStatus> programmes, Instant generatedAt) {
    List<Column> columns = new java.util.ArrayList<>(PORTFOLIO_HEAD);
    for (int step = 1; step <= 12; step++) {
      columns.add(col("Step " + step, 12));
    }
    columns.addAll(PORTFOLIO_TAIL);
    try (Book book = new Book("SSR programme portfolio, " + generatedAt.toString().substring(0, 10))) {
      Sheet sheet = book.sheet(SHEET_PORTFOLIO, columns);
      for (ProgrammeStatus p : programmes) {
        List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(p.code(), p.name(), p.country(),
            p.term(), p.stateLabel()));
        values.add(p.startedAt());
        values.add(p.endedAt());
        values.add(count(p, StepState.DONE));
        values.add(count(p, StepState.ACTIVE));
        values.add(count(p, StepState.SKIPPED));
        p.steps().forEach(s -> values.add(s.stateLabel()));
        values.add(p.openReviews().size());
        values.add(p.overdueReviews());
        values.add(p.openReviews().stream().mapToLong(ReviewStatus::daysOverdue).max().orElse(0));
        for (RiskLevel level : RiskLevel.values()) {
          values.add(p.openRisksByLevel().getOrDefault(level.id(), 0));
        }
        PlanStatus plan = p.plan();
        values.add(plan == null ? null : plan.version());
        values.add(plan == null ? null : plan.required());
        values.add(plan == null ? null : plan.available());
        values.add(plan == null ? null : plan.fundingGap());
        values.add(phaseLabel(p.phase()));
        values.add(p.cycleYear());
        values.add(percent(p.executionRate()));
        values.add(p.executionYear());
        book.row(sheet, values.toArray());
      }
      book.finish(sheet, columns, programmes.size());
      return book.bytes();
    }
  }

  /** The phase in words (the dashboard shows it in the reader's language, from the glossary). */
  static String phaseLabel(String phase) {
    if (phase == null) {
      return null;
    }
    return switch (phase) {
      case ProgrammeStatus.PREPARATION -> "Preparation";
      case ProgrammeStatus.IMPLEMENTATION -> "Implementation";
      case ProgrammeStatus.CLOSED -> "Closed";
      default -> phase;
    };
  }

  /** A rate (0.625) as a percentage (62.5), null stays null. */
  static Double percent(BigDecimal rate) {
    return rate == null ? null : rate.multiply(BigDecimal.valueOf(100)).doubleValue();
  }

  /** "intact", or where the decision record's chain breaks. */
  static String chain(ChainCheck check) {
    return check.intact() ? "intact" : "BROKEN at entry " + check.brokenAt() + ": " + check.problem();
  }

  // ---------------------------------------------------------------- workbook plumbing

  /** One workbook with its styles. */
  private static final class Book implements AutoCloseable {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final String title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle money;
    private final CellStyle date;

    Book(String title) {
      this.title = title;
      Font bold = workbook.createFont();
      bold.setBold(true);
      bold.setColor(IndexedColors.WHITE.getIndex());
      header = bordered();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      text = bordered();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      number = bordered();
      number.setVerticalAlignment(VerticalAlignment.TOP);
      money = bordered();
      money.setVerticalAlignment(VerticalAlignment.TOP);
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
      date = bordered();
      date.setVerticalAlignment(VerticalAlignment.TOP);
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    private CellStyle bordered() {
      CellStyle style = workbook.createCellStyle();
      style.setBorderBottom(BorderStyle.THIN);
      style.setBorderTop(BorderStyle.THIN);
      style.setBorderLeft(BorderStyle.THIN);
      style.setBorderRight(BorderStyle.THIN);
      return style;
    }

    Sheet sheet(String name, List<Column> columns) {
      Sheet sheet = workbook.createSheet(name);
      Row row = sheet.createRow(0);
      row.setHeightInPoints(30);
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = row.createCell(i);
        cell.setCellValue(columns.get(i).title());
        cell.setCellStyle(header);
        sheet.setColumnWidth(i, columns.get(i).width() * 256);
      }
      return sheet;
    }

    void row(Sheet sheet, Object... values) {
      Row row = sheet.createRow(sheet.getLastRowNum() + 1);
      for (int i = 0; i < values.length; i++) {
        Cell cell = row.createCell(i);
        Object value = values[i];
        if (value == null) {
          cell.setCellStyle(text);
        } else if (value instanceof Instant instant) {
          cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
          cell.setCellStyle(date);
        } else if (value instanceof BigDecimal decimal) {
          cell.setCellValue(decimal.doubleValue());
          cell.setCellStyle(money);
        } else if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(number);
        } else {
          cell.setCellValue(value.toString());
          cell.setCellStyle(text);
        }
      }
    }

    int pair(Sheet sheet, String item, Object value) {
      row(sheet, item, value);
      return 1;
    }

    /** Freezes and repeats the header, filters, and fits the sheet to landscape page width. */
    void finish(Sheet sheet, List<Column> columns, int dataRows) {
      sheet.createFreezePane(0, 1);
      sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(dataRows, 1), 0, columns.size() - 1));
      sheet.setFitToPage(true);
      sheet.setAutobreaks(true);
      PrintSetup print = sheet.getPrintSetup();
      print.setLandscape(true);
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
      sheet.setMargin(Sheet.LeftMargin, 0.4);
      sheet.setMargin(Sheet.RightMargin, 0.4);
      sheet.setMargin(Sheet.TopMargin, 0.6);
      sheet.setMargin(Sheet.BottomMargin, 0.6);
      String heading = (title + " - " + sheet.getSheetName()).replace("&", "&&");
      sheet.getHeader().setCenter(heading.length() > 200 ? heading.substring(0, 200) : heading);
      sheet.getFooter().setCenter("Page &P of &N");
    }

    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        workbook.write(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toByteArray();
    }

    @Override
    public void close() {
      try {
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
