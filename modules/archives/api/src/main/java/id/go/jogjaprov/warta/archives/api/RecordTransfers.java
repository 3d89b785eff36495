package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.UnitPath;
import java.util.List;
import java.util.UUID;

/**
 * Permanent records handed over to the regional archives (arsip statis) as a self-describing
 * package: BagIt (RFC 8493) with SHA-256 checksums, each record as a PDF, its words as text and its
 * Dublin Core description. Biasa records only: a classified record is reviewed and lowered before
 * it leaves the office.
 */
public interface RecordTransfers {

  /** The most records one package holds. */
  int PACKAGE_MAX = 500;

  /**
   * An archivist packs records of one agency that are due for transfer under their JRA row
   * (disposition permanen); each transfer is recorded in the audit trail under the package's id.
   */
  ExportedDocument pack(UnitPath agency, List<UUID> recordIds);
}
