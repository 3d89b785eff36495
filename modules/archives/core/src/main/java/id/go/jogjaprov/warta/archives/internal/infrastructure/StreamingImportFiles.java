package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.ImportFormat;
import id.go.jogjaprov.warta.archives.internal.domain.ImportFiles;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.InputStream;

/** WordPress exports through StAX, CSV through Commons CSV; both streamed. */
@ApplicationScoped
class StreamingImportFiles implements ImportFiles {

  @Override
  public ImportRows rows(ImportFormat format, InputStream file) {
    InputStream buffered = new BufferedInputStream(file, 64 * 1024);
    return switch (format) {
      case WXR -> new WxrRows(buffered);
      case CSV -> new CsvRows(buffered);
    };
  }
}
