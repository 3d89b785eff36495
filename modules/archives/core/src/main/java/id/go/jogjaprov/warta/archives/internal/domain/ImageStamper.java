package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ExportStamp;
import id.go.jogjaprov.warta.kernel.Classification;
import java.util.Optional;

/** Marks and stamps copies of a record's images for their reader, as a record's PDF is. */
public interface ImageStamper {

  /**
   * A copy of a JPEG or PNG image, in its own format and size, with the classification marked at
   * its top and bottom, the stamp in its footer and faintly across it: empty when the image cannot
   * be stamped (another format, damaged, or too large to open safely).
   */
  Optional<byte[]> stamped(
      byte[] image, String mediaType, Classification classification, ExportStamp stamp);
}
