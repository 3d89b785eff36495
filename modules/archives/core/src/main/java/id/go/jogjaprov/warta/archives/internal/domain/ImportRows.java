package id.go.jogjaprov.warta.archives.internal.domain;

import java.io.Closeable;
import java.util.Iterator;
import java.util.Map;

/**
 * The rows of an import file, read one at a time. A file that cannot be read on fails with {@link
 * UnreadableImportFile}, naming where.
 */
public interface ImportRows extends Iterator<ImportRow>, Closeable {

  /**
   * The WordPress attachments read so far, by attachment id, their files as paths below the uploads
   * folder: once every row is read, all the file has ({@link ImportRow#FEATURED_IMAGE} names one).
   * A CSV file has none.
   */
  default Map<String, PostImages.Attachment> attachments() {
    return Map.of();
  }
}
