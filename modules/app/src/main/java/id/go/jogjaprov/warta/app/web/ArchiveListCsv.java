package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.archives.api.ExportedList;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A list of archive hits as CSV, the same for the API and the pages. Every row carries the copy's
 * stamp (viewer, time, export id), so that rows copied out of the file still say whose copy they
 * were; a last row says what the list leaves out.
 */
public final class ArchiveListCsv {

  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

  private static final List<String> HEADER =
      List.of(
          "No. arsip",
          "ID arsip",
          "Judul",
          "Klasifikasi",
          "Unit",
          "Terbit (WIB)",
          "Cuplikan",
          "Salinan untuk");
  private static final DateTimeFormatter WIB =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OfficeTime.ZONE);

  private ArchiveListCsv() {}

  public static String fileName(ExportedList list) {
    return "arsip-" + list.stamp().id() + ".csv";
  }

  public static void write(ExportedList list, PrintWriter out) {
    Csv.begin(out);
    Csv.line(out, HEADER);
    String stamp = stamp(list.stamp());
    for (ArchiveHit hit : list.hits()) {
      Csv.line(
          out,
          List.of(
              hit.recordNumber(),
              hit.id().toString(),
              hit.title(),
              hit.classification().label(),
              hit.unit().value(),
              WIB.format(hit.publishedAt()),
              hit.snippet(),
              stamp));
    }
    if (list.cut() || list.viewOnly() > 0) {
      Csv.line(out, List.of("Catatan", leftOut(list)));
    }
  }

  private static String stamp(ExportStamp stamp) {
    return stamp.viewer().value() + " · " + WIB.format(stamp.at()) + " WIB · ekspor " + stamp.id();
  }

  private static String leftOut(ExportedList list) {
    StringBuilder note = new StringBuilder();
    if (list.cut()) {
      note.append("Daftar ini memuat ")
          .append(list.hits().size() + list.viewOnly())
          .append(" hasil pertama dari ")
          .append(list.total())
          .append(". ");
    }
    if (list.viewOnly() > 0) {
      note.append(list.viewOnly())
          .append(" arsip Sangat Rahasia hanya dapat dibaca di Warta dan tidak diekspor.");
    }
    return note.toString().strip();
  }
}
