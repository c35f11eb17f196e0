package org.ssr.workflow.finance;

import java.util.Arrays;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the rows and cells of one worksheet part (SAX, constant memory), for the plan and the budget execution
 * readers: it tracks the row number and column of each cell and turns the cell's XML (value, inline string, shared
 * string index, formula without a cached value, boolean, error) into a {@link PlanCell}. The readers decide what a row
 * means in {@link #startRow()}, {@link #cell()} and {@link #endRow()}.
 */
abstract class SheetRowHandler extends DefaultHandler {

  private static final int MAX_CELL_CHARS = 32_767;

  private final ReadOnlySharedStringsTable strings;
  /** 1-based row number of the row being read (its {@code r} attribute, else the previous one plus one). */
  protected int rowNumber;
  /** 0-based column of the cell being read. */
  protected int column;
  private String cellType;
  private boolean inValue;
  private boolean inInline;
  private boolean inInlineText;
  private boolean hasFormula;
  private boolean hasValue;
  private final StringBuilder text = new StringBuilder();
  /** shared strings already converted, by index (see {@link #sharedString()}) */
  private String[] sharedText = new String[64];

  SheetRowHandler(ReadOnlySharedStringsTable strings) {
    this.strings = strings;
  }

  /** A row starts ({@link #rowNumber} is set). */
  protected abstract void startRow();

  /** A cell ended: {@link #column} is its column, {@link #toCell()} reads it. */
  protected abstract void cell();

  /** The row ended. */
  protected abstract void endRow() throws SAXException;

  private static String local(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) {
      return localName;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    switch (local(localName, qName)) {
      case "row" -> {
        String r = atts.getValue("r");
        rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
        column = -1;
        startRow();
      }
      case "c" -> {
        String r = atts.getValue("r");
        column = r != null ? FinancialPlanReader.columnIndex(r) : column + 1;
        cellType = atts.getValue("t");
        hasFormula = false;
        hasValue = false;
        text.setLength(0);
      }
      case "v" -> {
        inValue = true;
        hasValue = true;
      }
      case "f" -> hasFormula = true;
      case "is" -> {
        inInline = true;
        hasValue = true;
      }
      case "t" -> inInlineText = inInline;
      default -> {
        // other elements (formats, extensions) do not matter
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if ((inValue || inInlineText) && text.length() <= MAX_CELL_CHARS) {
      text.append(ch, start, Math.min(length, MAX_CELL_CHARS + 1 - text.length()));
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    switch (local(localName, qName)) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "is" -> inInline = false;
      case "c" -> cell();
      case "row" -> endRow();
      default -> {
        // nothing
      }
    }
  }

  /** The cell just read. */
  protected PlanCell toCell() {
    String t = cellType == null ? "n" : cellType;
    if (hasFormula && !hasValue) {
      return new PlanCell(PlanCell.Kind.FORMULA_WITHOUT_VALUE, "", column);
    }
    String value = "s".equals(t) ? null : text.toString(); // a shared string's index is read from the buffer
    return switch (t) {
      case "s" -> new PlanCell(PlanCell.Kind.TEXT, sharedString(), column);
      case "inlineStr", "str", "d" -> new PlanCell(PlanCell.Kind.TEXT, value, column);
      case "b" -> new PlanCell(PlanCell.Kind.BOOLEAN, "1".equals(value.trim()) ? "TRUE" : "FALSE", column);
      case "e" -> new PlanCell(PlanCell.Kind.ERROR, value, column);
      default -> new PlanCell(value.isBlank() ? PlanCell.Kind.TEXT : PlanCell.Kind.NUMBER, value, column);
    };
  }

  /**
   * The shared string whose index is in {@link #text}; "" for a bad index. POI's
   * {@code ReadOnlySharedStringsTable.getItemAt} wraps the text in a new XSSFRichTextString (an XmlBeans object)
   * on every call, which cost more than the rest of the parse; each distinct index is therefore converted once and
   * kept in {@link #sharedText}. The cache grows only for indexes the table really has (a bad index throws
   * before), so a hostile index or uniqueCount cannot make it large.
   */
  private String sharedString() {
    int begin = 0;
    int end = text.length();
    while (begin < end && text.charAt(begin) <= ' ') {
      begin++;
    }
    while (end > begin && text.charAt(end - 1) <= ' ') {
      end--;
    }
    int index;
    try {
      index = Integer.parseInt(text, begin, end, 10);
    } catch (NumberFormatException e) {
      return "";
    }
    if (index >= 0 && index < sharedText.length && sharedText[index] != null) {
      return sharedText[index];
    }
    String s;
    try {
      s = strings.getItemAt(index).getString();
    } catch (RuntimeException e) {
      return "";
    }
    if (index >= sharedText.length) {
      sharedText = Arrays.copyOf(sharedText, Math.max(index + 1, 2 * sharedText.length));
    }
    sharedText[index] = s;
    return s;
  }
}
