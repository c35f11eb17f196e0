package org.ssr.workflow.finance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.ssr.workflow.finance.PlanFormat.Column;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * Reads a plan workbook with POI's streaming (SAX) API: the sheet XML is parsed row by row and never held in memory.
 * Trusts nothing: file type, zip structure, XML, headers and every cell are checked; all problems are returned at
 * once. POI's zip-bomb defences (ZipSecureFile: inflate ratio, entry size, entry count) stay on.
 */
public final class FinancialPlanReader {

  /** Rows searched for the header row (title rows above it are allowed). */
  static final int HEADER_SEARCH_ROWS = 20;

  static final String MIME_ODS = "application/vnd.oasis.opendocument.spreadsheet";

  /** The outcome: either lines or errors. */
  public record Result(List<PlanLine> lines, List<PlanError> errors, String sheet) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private final PlanLimits limits;

  public FinancialPlanReader(PlanLimits limits) {
    this.limits = limits;
  }

  public Result read(String fileName, byte[] bytes, PlanContext context) {
    PlanError precheck = precheck(fileName, bytes);
    if (precheck != null) {
      return failed(precheck);
    }
    Path tmp = null;
    try {
      // POI reads zip entries lazily (and checks them for zip bombs) only when opening a file
      tmp = Files.createTempFile("ssr-financial-plan-", ".xlsx");
      Files.write(tmp, bytes);
      return readPackage(fileName, tmp, context);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot use a temporary file for the upload", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the OS cleans its temp dir; nothing to do for the user
        }
      }
    }
  }

  private static Result failed(PlanError e) {
    return new Result(List.of(), List.of(e), null);
  }

  /** File type checks on the first bytes, before any zip or XML parsing. */
  PlanError precheck(String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return PlanError.file(fileName, "the file is empty", "upload the filled-in plan workbook (.xlsx)");
    }
    if (bytes.length > limits.maxFileBytes()) {
      return PlanError.file(fileName, "the file is " + mb(bytes.length) + ", larger than the limit of "
          + mb(limits.maxFileBytes()), "remove pictures and unused sheets, or split the plan");
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      return ole2(fileName, bytes);
    }
    if (magic != FileMagic.OOXML) {
      return PlanError.file(fileName, "not a spreadsheet (the file is " + describe(magic) + ")",
          "upload the plan as an Excel workbook (.xlsx), made from the template");
    }
    if (isOpenDocument(bytes)) {
      return PlanError.file(fileName, "an OpenDocument spreadsheet (.ods) cannot be read",
          "in LibreOffice choose File > Save As, file type \"Excel 2007-365 (.xlsx)\", and upload that file");
    }
    return null;
  }

  static String mb(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static String describe(FileMagic magic) {
    return switch (magic) {
      case PDF -> "a PDF document";
      case HTML -> "a web page (HTML)";
      case XML -> "an XML file";
      case RTF -> "a text document (RTF)";
      case JPEG, PNG, GIF, BMP, TIFF, WMF, EMF -> "a picture";
      default -> "not a workbook, perhaps text or CSV";
    };
  }

  private static PlanError ole2(String fileName, byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
          || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
        return PlanError.file(fileName, "the workbook is protected with a password (encrypted)",
            "open it, remove the password (File > Info > Protect Workbook > Encrypt with Password in Excel, "
                + "File > Properties > Security in LibreOffice), save it and upload it again");
      }
    } catch (IOException | RuntimeException e) {
      return PlanError.file(fileName, "the file is damaged (an unreadable Office 97-2003 file)",
          "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)");
    }
    return PlanError.file(fileName, "an Excel 97-2003 workbook (.xls) cannot be read",
        "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)");
  }

  /** ODF packages start with a stored "mimetype" entry. */
  static boolean isOpenDocument(byte[] bytes) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry first = zip.getNextEntry();
      if (first != null && "mimetype".equals(first.getName())) {
        byte[] mime = zip.readNBytes(200);
        return new String(mime, java.nio.charset.StandardCharsets.US_ASCII).startsWith(MIME_ODS);
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  private Result readPackage(String fileName, Path file, PlanContext context) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      return failed(packageError(fileName, e));
    }
    try {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      PackagePart plan = null;
      PackagePart lines = null;
      String planName = null;
      String linesName = null;
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        try (InputStream ignored = sheets.next()) {
          String name = sheets.getSheetName();
          names.add(name);
          if (plan == null && name.trim().equalsIgnoreCase(PlanFormat.PLAN_SHEET)) {
            plan = sheets.getSheetPart();
            planName = name;
          } else if (lines == null && name.trim().equalsIgnoreCase(PlanFormat.LINES_SHEET)) {
            lines = sheets.getSheetPart();
            linesName = name;
          }
        }
      }
      if (plan == null && lines == null) {
        return failed(PlanError.file(fileName, "there is no sheet named \"Plan\" (sheets found: "
            + String.join(", ", names) + ")", "put the plan lines on a sheet named Plan, as in the template"));
      }
      PackagePart part = plan != null ? plan : lines;
      String sheetName = plan != null ? planName : linesName;
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      SheetHandler handler = new SheetHandler(sheetName, context, strings);
      try (InputStream in = part.getInputStream()) {
        XMLReader xml = XMLHelper.newXMLReader();
        // workbooks saved by Excel or LibreOffice never declare a DTD: refuse any (entity expansion, XXE)
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        withoutNamespaces(xml);
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
      } catch (StopParsing stop) {
        // the handler has recorded why
      }
      return handler.result();
    } catch (SAXException | IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
      return failed(packageError(fileName, e));
    } finally {
      pkg.revert();
    }
  }

  /**
   * The handler goes by local names only (Excel writes no prefixes, other programs may: {@code <x:c>}), so namespace
   * processing brings nothing; without it the JDK's parser scans the sheet with its plain scanner, about a fifth
   * faster on a large sheet. A parser that cannot switch it off is used as it is.
   */
  private static void withoutNamespaces(XMLReader xml) {
    try {
      xml.setFeature("http://xml.org/sax/features/namespaces", false);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      // keep namespace processing: slower, same result
    }
  }

  static PlanError packageError(String fileName, Throwable e) {
    String all = messages(e);
    if (all.contains("zip bomb") || all.contains("max entry size") || all.contains("file count")
        || all.contains("maxentrysize") || all.contains("max. ratio")) {
      return PlanError.file(fileName,
          "the file expands to far more data than a plan can hold (it looks like a zip bomb) and was not read",
          "upload the plan workbook saved by Excel or LibreOffice; if this is your plan, remove pictures and "
              + "embedded objects");
    }
    if (all.contains("doctype") || all.contains("entity") || all.contains("dtd")) {
      return PlanError.file(fileName,
          "the workbook contains XML document type declarations or entities, which are not allowed",
          "save the workbook again from Excel or LibreOffice as .xlsx; files saved by them never contain these");
    }
    return PlanError.file(fileName, "the file is damaged or incomplete (it cannot be opened as an .xlsx workbook)",
        "open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and upload it again");
  }

  private static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && b.length() < 4000; t = t.getCause()) {
      b.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
      if (t.getCause() == t) {
        break;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Thrown by the handler to stop reading early (too many lines, unusable header). */
  static final class StopParsing extends SAXException {
    StopParsing() {
      super("stop");
    }
  }

  /** Streams the rows of the sheet; finds the header row by name, then validates each data row. */
  final class SheetHandler extends SheetRowHandler {
    private static final int COLUMNS = Column.values().length;
    private final String sheet;
    private final PlanContext context;
    private final List<PlanError> sheetErrors = new ArrayList<>();
    private PlanRowValidator validator;
    /** sheet column index -> Column ordinal, after the header was found */
    private int[] columnMap;
    private int rowsBeforeHeader;
    private List<PlanCell> headerCandidates = new ArrayList<>();
    private PlanCell[] rowCells;
    private boolean tooMany;

    SheetHandler(String sheet, PlanContext context, ReadOnlySharedStringsTable strings) {
      super(strings);
      this.sheet = sheet;
      this.context = context;
    }

    @Override
    protected void startRow() {
      if (columnMap == null) {
        headerCandidates = new ArrayList<>();
      } else {
        rowCells = new PlanCell[COLUMNS];
      }
    }

    @Override
    protected void cell() {
      if (columnMap != null && (column >= columnMap.length || columnMap[column] < 0)) {
        return; // extra column, ignored
      }
      PlanCell cell = toCell();
      if (columnMap == null) {
        headerCandidates.add(cell);
      } else {
        rowCells[columnMap[column]] = cell;
      }
    }

    @Override
    protected void endRow() throws SAXException {
      if (columnMap == null) {
        header();
        return;
      }
      if (!PlanRowValidator.isFilled(rowCells)) {
        return; // blank rows and untouched pre-filled rows
      }
      if (dataRows >= limits.maxLines()) {
        tooMany = true;
        throw new StopParsing();
      }
      dataRows++;
      validator.row(rowCells, rowNumber);
    }

    private int dataRows;

    private void header() throws SAXException {
      boolean empty = headerCandidates.stream().allMatch(PlanCell::isBlank);
      if (empty) {
        return;
      }
      rowsBeforeHeader++;
      EnumMap<Column, Integer> found = new EnumMap<>(Column.class);
      int max = -1;
      for (PlanCell c : headerCandidates) {
        if (c.kind() == PlanCell.Kind.TEXT) {
          Column col = Column.forHeader(c.text());
          if (col != null && !found.containsKey(col)) {
            found.put(col, c.column());
            max = Math.max(max, c.column());
          }
        }
      }
      if (found.size() < 3) {
        if (rowsBeforeHeader >= HEADER_SEARCH_ROWS) {
          sheetErrors.add(new PlanError(sheet + "!1:" + rowNumber, "(header row)",
              "no header row found (a row with Action ID, Year, Cost category, Required amount, ...)",
              "keep the header row of the template above the plan lines"));
          throw new StopParsing();
        }
        return;
      }
      for (Column c : Column.values()) {
        if (c.required && !found.containsKey(c)) {
          sheetErrors.add(new PlanError(sheet + "!" + rowNumber + ":" + rowNumber, "(header row)",
              "required column \"" + c.header + "\" is missing or renamed",
              "add a column headed \"" + c.header + "\" as in the template"));
        }
      }
      if (!sheetErrors.isEmpty()) {
        throw new StopParsing();
      }
      columnMap = new int[max + 1];
      java.util.Arrays.fill(columnMap, -1);
      // the Action column is for the reader only (the strategy's title is used): its cells are not even read
      found.forEach((c, index) -> columnMap[index] = c == Column.ACTION ? -1 : c.ordinal());
      validator = new PlanRowValidator(sheet, context, limits, found);
      headerCandidates = null;
    }

    Result result() {
      if (!sheetErrors.isEmpty()) {
        return new Result(List.of(), List.copyOf(sheetErrors), sheet);
      }
      if (columnMap == null) {
        return new Result(List.of(), List.of(new PlanError(sheet, "(sheet)", "the sheet is empty",
            "fill in the plan lines under the header row of the template")), sheet);
      }
      if (tooMany) {
        return new Result(List.of(), List.of(new PlanError(sheet, "(sheet)", "more than "
            + String.format(Locale.ENGLISH, "%,d", limits.maxLines()) + " plan lines",
            "combine lines (e.g. one line per action, year, category and source) or split the plan")), sheet);
      }
      List<PlanError> errors = new ArrayList<>(validator.errors);
      if (validator.suppressed > 0) {
        errors.add(new PlanError(sheet, "(more)", validator.suppressed + " more problems are not listed",
            "fix the problems above and upload again to see the rest"));
      }
      if (errors.isEmpty() && validator.lines.isEmpty()) {
        errors.add(new PlanError(sheet, "(sheet)", "the plan has no lines",
            "fill in at least one line: action, year, cost category, funding source and an amount"));
      }
      return errors.isEmpty()
          ? new Result(validator.lines, List.of(), sheet)
          : new Result(List.of(), errors, sheet);
    }
  }

  /** "AB12" -> 27. */
  static int columnIndex(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
    }
    return col - 1;
  }
}
