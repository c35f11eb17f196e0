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

  /** Reads an upload; refusals in English. */
  public Result read(String fileName, byte[] bytes, PlanContext context) {
    return read(fileName, bytes, context, null);
  }

  /**
   * Reads an upload made from the template of any supported language; the refusals are in {@code language} (the
   * uploader's; unknown or null = English).
   */
  public Result read(String fileName, byte[] bytes, PlanContext context, String language) {
    FinanceWords words = FinanceWords.of(language);
    PlanError precheck = precheck(words, fileName, bytes);
    if (precheck != null) {
      return failed(precheck);
    }
    Path tmp = null;
    try {
      // POI reads zip entries lazily (and checks them for zip bombs) only when opening a file
      tmp = Files.createTempFile("ssr-financial-plan-", ".xlsx");
      Files.write(tmp, bytes);
      return readPackage(words, fileName, tmp, context);
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
  PlanError precheck(FinanceWords words, String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return PlanError.file(words, fileName, words.text("plan.file.empty"), words.text("plan.file.empty.remedy"));
    }
    if (bytes.length > limits.maxFileBytes()) {
      return PlanError.file(words, fileName, words.text("file.tooLarge", mb(words, bytes.length),
          mb(words, limits.maxFileBytes())), words.text("plan.file.tooLarge.remedy"));
    }
    FileMagic magic;
    try {
      magic = FileMagic.valueOf(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64)));
    } catch (RuntimeException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      return ole2(words, fileName, bytes);
    }
    if (magic != FileMagic.OOXML) {
      return PlanError.file(words, fileName, words.text("plan.file.notSpreadsheet", describe(words, magic)),
          words.text("plan.file.notSpreadsheet.remedy"));
    }
    if (isOpenDocument(bytes)) {
      return PlanError.file(words, fileName, words.text("file.ods"), words.text("file.ods.remedy"));
    }
    return null;
  }

  /** A file size in English: 12.3 MB. */
  static String mb(long bytes) {
    return mb(FinanceWords.english(), bytes);
  }

  /** A file size in the language's numbers: 12.3 MB, 12,3 Mo. */
  static String mb(FinanceWords words, long bytes) {
    if (bytes < 1024 * 1024) {
      return words.text("size.kb", (bytes + 1023) / 1024);
    }
    return words.text("size.mb", bytes / (1024.0 * 1024.0));
  }

  private static String describe(FinanceWords words, FileMagic magic) {
    return words.text(switch (magic) {
      case PDF -> "file.kind.pdf";
      case HTML -> "file.kind.html";
      case XML -> "file.kind.xml";
      case RTF -> "file.kind.rtf";
      case JPEG, PNG, GIF, BMP, TIFF, WMF, EMF -> "file.kind.picture";
      default -> "file.kind.other";
    });
  }

  private static PlanError ole2(FinanceWords words, String fileName, byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
          || fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
        return PlanError.file(words, fileName, words.text("plan.file.encrypted"),
            words.text("plan.file.encrypted.remedy"));
      }
    } catch (IOException | RuntimeException e) {
      return PlanError.file(words, fileName, words.text("plan.file.damagedOle2"), words.text("file.saveAsXlsx"));
    }
    return PlanError.file(words, fileName, words.text("plan.file.xls"), words.text("file.saveAsXlsx"));
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

  private Result readPackage(FinanceWords words, String fileName, Path file, PlanContext context) {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | RuntimeException e) {
      return failed(packageError(words, fileName, e));
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
          if (plan == null && FinanceWords.isSheet(name, "plan")) {
            plan = sheets.getSheetPart();
            planName = name;
          } else if (lines == null && FinanceWords.isSheet(name, "lines")) {
            lines = sheets.getSheetPart();
            linesName = name;
          }
        }
      }
      if (plan == null && lines == null) {
        String wanted = words.sheet("plan");
        return failed(PlanError.file(words, fileName, words.text("file.noSheet", wanted, String.join(", ", names)),
            words.text("plan.file.noSheet.remedy", wanted)));
      }
      PackagePart part = plan != null ? plan : lines;
      String sheetName = plan != null ? planName : linesName;
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      SheetHandler handler = new SheetHandler(words, sheetName, context, strings);
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
      return failed(packageError(words, fileName, e));
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

  static PlanError packageError(FinanceWords words, String fileName, Throwable e) {
    String all = messages(e);
    if (all.contains("zip bomb") || all.contains("max entry size") || all.contains("file count")
        || all.contains("maxentrysize") || all.contains("max. ratio")) {
      return PlanError.file(words, fileName, words.text("file.zipBomb"), words.text("file.zipBomb.remedy"));
    }
    if (all.contains("doctype") || all.contains("entity") || all.contains("dtd")) {
      return PlanError.file(words, fileName, words.text("file.entities"), words.text("file.entities.remedy"));
    }
    return PlanError.file(words, fileName, words.text("file.damaged"), words.text("file.damaged.remedy"));
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
    private final FinanceWords words;
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

    SheetHandler(FinanceWords words, String sheet, PlanContext context, ReadOnlySharedStringsTable strings) {
      super(strings);
      this.words = words;
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
          sheetErrors.add(PlanError.sheet(words, sheet + "!1:" + rowNumber, "headerRow",
              words.text("plan.header.notFound"), words.text("plan.header.notFound.remedy")));
          throw new StopParsing();
        }
        return;
      }
      for (Column c : Column.values()) {
        if (c.required && !found.containsKey(c)) {
          sheetErrors.add(PlanError.sheet(words, sheet + "!" + rowNumber + ":" + rowNumber, "headerRow",
              words.text("header.missing", words.column(c)), words.text("header.missing.remedy", words.column(c))));
        }
      }
      if (!sheetErrors.isEmpty()) {
        throw new StopParsing();
      }
      columnMap = new int[max + 1];
      java.util.Arrays.fill(columnMap, -1);
      // the Action column is for the reader only (the strategy's title is used): its cells are not even read
      found.forEach((c, index) -> columnMap[index] = c == Column.ACTION ? -1 : c.ordinal());
      validator = new PlanRowValidator(words, sheet, context, limits, found);
      headerCandidates = null;
    }

    Result result() {
      if (!sheetErrors.isEmpty()) {
        return new Result(List.of(), List.copyOf(sheetErrors), sheet);
      }
      if (columnMap == null) {
        return new Result(List.of(), List.of(PlanError.sheet(words, sheet, "sheet", words.text("sheet.empty"),
            words.text("plan.sheet.empty.remedy"))), sheet);
      }
      if (tooMany) {
        return new Result(List.of(), List.of(PlanError.sheet(words, sheet, "sheet",
            words.text("plan.tooMany", limits.maxLines()), words.text("plan.tooMany.remedy"))), sheet);
      }
      List<PlanError> errors = new ArrayList<>(validator.errors);
      if (validator.suppressed > 0) {
        errors.add(PlanError.sheet(words, sheet, "more", words.text("more.problems", validator.suppressed),
            words.text("more.problems.remedy")));
      }
      if (errors.isEmpty() && validator.lines.isEmpty()) {
        errors.add(PlanError.sheet(words, sheet, "sheet", words.text("plan.noLines"),
            words.text("plan.noLines.remedy")));
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
