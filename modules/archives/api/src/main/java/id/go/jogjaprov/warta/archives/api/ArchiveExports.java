package id.go.jogjaprov.warta.archives.api;

import java.util.UUID;

/**
 * Archive material taken out of Warta, read under the same rule as the pages. Every copy is stamped
 * with its viewer, its time and an export id; taking out classified material is recorded in the
 * audit trail under that id, so that a leaked copy can be traced. Sangat Rahasia records are
 * view-only: they are never exported.
 */
public interface ArchiveExports {

  /** The most hits one list export holds; a longer result is cut and says so. */
  int LIST_LIMIT = 5000;

  /**
   * A record the caller may read as a PDF: its classification marked at the top and bottom of every
   * page and, from Terbatas up, the stamp across every page. A record the caller may not read is
   * not found; a Sangat Rahasia one is not permitted.
   */
  ExportedDocument recordPdf(UUID recordId);

  /**
   * A file the record keeps, as it was published, for a reader of the record; from Terbatas up
   * recorded in the audit trail under the copy's export id, and a PDF stamped on every page like
   * the record's own export (one that cannot be stamped goes as it is, the audit entry saying so).
   * Not found unless the caller may read the record and it keeps that file (a destroyed record
   * keeps names, not bytes); a Sangat Rahasia record's files are not permitted.
   */
  ExportedDocument recordFile(UUID recordId, UUID fileId);

  /**
   * The first {@link #LIST_LIMIT} hits of a search (its words, filters and order; the page is
   * ignored), without the Sangat Rahasia ones, which are counted instead.
   */
  ExportedList list(ArchiveQuery query);
}
