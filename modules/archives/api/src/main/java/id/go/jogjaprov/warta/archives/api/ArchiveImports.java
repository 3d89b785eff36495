package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The import of past releases (from the office's old websites) as archive records, for archivists.
 * A file is read whole and checked before anything is kept; its rows then become records in the
 * background, a chunk per transaction, on any node, resuming where it stopped after a failure.
 * Importing the same rows again changes nothing: a row's key (its WordPress guid, or the CSV's
 * {@code id}) is kept with its record. An import, its progress and its rejected rows are seen by
 * the archivist who started it only: its counts span classifications other archivists may not hold.
 */
public interface ArchiveImports {

  /** The largest file accepted. */
  long maxBytes();

  /**
   * Starts importing {@code file} (read and checked here; a file that cannot be read is refused
   * with what is wrong, and nothing is kept).
   */
  ImportProgress start(ImportRequest request, Path file);

  /** One of the caller's imports, else not found. */
  ImportProgress progress(UUID importId);

  /** The caller's imports, the latest first. */
  Page<ImportProgress> mine(PageRequest page);

  /** The rows of one of the caller's imports that became no record, and why, in file order. */
  Page<ImportRejection> rejections(UUID importId, PageRequest page);
}
