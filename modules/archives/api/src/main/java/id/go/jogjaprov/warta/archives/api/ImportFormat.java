package id.go.jogjaprov.warta.archives.api;

import java.util.Locale;
import java.util.Optional;

/** The files past releases come in. */
public enum ImportFormat {
  /**
   * A WordPress export (WXR, eXtended RSS): posts with their dates, authors and tags; alone, or in
   * a ZIP with the site's uploads folder, from which the images its posts show are kept.
   */
  WXR,
  /** A table, a release per row, with a header naming the columns ({@code id,title,body,…}). */
  CSV;

  /** The format a file's name says ({@code .xml} and {@code .zip} are WXR, {@code .csv} CSV). */
  public static Optional<ImportFormat> ofFileName(String name) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xml") || lower.endsWith(".wxr") || lower.endsWith(".zip")) {
      return Optional.of(WXR);
    }
    return lower.endsWith(".csv") ? Optional.of(CSV) : Optional.empty();
  }
}
