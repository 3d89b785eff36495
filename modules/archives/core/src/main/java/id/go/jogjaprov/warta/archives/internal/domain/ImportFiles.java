package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ImportFormat;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.BiConsumer;

/** Reads import files of every format into rows of one vocabulary ({@link ImportRow}). */
public interface ImportFiles {

  /** The rows of {@code file}, which the rows close. */
  ImportRows rows(ImportFormat format, InputStream file);

  /** Whether the file is a ZIP: a WordPress export with the old site's uploads folder. */
  boolean zipped(Path file);

  /**
   * Copies the one WordPress export the ZIP holds to {@code to}; a ZIP that cannot be read, that
   * holds none or several, or whose export unpacks to more than {@code maxBytes}, is {@link
   * UnreadableImportFile}.
   */
  void exportOf(Path zip, Path to, long maxBytes);

  /**
   * Hands each file of the ZIP whose path below the uploads folder is one of {@code paths} to
   * {@code upload}, with its bytes, unless it is larger than {@code maxBytes}.
   */
  void uploadsOf(Path zip, Set<String> paths, long maxBytes, BiConsumer<String, byte[]> upload);
}
