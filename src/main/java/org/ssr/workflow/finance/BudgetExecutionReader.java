package org.ssr.workflow.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.ssr.workflow.finance.ExecutionFormat.Column;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads a budget execution workbook (sheet {@value ExecutionFormat#SHEET}) with POI's streaming (SAX) API, as the
 * plan reader does, and checks every row against the approved plan of the year: the row must be a line of the plan,
 * its planned amount unchanged, committed and spent plain positive numbers, spent at most committed, committed at
 * most the planned amount plus the tolerance. Every problem is returned at once, as {@link PlanError}s.
 */
public final class BudgetExecutionReader {

  static final int HEADER_SEARCH_ROWS = 20;
  static final int MAX_NOTE = 2000;

  /** The outcome: the rows (every plan line of the year; those missing from the file with 0) or the errors. */
  public record Result(List<ExecutionLine> lines, List<PlanError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private final PlanLimits limits;
  private final BigDecimal tolerance;

  /** @param tolerance how far committed may exceed planned, as a fraction (0.10 = 10 %) */
  public BudgetExecutionReader(PlanLimits limits, BigDecimal tolerance) {
    this.limits = limits;
    this.tolerance = tolerance;
  }

  /** Reads an upload; refusals in English. */
  public Result read(String fileName, byte[] bytes, ExecutionContext context) {
    return read(fileName, bytes, context, null);
  }

  /**
   * Reads an upload made from the template of any supported language; the refusals are in {@code language} (the
   * uploader's; unknown or null = English).
   */
  public Result read(String fileName, byte[] bytes, ExecutionContext context, String language) {
    FinanceWords words = FinanceWords.of(language);
    PlanError precheck = precheck(words, fileName, bytes);
    if (precheck != null) {
      return new Result(List.of(), List.of(precheck));
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile("ssr-budget-execution-", ".xlsx");
      Files.write(tmp, bytes);
      return readPackage(words, fileName, tmp, context);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use a temporary file for the upload", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the OS cleans its temp dir
        }
      }
    }
  }

  PlanError precheck(FinanceWords words, String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return PlanError.file(words, fileName, words.text("plan.file.empty"),
          words.text("execution.file.empty.remedy"));
    }
    if (bytes.length > limits.maxFileBytes()) {
      return PlanError.file(words, fileName, words.text("file.tooLarge", FinancialPlanReader.mb(words, bytes.length),
          FinancialPlanReader.mb(words, limits.maxFileBytes())), words.text("execution.file.tooLarge.remedy"));
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      return PlanError.file(words, fileName, words.text("execution.file.ole2"),
          words.text("execution.file.ole2.remedy"));
    }
    if (magic != FileMagic.OOXML) {
      return PlanError.file(words, fileName, words.text("execution.file.notSpreadsheet"),
          words.text("execution.file.notSpreadsheet.remedy"));
    }
    if (FinancialPlanReader.isOpenDocument(bytes)) {
      return PlanError.file(words, fileName, words.text("file.ods"), words.text("file.ods.remedy"));
    }
    return null;
  }

  private Result readPackage(FinanceWords words, String fileName, Path file, ExecutionContext context) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      return new Result(List.of(), List.of(FinancialPlanReader.packageError(words, fileName, e)));
    }
    try {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      PackagePart part = null;
      String sheetName = null;
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream ignored = sheets.next()) {
          String name = sheets.getSheetName();
          names.add(name);
          if (part == null && FinanceWords.isSheet(name, "execution")) {
            part = sheets.getSheetPart();
            sheetName = name;
          }
        }
      }
      if (part == null) {
        String wanted = words.sheet("execution");
        return new Result(List.of(), List.of(PlanError.file(words, fileName, words.text("file.noSheet", wanted,
            String.join(", ", names)), words.text("execution.file.noSheet.remedy", wanted))));
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Handler handler = new Handler(words, sheetName, context, strings);
      try (InputStream in = part.getInputStream()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
      } catch (FinancialPlanReader.StopParsing stop) {
        // the handler has recorded why
      }
      return handler.result();
    } catch (Exception e) {
      return new Result(List.of(), List.of(FinancialPlanReader.packageError(words, fileName, e)));
    } finally {
      pkg.revert();
    }
  }

  /** Streams the rows; finds the header by name, then checks each row. */
  final class Handler extends SheetRowHandler {
    private final FinanceWords words;
    private final String sheet;
    private final ExecutionContext context;
    private final Map<String, ExecutionLine> plan;
    private final List<PlanError> errors = new ArrayList<>();
    private final List<PlanError> sheetErrors = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, ExecutionLine> found = new HashMap<>();
    private int suppressed;
    private int[] columnMap;
    private EnumMap<Column, Integer> columns;
    private List<PlanCell> headerCells = new ArrayList<>();
    private PlanCell[] cells;
    private int rowsBeforeHeader;
    private int dataRows;
    private boolean tooMany;

    Handler(FinanceWords words, String sheet, ExecutionContext context, ReadOnlySharedStringsTable strings) {
      super(strings);
      this.words = words;
      this.sheet = sheet;
      this.context = context;
      this.plan = context.plannedByKey();
    }

    @Override
    protected void startRow() {
      if (columnMap == null) {
        headerCells = new ArrayList<>();
      } else {
        cells = new PlanCell[Column.values().length];
      }
    }

    @Override
    protected void cell() {
      if (columnMap == null) {
        headerCells.add(toCell());
      } else if (column < columnMap.length && columnMap[column] >= 0) {
        cells[columnMap[column]] = toCell();
      }
    }

    @Override
    protected void endRow() throws SAXException {
      if (columnMap == null) {
        header();
        return;
      }
      if (Arrays.stream(cells).allMatch(c -> c == null || c.isBlank())) {
        return;
      }
      if (dataRows >= limits.maxLines()) {
        tooMany = true;
        throw new FinancialPlanReader.StopParsing();
      }
      dataRows++;
      row();
    }

    private void header() throws SAXException {
      if (headerCells.stream().allMatch(PlanCell::isBlank)) {
        return;
      }
      rowsBeforeHeader++;
      EnumMap<Column, Integer> byName = new EnumMap<>(Column.class);
      int max = -1;
      for (PlanCell c : headerCells) {
        Column col = c.kind() == PlanCell.Kind.TEXT ? Column.forHeader(c.text()) : null;
        if (col != null && !byName.containsKey(col)) {
          byName.put(col, c.column());
          max = Math.max(max, c.column());
        }
      }
      if (byName.size() < 3) {
        if (rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
          sheetErrors.add(PlanError.sheet(words, sheet + "!1:" + rowNumber, "headerRow",
              words.text("execution.header.notFound"), words.text("execution.header.notFound.remedy")));
          throw new FinancialPlanReader.StopParsing();
        }
        return;
      }
      for (Column c : Column.values()) {
        if (c.required && !byName.containsKey(c)) {
          sheetErrors.add(PlanError.sheet(words, sheet + "!" + rowNumber + ":" + rowNumber, "headerRow",
              words.text("header.missing", words.column(c)), words.text("header.missing.remedy", words.column(c))));
        }
      }
      if (!sheetErrors.isEmpty()) {
        throw new FinancialPlanReader.StopParsing();
      }
      columnMap = new int[max + 1];
      Arrays.fill(columnMap, -1);
      byName.forEach((c, index) -> columnMap[index] = c == Column.ACTION ? -1 : c.ordinal());
      columns = byName;
      headerCells = null;
    }

    // ------------------------------------------------------------ one row

    private String ref(Column c, int row) {
      return PlanRowValidator.letters(columns.getOrDefault(c, c.ordinal())) + row;
    }

    private void add(Column c, int row, String value, String problem, String remedy) {
      if (errors.size() >= limits.maxErrors()) {
        suppressed++;
        return;
      }
      errors.add(PlanError.cell(words, sheet, ref(c, row), value, problem, remedy));
    }

    /** Formula errors and formulas without a saved result: reported, true. */
    private boolean formulaProblem(Column c, PlanCell cell, int row) {
      if (cell == null) {
        return false;
      }
      if (cell.kind() == PlanCell.Kind.ERROR) {
        add(c, row, cell.text(), words.text("formula.error", cell.text()), words.text("formula.error.remedy"));
        return true;
      }
      if (cell.kind() == PlanCell.Kind.FORMULA_WITHOUT_VALUE) {
        add(c, row, null, words.text("formula.noValue"), words.text("formula.noValue.remedy"));
        return true;
      }
      return false;
    }

    private String text(Column c) {
      PlanCell cell = cells[c.ordinal()];
      if (cell == null || cell.isBlank() || formulaProblem(c, cell, rowNumber)) {
        return null;
      }
      if (cell.kind() == PlanCell.Kind.NUMBER) {
        return PlanRowValidator.display(cell);
      }
      return cell.text().replace('\u00A0', ' ').trim();
    }

    private void row() {
      int row = rowNumber;
      boolean bad = false;
      for (Column c : Column.values()) {
        bad |= c != Column.ACTION_ID && c != Column.INSTITUTION && c != Column.FUNDING_SOURCE && c != Column.NOTES
            && formulaProblem(c, cells[c.ordinal()], row);
      }
      String action = text(Column.ACTION_ID);
      String institution = text(Column.INSTITUTION);
      String source = text(Column.FUNDING_SOURCE);
      String notes = text(Column.NOTES);
      Integer year = bad ? null : year(row);
      ExecutionLine line = null;
      if (year != null) {
        // National budget and Unfunded in the words of any language's template are the same plan line
        String sourceCode = FinanceWords.sourceCode(source);
        String key = ExecutionLine.key(action, institution, year, sourceCode != null ? sourceCode : source);
        line = plan.get(key);
        if (line == null) {
          Column at = action != null ? Column.ACTION_ID : institution != null ? Column.INSTITUTION
              : Column.FUNDING_SOURCE;
          String value = at == Column.ACTION_ID ? action : at == Column.INSTITUTION ? institution : source;
          String none = words.text("marker.none");
          add(at, row, value, words.text("execution.notInPlan", planVersion(), action == null ? none : action,
              institution == null ? none : institution, FinanceWords.plain(year), source == null ? none : source),
              words.text("execution.notInPlan.remedy"));
        } else if (seen.containsKey(key)) {
          add(Column.ACTION_ID, row, action, words.text("execution.duplicate", FinanceWords.plain(seen.get(key))),
              words.text("execution.duplicate.remedy"));
          line = null;
        } else {
          seen.put(key, row);
        }
      }
      BigDecimal planned = amount(Column.PLANNED, row, true);
      if (line != null && planned != null && planned.compareTo(line.planned()) != 0) {
        add(Column.PLANNED, row, PlanRowValidator.display(cells[Column.PLANNED.ordinal()]),
            words.text("execution.planned.differs", line.planned()),
            words.text("execution.planned.differs.remedy", line.planned().toPlainString()));
      }
      BigDecimal committed = amount(Column.COMMITTED, row, false);
      BigDecimal spent = amount(Column.SPENT, row, false);
      if (committed != null && spent != null && spent.compareTo(committed) > 0) {
        add(Column.SPENT, row, PlanRowValidator.display(cells[Column.SPENT.ordinal()]),
            words.text("execution.spentAboveCommitted", committed),
            words.text("execution.spentAboveCommitted.remedy"));
      }
      if (line != null && committed != null) {
        BigDecimal ceiling = line.planned().multiply(BigDecimal.ONE.add(tolerance)).setScale(2, RoundingMode.HALF_UP);
        if (committed.compareTo(ceiling) > 0) {
          add(Column.COMMITTED, row, PlanRowValidator.display(cells[Column.COMMITTED.ordinal()]),
              words.text("execution.aboveTolerance", line.planned(), tolerance.movePointRight(2).stripTrailingZeros()),
              words.text("execution.aboveTolerance.remedy", ceiling));
        }
      }
      if (notes != null && notes.length() > MAX_NOTE) {
        add(Column.NOTES, row, notes, words.text("note.tooLong"), words.text("note.tooLong.remedy"));
      }
      if (line != null && committed != null && spent != null && errors.isEmpty()) {
        found.put(line.key(), line.withAmounts(committed, spent, notes));
      }
    }

    private String planVersion() {
      return context.planVersion() == null ? ""
          : words.text("execution.planVersion", FinanceWords.plain(context.planVersion()));
    }

    private Integer year(int row) {
      PlanCell cell = cells[Column.YEAR.ordinal()];
      if (cell == null || cell.isBlank()) {
        add(Column.YEAR, row, null, words.text("plan.year.missing"), reportingYear());
        return null;
      }
      BigDecimal value = PlanRowValidator.number(cell);
      if (value == null || value.stripTrailingZeros().scale() > 0) {
        add(Column.YEAR, row, PlanRowValidator.display(cell), words.text("year.notWhole"), reportingYear());
        return null;
      }
      if (value.intValue() != context.year()) {
        add(Column.YEAR, row, value.stripTrailingZeros().toPlainString(),
            words.text("execution.year.other", FinanceWords.plain(context.year())),
            words.text("execution.year.other.remedy", FinanceWords.plain(context.year())));
        return null;
      }
      return context.year();
    }

    private String reportingYear() {
      return words.text("execution.year.remedy", FinanceWords.plain(context.year()));
    }

    /** Empty is 0 (committed, spent) or missing (planned). Problems give null. */
    private BigDecimal amount(Column c, int row, boolean required) {
      PlanCell cell = cells[c.ordinal()];
      if (cell == null || cell.isBlank()) {
        if (required) {
          add(c, row, null, words.text("execution.planned.missing"), words.text("execution.planned.missing.remedy"));
          return null;
        }
        return BigDecimal.ZERO.setScale(2);
      }
      if (cell.kind() == PlanCell.Kind.ERROR || cell.kind() == PlanCell.Kind.FORMULA_WITHOUT_VALUE) {
        return null; // reported with the row
      }
      BigDecimal value = PlanRowValidator.number(cell);
      String shown = PlanRowValidator.display(cell);
      if (value == null) {
        add(c, row, shown, words.text("amount.notNumber"), words.text("amount.notNumber.remedy"));
        return null;
      }
      if (value.signum() < 0) {
        add(c, row, shown, words.text("amount.negative"), words.text("execution.amount.negative.remedy"));
        return null;
      }
      if (value.compareTo(limits.maxAmount()) > 0) {
        add(c, row, shown, words.text("amount.tooLarge", limits.maxAmount()), words.text("amount.tooLarge.remedy"));
        return null;
      }
      return value.setScale(2, RoundingMode.HALF_UP);
    }

    Result result() {
      if (!sheetErrors.isEmpty()) {
        return new Result(List.of(), List.copyOf(sheetErrors));
      }
      if (columnMap == null) {
        return new Result(List.of(), List.of(PlanError.sheet(words, sheet, "sheet", words.text("sheet.empty"),
            words.text("execution.sheet.empty.remedy"))));
      }
      if (tooMany) {
        return new Result(List.of(), List.of(PlanError.sheet(words, sheet, "sheet",
            words.text("execution.tooMany", limits.maxLines()), words.text("execution.tooMany.remedy"))));
      }
      List<PlanError> all = new ArrayList<>(errors);
      if (suppressed > 0) {
        all.add(PlanError.sheet(words, sheet, "more", words.text("more.problems", suppressed),
            words.text("more.problems.remedy")));
      }
      if (all.isEmpty() && dataRows == 0 && !context.planned().isEmpty()) {
        all.add(PlanError.sheet(words, sheet, "sheet", words.text("execution.noRows"),
            words.text("execution.noRows.remedy")));
      }
      if (!all.isEmpty()) {
        return new Result(List.of(), all);
      }
      List<ExecutionLine> lines = new ArrayList<>();
      for (ExecutionLine p : context.planned()) {
        lines.add(found.getOrDefault(p.key(), p));
      }
      return new Result(lines, List.of());
    }
  }
}
