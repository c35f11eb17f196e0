package org.ssr.workflow.finance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Hostile and wrong files, generated in the test (nothing binary is checked in). */
final class HostileFiles {

  static final String SHEET1 = "xl/worksheets/sheet1.xml";
  static final String SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private HostileFiles() {}

  /** A copy of the workbook whose entry {@code name} is replaced by what {@code writer} writes. */
  static byte[] replaceEntry(byte[] xlsx, String name, EntryWriter writer) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(name)) {
          writer.write(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface EntryWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Sheet XML padded with {@code megabytes} MB of spaces: a few KB compressed, a ratio far beyond POI's limit. */
  static byte[] zipBomb(byte[] xlsx, int megabytes) {
    return replaceEntry(xlsx, SHEET1, out -> {
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + SHEET_NS + "\"><sheetData>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1024 * 1024];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < megabytes; i++) {
        out.write(spaces);
      }
      out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    });
  }

  /** "Billion laughs": nested entities in the sheet XML. */
  static byte[] entityExpansion(byte[] xlsx) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&l").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    return sheetXml(xlsx, dtd + "<worksheet xmlns=\"" + SHEET_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" "
        + "t=\"inlineStr\"><is><t>&l9;</t></is></c></row></sheetData></worksheet>");
  }

  /** An external entity reading a local file into a cell. */
  static byte[] externalEntity(byte[] xlsx) {
    return sheetXml(xlsx, "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\""
        + SHEET_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
        + "</sheetData></worksheet>");
  }

  static byte[] sheetXml(byte[] xlsx, String xml) {
    return replaceEntry(xlsx, SHEET1, out -> out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml)
        .getBytes(StandardCharsets.UTF_8)));
  }

  /** The workbook encrypted with a password, as Excel's "Encrypt with Password" does (agile encryption). */
  static byte[] encrypted(byte[] xlsx, String password) {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(password);
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
          OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] legacyXls() {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      PlanFixtures.fill(wb.createSheet("Plan"), new Object[][] {PlanFixtures.HEADER});
      return PlanFixtures.bytes(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of an OpenDocument spreadsheet: a stored "mimetype" entry first, then content.xml. */
  static byte[] ods() {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
