package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ImportFormat;
import java.io.InputStream;

/** Reads import files of every format into rows of one vocabulary ({@link ImportRow}). */
public interface ImportFiles {

  /** The rows of {@code file}, which the rows close. */
  ImportRows rows(ImportFormat format, InputStream file);
}
