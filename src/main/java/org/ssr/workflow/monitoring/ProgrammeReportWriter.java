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
import org.ssr.workflow.engine.Languages;
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

  /** The sheets' names in the English workbook (in another language they are {@code sheet.*} of the bundle). */
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

  static final List<Column> STEPS = List.of(col("step", 7), col("title", 34), col("status", 20),
      col("started", 17), col("ended", 17), col("whyNotApply", 45), col("openNow", 34), col("note", 34));
  static final List<Column> DECISIONS = List.of(col("number", 7), col("decidedAt", 17), col("kind", 18),
      col("subject", 40), col("onBehalfOf", 20), col("decidedBy", 14), col("decision", 16), col("reasons", 50),
      col("hash", 20));
  static final List<Column> REVIEWS = List.of(col("review", 20), col("subject", 40), col("version", 9),
      col("reviewingBodies", 30), col("started", 17), col("deadline", 17), col("ended", 17), col("outcome", 11),
      col("daysOverdue", 10), col("waitingFor", 30));
  static final List<Column> RISKS = List.of(col("riskId", 18), col("title", 34), col("category", 16),
      col("reportedBy", 14), col("reportedAt", 17), col("level", 10), col("status", 28), col("owner", 18),
      col("open", 7), col("closedAt", 17));
  static final List<Column> RISK_HISTORY = List.of(col("riskId", 18), col("at", 17), col("event", 10),
      col("level", 10), col("previousLevel", 10), col("whatHappened", 32), col("decision", 16), col("text", 50),
      col("by", 14));
  static final List<Column> PLAN = List.of(col("breakdown", 16), col("item", 30), col("required", 18),
      col("available", 18), col("fundingGap", 18));
  static final List<Column> PLEDGES = List.of(col("donor", 24), col("amount", 16), col("year", 7),
      col("action", 12), col("institution", 14), col("conditions", 40), col("statedAgenda", 45),
      col("recordedBy", 14), col("recordedAt", 17));
  static final List<Column> LOCAL_PLATFORMS = List.of(col("region", 20), col("reportsFiled", 9),
      col("lastMeeting", 12), col("openFollowUps", 9), col("overdueFollowUps", 9), col("oldestOpenFollowUp", 11),
      col("answeredFollowUps", 9), col("concernsAsRisks", 9), col("concernsByQuarter", 40));
  static final List<Column> IMPLEMENTATION = List.of(col("institution", 16), col("actions", 9), col("onTrack", 9),
      col("delayed", 9), col("blocked", 9), col("done", 9), col("notReported", 9), col("lastReportedYear", 10));
  static final List<Column> INDICATORS = List.of(col("action", 10), col("indicator", 30), col("unit", 12),
      col("baseline", 12), col("reportedForYear", 9), col("targetThatYear", 12), col("value", 12),
      col("progress", 12));
  static final List<Column> SUMMARY = List.of(col("item", 34), col("value", 70));
  static final List<Column> TRACEABILITY = List.of(col("section", 16), col("id", 22), col("description", 50),
      col("required", 16), col("available", 16), col("action", 30), col("kind", 18), col("gaps", 30),
      col("priorities", 36), col("agreements", 36), col("indicators", 40));

  /** Portfolio columns: the fixed ones, then one per step, then reviews, risks (one per level) and plan. */
  static final List<Column> PORTFOLIO_HEAD = List.of(col("code", 14), col("programme", 30), col("country", 14),
      col("term", 16), col("state", 20), col("started", 17), col("ended", 17), col("stepsDone", 8),
      col("stepsActive", 8), col("stepsSkipped", 8));
  static final List<Column> PORTFOLIO_REVIEWS = List.of(col("openReviews", 9), col("overdueReviews", 9),
      col("mostDaysOverdue", 9));
  static final List<Column> PORTFOLIO_PLAN = List.of(col("planVersion", 8), col("required", 16),
      col("available", 16), col("fundingGap", 16));
  static final List<Column> PORTFOLIO_IMPLEMENTATION = List.of(col("phase", 14), col("implementationYear", 10),
      col("executionRatePercent", 10), col("executionYear", 9));

  /**
   * A column: its header is {@code column.<key>} of the reports bundle ({@code args} for a header with a value in it,
   * e.g. "Step 3"), in the workbook's language.
   */
  record Column(String key, int width, Object... args) {}

  private static Column col(String key, int width, Object... args) {
    return new Column(key, width, args);
  }

  // ---------------------------------------------------------------- programme report

  public byte[] programme(ProgrammeDetails details, Instant generatedAt) {
    return programme(details, null, generatedAt);
  }

  /** The programme report in English (programmes set up before the programme's language existed). */
  public byte[] programme(ProgrammeDetails details, Traceability trace, Instant generatedAt) {
    return programme(details, trace, generatedAt, Languages.ENGLISH);
  }

  /**
   * The programme report with its Traceability sheet ({@code trace} null: the sheet says there is none), in the
   * programme's language: sheet names, headers, labels and the glossary's words; the cells' values (numbers, dates,
   * ids, what people wrote) are the same in every language.
   */
  public byte[] programme(ProgrammeDetails details, Traceability trace, Instant generatedAt, String language) {
    ProgrammeStatus p = details.programme();
    ReportWords words = ReportWords.of(language);
    try (Book book = new Book(title(p, words), words)) {
      summary(book, details, generatedAt);

      Sheet steps = book.sheet("steps", STEPS);
      for (StepStatus s : p.steps()) {
        book.row(steps, s.number(), words.step(s.number()), words.stepState(s.state()), s.startedAt(), s.endedAt(),
            s.justification(), String.join("; ", s.activeTasks()), s.note());
      }
      book.finish(steps, STEPS, p.steps().size());

      Sheet decisions = book.sheet("decisions", DECISIONS);
      // the programme's decision record, not the decisionLog variable (which an administrator can overwrite)
      for (DecisionEntry d : details.decisions()) {
        book.row(decisions, d.sequence(), d.occurredAt(), d.kind(), d.subject(), d.party(), d.actor(),
            words.decision(d.outcome()), d.reason(), d.hash());
      }
      book.finish(decisions, DECISIONS, details.decisions().size());

      Sheet reviews = book.sheet("reviews", REVIEWS);
      for (ReviewStatus r : details.reviews()) {
        book.row(reviews, words.reviewKind(r.kind()), r.subject(), r.version(), String.join(", ", r.reviewGroups()),
            r.startedAt(), r.dueAt(), r.endedAt(), r.open() ? words.text("review.open") : words.decision(r.outcome()),
            r.daysOverdue(), String.join(", ", r.waitingFor()));
      }
      book.finish(reviews, REVIEWS, details.reviews().size());

      Sheet risks = book.sheet("risks", RISKS);
      Sheet history = book.sheet("riskHistory", RISK_HISTORY);
      int events = 0;
      for (RiskStatusView r : details.risks()) {
        book.row(risks, r.riskId(), r.title(), words.riskCategory(r.category()), r.reportedBy(), r.reportedAt(), words.riskLevel(r.level()),
            words.riskStatus(r.status(), r.statusLabel()), r.owner(), words.yesNo(r.open()), r.closedAt());
        for (RiskEvent e : r.history()) {
          book.row(history, r.riskId(), e.at(), e.type(), words.riskLevel(e.level()), words.riskLevel(e.previousLevel()),
              e.step(), words.decision(e.decision()), e.text(), e.by());
          events++;
        }
      }
      book.finish(risks, RISKS, details.risks().size());
      book.finish(history, RISK_HISTORY, events);

      Sheet plan = book.sheet("plan", PLAN);
      int planRows = 0;
      PlanStatus ps = p.plan();
      if (ps != null) {
        book.row(plan, words.text("plan.total"), words.text("plan.version", ps.version()), ps.required(),
            ps.available(), ps.fundingGap());
        planRows++;
        planRows += breakdown(book, plan, words.text("plan.year"), ps.byYear());
        planRows += breakdown(book, plan, words.text("plan.institution"), ps.byInstitution());
        planRows += breakdown(book, plan, words.text("plan.fundingSource"), ps.bySource());
      }
      book.finish(plan, PLAN, planRows);

      Sheet pledges = book.sheet("pledges", PLEDGES);
      for (DonorPledge d : details.pledges()) {
        book.row(pledges, d.donor(), d.amount(), d.year(), d.actionId(), d.institution(), d.conditions(), d.agenda(),
            d.recordedBy(), d.recordedAt());
      }
      book.finish(pledges, PLEDGES, details.pledges().size());

      Sheet local = book.sheet("localPlatforms", LOCAL_PLATFORMS);
      for (LocalPlatformStatus l : details.localPlatforms()) {
        book.row(local, l.region(), l.reportsFiled(), words.date(l.lastMeeting()),
            l.openFollowUps(), l.overdueFollowUps(), l.oldestOpenFollowUpDays(), l.answeredFollowUps(),
            l.concernsAsRisks(), new java.util.TreeMap<>(l.concernsByQuarter()).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
      }
      book.finish(local, LOCAL_PLATFORMS, details.localPlatforms().size());

      ImplementationProgress implementation = details.implementation();
      Sheet institutions = book.sheet("implementation", IMPLEMENTATION);
      List<ImplementationProgress.InstitutionProgress> owners =
          implementation == null ? List.of() : implementation.institutions();
      for (ImplementationProgress.InstitutionProgress i : owners) {
        book.row(institutions, i.institution(), i.actions(), i.byStatus().getOrDefault("onTrack", 0),
            i.byStatus().getOrDefault("delayed", 0), i.byStatus().getOrDefault("blocked", 0),
            i.byStatus().getOrDefault("done", 0), i.byStatus().getOrDefault(ImplementationProgress.NOT_REPORTED, 0),
            i.lastReportedYear());
      }
      book.finish(institutions, IMPLEMENTATION, owners.size());
      Sheet indicators = book.sheet("indicators", INDICATORS);
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
    ReportWords words = book.words;
    Sheet sheet = book.sheet("traceability", TRACEABILITY);
    int rows = 0;
    if (trace == null) {
      book.row(sheet, words.text("trace.none"), null, words.text("trace.noneText"));
      book.finish(sheet, TRACEABILITY, 1);
      return;
    }
    String untraced = words.text("trace.untraced");
    java.util.Map<String, Traceability.GapTrace> gaps = new java.util.LinkedHashMap<>();
    trace.gaps().forEach(g -> gaps.put(g.id(), g));
    java.util.Map<String, Traceability.PriorityTrace> priorities = new java.util.LinkedHashMap<>();
    trace.priorities().forEach(pr -> priorities.put(pr.id(), pr));
    java.util.Map<String, Traceability.AgreementTrace> agreements = new java.util.LinkedHashMap<>();
    trace.agreements().forEach(a -> agreements.put(a.id(), a));
    for (Traceability.Warning w : trace.warnings()) {
      book.row(sheet, words.text("trace.warning"), w.subjectType() + " " + w.subject(), w.message(), null, null, null,
          w.kind().name());
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
              + agreements.get(id).text() : id + " " + words.text("trace.notInLedger"))
          .collect(Collectors.joining("; "));
      String indicators = a.indicators().stream().map(i -> i.name() + " " + i.baseline() + " → " + i.targets())
          .collect(Collectors.joining("; "));
      String kind = a.kind() == null ? words.text("trace.notTagged") : a.kind();
      if (a.lines().isEmpty()) {
        book.row(sheet, words.text("trace.action"), a.id(), words.text("trace.noLine"), a.required(), a.available(),
            action, kind, gapText, a.traced() ? priorityText : untraced, agreementText, indicators);
        rows++;
      }
      for (Traceability.LineTrace l : a.lines()) {
        book.row(sheet, words.text("trace.line"), l.institution() + " " + l.year(),
            l.costCategory() + " (" + l.fundingSource() + ")", l.required(), l.available(), action, kind, gapText,
            a.traced() ? priorityText : untraced, agreementText, indicators);
        rows++;
      }
    }
    for (Traceability.LineTrace l : trace.linesWithoutAction()) {
      book.row(sheet, words.text("trace.line"), l.institution() + " " + l.year(),
          l.costCategory() + " (" + l.fundingSource() + ")", l.required(), l.available(), untraced);
      rows++;
    }
    for (Traceability.PriorityTrace pr : trace.priorities()) {
      book.row(sheet, words.text("trace.priority"), pr.id(), pr.text(), pr.required(), pr.available(),
          String.join(", ", pr.actionIds()), null, String.join(", ", pr.gapIds()), null,
          String.join(", ", pr.agreementIds()), null);
      rows++;
    }
    if (trace.donorAlignment() != null) {
      for (org.ssr.workflow.finance.DonorAlignment.PriorityPledges pp : trace.donorAlignment().byPriority()) {
        book.row(sheet, words.text("trace.pledged"), pp.priorityId(), String.join(", ", pp.donors()), pp.amount());
        rows++;
      }
      for (DonorPledge d : trace.donorAlignment().unaligned()) {
        book.row(sheet, words.text("trace.pledged"), words.text("trace.noPriority"), d.donor() + " " + d.year(),
            d.amount());
        rows++;
      }
      var alignment = trace.donorAlignment();
      book.row(sheet, words.text("trace.nationalShare"), alignment.nationalShare() == null
          ? words.text("trace.noPlan") : words.percent(alignment.nationalShare()),
          alignment.nationalShareTarget() == null ? words.text("trace.noTarget")
              : words.text("trace.target", words.percent(alignment.nationalShareTarget())));
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
    ReportWords words = book.words;
    ProgrammeStatus p = details.programme();
    Sheet sheet = book.sheet("summary", SUMMARY);
    int rows = 0;
    rows += book.pair(sheet, "programmeCode", p.code());
    rows += book.pair(sheet, "programmeName", p.name());
    rows += book.pair(sheet, "country", p.country());
    rows += book.pair(sheet, "term", words.programmeTerm(p.term()));
    rows += book.pair(sheet, "state", words.programmeState(p.state()));
    rows += book.pair(sheet, "endReason", p.endReason());
    rows += book.pair(sheet, "started", p.startedAt());
    rows += book.pair(sheet, "ended", p.endedAt());
    rows += book.pair(sheet, "startedBy", p.startedBy());
    rows += book.pair(sheet, "onHold", words.yesNo(p.transformationOnHold()));
    rows += book.pair(sheet, "stepsDone", count(p, StepState.DONE));
    rows += book.pair(sheet, "stepsActive", count(p, StepState.ACTIVE));
    rows += book.pair(sheet, "stepsSkipped", count(p, StepState.SKIPPED));
    rows += book.pair(sheet, "decisionsRecorded", details.decisions().size());
    rows += book.pair(sheet, "decisionChain", chain(details.decisionChain(), words));
    rows += book.pair(sheet, "decisionChainHead", details.decisionChain().headHash());
    rows += book.pair(sheet, "openReviews", p.openReviews().size());
    rows += book.pair(sheet, "overdueReviews", p.overdueReviews());
    rows += book.pair(sheet, "openRisks", p.openRisks());
    rows += book.pair(sheet, "openRisksByLevel", p.openRisksByLevel().entrySet().stream()
        .map(e -> words.riskLevel(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
    PlanStatus plan = p.plan();
    rows += book.pair(sheet, "planVersion", plan == null ? words.text("plan.noneYet") : plan.version());
    if (plan != null) {
      rows += book.pair(sheet, "planApproved", words.yesNo(plan.approved()));
      rows += book.pair(sheet, "planRequired", plan.required());
      rows += book.pair(sheet, "planAvailable", plan.available());
      rows += book.pair(sheet, "planGap", plan.fundingGap());
      rows += book.pair(sheet, "planNationalShare", plan.nationalShare() == null ? null
          : words.percent(plan.nationalShare().multiply(BigDecimal.valueOf(100))));
    }
    rows += book.pair(sheet, "generated", generatedAt);
    rows += book.pair(sheet, "generatedOn", words.longDate(generatedAt));
    book.finish(sheet, SUMMARY, rows);
  }

  private static long count(ProgrammeStatus p, StepState state) {
    return p.steps().stream().filter(s -> s.state() == state).count();
  }

  private static String title(ProgrammeStatus p, ReportWords words) {
    return p.name() == null ? words.text("title.programme", p.code())
        : words.text("title.programmeNamed", p.code(), p.name());
  }

  // ---------------------------------------------------------------- portfolio

  /** The portfolio in English. */
  public byte[] portfolio(List<ProgrammeStatus> programmes, Instant generatedAt) {
    return portfolio(programmes, generatedAt, Languages.ENGLISH);
  }

  /**
   * One row per programme, in the language of the person who asked for it (the programmes in it may each have their
   * own language).
   */
  public byte[] portfolio(List<ProgrammeStatus> programmes, Instant generatedAt, String language) {
    ReportWords words = ReportWords.of(language);
    List<Column> columns = new java.util.ArrayList<>(PORTFOLIO_HEAD);
    for (int step = 1; step <= 12; step++) {
      columns.add(col("stepNumber", 12, String.valueOf(step)));
    }
    columns.addAll(PORTFOLIO_REVIEWS);
    for (RiskLevel level : RiskLevel.values()) {
      columns.add(col("openRisksAtLevel", 8, words.riskLevel(level.id())));
    }
    columns.addAll(PORTFOLIO_PLAN);
    columns.addAll(PORTFOLIO_IMPLEMENTATION);
    try (Book book = new Book(words.text("title.portfolio", words.glossary("term.ssr.abbreviation"),
        words.longDate(generatedAt)), words)) {
      Sheet sheet = book.sheet("portfolio", columns);
      for (ProgrammeStatus p : programmes) {
        List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(p.code(), p.name(), p.country(),
            words.programmeTerm(p.term()), words.programmeState(p.state())));
        values.add(p.startedAt());
        values.add(p.endedAt());
        values.add(count(p, StepState.DONE));
        values.add(count(p, StepState.ACTIVE));
        values.add(count(p, StepState.SKIPPED));
        p.steps().forEach(s -> values.add(words.stepState(s.state())));
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
        values.add(p.phase() == null ? null : words.glossary("phase." + p.phase()));
        values.add(p.cycleYear());
        values.add(percent(p.executionRate()));
        values.add(p.executionYear());
        book.row(sheet, values.toArray());
      }
      book.finish(sheet, columns, programmes.size());
      return book.bytes();
    }
  }

  /** A rate (0.625) as a percentage (62.5), null stays null. */
  static Double percent(BigDecimal rate) {
    return rate == null ? null : rate.multiply(BigDecimal.valueOf(100)).doubleValue();
  }

  /** "intact", or where the decision record's chain breaks. */
  static String chain(ChainCheck check) {
    return chain(check, ReportWords.of(Languages.ENGLISH));
  }

  static String chain(ChainCheck check, ReportWords words) {
    return check.intact() ? words.text("chain.intact")
        : words.text("chain.broken", String.valueOf(check.brokenAt()), check.problem());
  }

  // ---------------------------------------------------------------- workbook plumbing

  /** One workbook with its styles. */
  private static final class Book implements AutoCloseable {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final String title;
    private final ReportWords words;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle money;
    private final CellStyle date;

    Book(String title, ReportWords words) {
      this.title = title;
      this.words = words;
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

    /** A sheet named by {@code sheet.<key>} of the reports bundle, with the columns' headers in the language. */
    Sheet sheet(String key, List<Column> columns) {
      Sheet sheet = workbook.createSheet(words.text("sheet." + key));
      Row row = sheet.createRow(0);
      row.setHeightInPoints(30);
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = row.createCell(i);
        Column column = columns.get(i);
        cell.setCellValue(words.text("column." + column.key(), column.args()));
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

    /** A row of the summary: the item's words ({@code summary.<key>}) and its value. */
    int pair(Sheet sheet, String key, Object value) {
      row(sheet, words.text("summary." + key), value);
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
      sheet.getFooter().setCenter(words.text("footer.pages"));
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
