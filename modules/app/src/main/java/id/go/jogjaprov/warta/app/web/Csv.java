package id.go.jogjaprov.warta.app.web;

import java.io.PrintWriter;
import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180, every cell quoted, CRLF), the same for every export. A cell that
 * a spreadsheet would take for a formula gets a leading apostrophe so that it stays text.
 */
public final class Csv {

  private Csv() {}

  /** Starts a UTF-8 file so that spreadsheets read its letters as UTF-8. */
  public static void begin(PrintWriter out) {
    out.print('\uFEFF');
  }

  public static void line(PrintWriter out, List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (String cell : cells) {
      if (line.length() > 0) {
        line.append(',');
      }
      line.append(cell(cell));
    }
    out.print(line.append("\r\n"));
  }

  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
