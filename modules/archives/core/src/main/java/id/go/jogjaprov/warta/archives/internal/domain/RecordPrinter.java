package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.kernel.Classification;
import java.util.Optional;

/** Prints records, and the minutes of their destruction, as documents to take away. */
public interface RecordPrinter {

  /**
   * A PDF of the record: its classification marked at the top and the bottom of every page and,
   * when given, the stamp across every page and in its footer.
   */
  byte[] pdf(ArchiveRecordDetails record, Optional<ExportStamp> stamp);

  /**
   * The minutes of a destruction (berita acara pemusnahan) as a PDF: who proposed and who approved
   * the list, and each record on it with what became of it; marked and stamped like a record.
   */
  byte[] minutes(DestructionListDetails list, Optional<ExportStamp> stamp);

  /**
   * A copy of a PDF file with the classification marked and the stamp across every page, as a
   * record's own export is: empty when the file cannot be stamped (encrypted, damaged, no pages).
   */
  Optional<byte[]> stamped(byte[] pdf, Classification classification, ExportStamp stamp);
}
