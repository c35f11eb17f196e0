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
import java.util.Locale;
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

  public Result read(String fileName, byte[] bytes, ExecutionContext context) {
    PlanError precheck = precheck(fileName, bytes);
    if (precheck != null) {
      return new Result(List.of(), List.of(precheck));
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile("ssr-budget-execution-", ".xlsx");
      Files.write(tmp, bytes);
      return readPackage(fileName, tmp, context);
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

  PlanError precheck(String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return PlanError.file(fileName, "the file is empty", "upload the filled-in budget execution workbook (.xlsx)");
    }
    if (bytes.length > limits.maxFileBytes()) {
      return PlanError.file(fileName, "the file is " + FinancialPlanReader.mb(bytes.length)
          + ", larger than the limit of " + FinancialPlanReader.mb(limits.maxFileBytes()),
          "remove pictures and unused sheets");
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      return PlanError.file(fileName, "an Excel 97-2003 workbook (.xls) or a password-protected workbook cannot be "
          + "read", "open it in Excel or LibreOffice, remove any password and save it as an Excel workbook (.xlsx)");
    }
    if (magic != FileMagic.OOXML) {
      return PlanError.file(fileName, "not a spreadsheet (the file is not an .xlsx workbook)",
          "upload the budget execution as an Excel workbook (.xlsx), made from the template");
    }
    if (FinancialPlanReader.isOpenDocument(bytes)) {
      return PlanError.file(fileName, "an OpenDocument spreadsheet (.ods) cannot be read",
          "in LibreOffice choose File > Save As, file type \"Excel 2007-365 (.xlsx)\", and upload that file");
    }
    return null;
  }

  private Result readPackage(String fileName, Path file, ExecutionContext context) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      return new Result(List.of(), List.of(FinancialPlanReader.packageError(fileName, e)));
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
          if (part == null && name.trim().equalsIgnoreCase(ExecutionFormat.SHEET)) {
            part = sheets.getSheetPart();
            sheetName = name;
          }
        }
      }
      if (part == null) {
        return new Result(List.of(), List.of(PlanError.file(fileName, "there is no sheet named \""
            + ExecutionFormat.SHEET + "\" (sheets found: " + String.join(", ", names) + ")",
            "put the rows on a sheet named " + ExecutionFormat.SHEET + ", as in the template")));
      }
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      Handler handler = new Handler(sheetName, context, strings);
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
      return new Result(List.of(), List.of(FinancialPlanReader.packageError(fileName, e)));
    } finally {
      pkg.revert();
    }
  }

  static String money(BigDecimal v) {
    return String.format(Locale.ENGLISH, "%,.2f", v);
  }

  /** Streams the rows; finds the header by name, then checks each row. */
  final class Handler extends SheetRowHandler {
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

    Handler(String sheet, ExecutionContext context, ReadOnlySharedStringsTable strings) {
      super(strings);
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
          sheetErrors.add(new PlanError(sheet + "!1:" + rowNumber, "(header row)",
              "no header row found (a row with Action ID, Year, Funding source, Planned amount, Committed amount, "
                  + "Spent amount)", "keep the header row of the template above the rows"));
          throw new FinancialPlanReader.StopParsing();
        }
        return;
      }
      for (Column c : Column.values()) {
        if (c.required && !byName.containsKey(c)) {
          sheetErrors.add(new PlanError(sheet + "!" + rowNumber + ":" + rowNumber, "(header row)",
              "required column \"" + c.header + "\" is missing or renamed",
              "add a column headed \"" + c.header + "\" as in the template"));
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
      errors.add(PlanError.cell(sheet, ref(c, row), value, problem, remedy));
    }

    /** Formula errors and formulas without a saved result: reported, true. */
    private boolean formulaProblem(Column c, PlanCell cell, int row) {
      if (cell == null) {
        return false;
      }
      if (cell.kind() == PlanCell.Kind.ERROR) {
        add(c, row, cell.text(), "the formula gives the error " + cell.text(),
            "correct the formula so that it gives a valid value, or type the value");
        return true;
      }
      if (cell.kind() == PlanCell.Kind.FORMULA_WITHOUT_VALUE) {
        add(c, row, null, "the formula has no saved result",
            "open the file in Excel or LibreOffice and save it again, or type the value");
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
        String key = ExecutionLine.key(action, institution, year, source);
        line = plan.get(key);
        if (line == null) {
          Column at = action != null ? Column.ACTION_ID : institution != null ? Column.INSTITUTION
              : Column.FUNDING_SOURCE;
          String value = at == Column.ACTION_ID ? action : at == Column.INSTITUTION ? institution : source;
          add(at, row, value, "no line of the approved plan" + planVersion() + " for action "
              + (action == null ? "(none)" : action) + ", institution " + (institution == null ? "(none)"
              : institution) + ", year " + year + ", funding source " + (source == null ? "(none)" : source),
              "keep the rows of the template as they are: Action ID, Institution, Year and Funding source come from "
                  + "the approved plan (a new line needs an amendment of the plan)");
        } else if (seen.containsKey(key)) {
          add(Column.ACTION_ID, row, action, "duplicate of row " + seen.get(key)
              + " (same action, institution, year and funding source)",
              "keep one row per line of the plan: add the amounts up in one row and delete the other");
          line = null;
        } else {
          seen.put(key, row);
        }
      }
      BigDecimal planned = amount(Column.PLANNED, row, true);
      if (line != null && planned != null && planned.compareTo(line.planned()) != 0) {
        add(Column.PLANNED, row, PlanRowValidator.display(cells[Column.PLANNED.ordinal()]),
            "the planned amount differs from the approved plan (" + money(line.planned()) + ")",
            "type back " + line.planned().toPlainString() + " or start from a fresh template; the plan changes "
                + "only by an amendment");
      }
      BigDecimal committed = amount(Column.COMMITTED, row, false);
      BigDecimal spent = amount(Column.SPENT, row, false);
      if (committed != null && spent != null && spent.compareTo(committed) > 0) {
        add(Column.SPENT, row, PlanRowValidator.display(cells[Column.SPENT.ordinal()]),
            "more spent than committed (" + money(committed) + ")",
            "money is committed before it is spent: raise the committed amount to at least the spent amount, or "
                + "correct the spent amount");
      }
      if (line != null && committed != null) {
        BigDecimal ceiling = line.planned().multiply(BigDecimal.ONE.add(tolerance)).setScale(2, RoundingMode.HALF_UP);
        if (committed.compareTo(ceiling) > 0) {
          add(Column.COMMITTED, row, PlanRowValidator.display(cells[Column.COMMITTED.ordinal()]),
              "committed exceeds the planned " + money(line.planned()) + " by more than "
                  + tolerance.movePointRight(2).stripTrailingZeros().toPlainString() + " %",
              "check the amount; committing more than " + money(ceiling) + " needs an amendment of the plan");
        }
      }
      if (notes != null && notes.length() > MAX_NOTE) {
        add(Column.NOTES, row, notes, "note longer than 2,000 characters", "shorten the note");
      }
      if (line != null && committed != null && spent != null && errors.isEmpty()) {
        found.put(line.key(), line.withAmounts(committed, spent, notes));
      }
    }

    private String planVersion() {
      return context.planVersion() == null ? "" : " (version " + context.planVersion() + ")";
    }

    private Integer year(int row) {
      PlanCell cell = cells[Column.YEAR.ordinal()];
      if (cell == null || cell.isBlank()) {
        add(Column.YEAR, row, null, "the year is missing", "enter the reporting year " + context.year());
        return null;
      }
      BigDecimal value = PlanRowValidator.number(cell);
      if (value == null || value.stripTrailingZeros().scale() > 0) {
        add(Column.YEAR, row, PlanRowValidator.display(cell), "not a whole year",
            "enter the reporting year " + context.year());
        return null;
      }
      if (value.intValue() != context.year()) {
        add(Column.YEAR, row, value.stripTrailingZeros().toPlainString(),
            "not the reporting year " + context.year(),
            "report only " + context.year() + " in this workbook; download the template of the year");
        return null;
      }
      return context.year();
    }

    /** Empty is 0 (committed, spent) or missing (planned). Problems give null. */
    private BigDecimal amount(Column c, int row, boolean required) {
      PlanCell cell = cells[c.ordinal()];
      if (cell == null || cell.isBlank()) {
        if (required) {
          add(c, row, null, "the planned amount is missing", "type back the planned amount of the template");
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
        add(c, row, shown, "not a number",
            "type the amount as a plain number without currency or words, e.g. 125000 or 125,000.50");
        return null;
      }
      if (value.signum() < 0) {
        add(c, row, shown, "negative amount", "enter the amount as a positive number (or 0)");
        return null;
      }
      if (value.compareTo(limits.maxAmount()) > 0) {
        add(c, row, shown, "amount larger than " + String.format(Locale.ENGLISH, "%,d", limits.maxAmount()
            .toBigInteger()), "check the amount for typing mistakes");
        return null;
      }
      return value.setScale(2, RoundingMode.HALF_UP);
    }

    Result result() {
      if (!sheetErrors.isEmpty()) {
        return new Result(List.of(), List.copyOf(sheetErrors));
      }
      if (columnMap == null) {
        return new Result(List.of(), List.of(new PlanError(sheet, "(sheet)", "the sheet is empty",
            "fill in the committed and spent amounts in the rows of the template")));
      }
      if (tooMany) {
        return new Result(List.of(), List.of(new PlanError(sheet, "(sheet)", "more than "
            + String.format(Locale.ENGLISH, "%,d", limits.maxLines()) + " rows",
            "keep only the rows of the template, one per line of the approved plan")));
      }
      List<PlanError> all = new ArrayList<>(errors);
      if (suppressed > 0) {
        all.add(new PlanError(sheet, "(more)", suppressed + " more problems are not listed",
            "fix the problems above and upload again to see the rest"));
      }
      if (all.isEmpty() && dataRows == 0 && !context.planned().isEmpty()) {
        all.add(new PlanError(sheet, "(sheet)", "the workbook has no rows",
            "keep the rows of the template (one per line of the approved plan) and fill in committed and spent"));
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
