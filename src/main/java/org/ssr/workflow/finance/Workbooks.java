package org.ssr.workflow.finance;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Styles and print setup shared by the template and the summary. */
final class Workbooks {

  static final String AMOUNT_FORMAT = "#,##0.00";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  final CellStyle header;
  final CellStyle amount;
  final CellStyle amountBold;
  final CellStyle percent;
  final CellStyle wrap;
  final CellStyle title;
  final CellStyle bold;

  /** The footer "Page &P of &N" in the workbook's language. */
  private final String footer;

  Workbooks(Workbook wb) {
    this(wb, FinanceWords.english());
  }

  Workbooks(Workbook wb, FinanceWords words) {
    footer = words.text("print.footer");
    Font boldFont = wb.createFont();
    boldFont.setBold(true);
    header = wb.createCellStyle();
    header.setFont(boldFont);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    amount = wb.createCellStyle();
    amount.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
    amountBold = wb.createCellStyle();
    amountBold.cloneStyleFrom(amount);
    amountBold.setFont(boldFont);
    percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    percent.setFont(boldFont);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    title = wb.createCellStyle();
    title.setFont(big);
    bold = wb.createCellStyle();
    bold.setFont(boldFont);
  }

  /** {@link #printSetup(Sheet, int)} with the page numbers in the workbook's language. */
  void print(Sheet sheet, int headerRow) {
    printSetup(sheet, headerRow);
    sheet.getFooter().setCenter(footer);
  }

  /** Landscape, one page wide, header row repeated on every page. */
  static void printSetup(Sheet sheet, int headerRow) {
    PrintSetup ps = sheet.getPrintSetup();
    ps.setLandscape(true);
    ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
    ps.setFitWidth((short) 1);
    ps.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    if (headerRow >= 0) {
      sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
    sheet.getFooter().setCenter("Page &P of &N");
  }

  private Workbooks() {
    throw new UnsupportedOperationException();
  }
}
