package id.go.jogjaprov.warta.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload written to a temporary file as it arrives, never held in memory, and no further than
 * its limit; the file goes when this closes. For files read more than once (an import is read whole
 * to be checked, then kept).
 */
public final class SpooledUpload implements AutoCloseable {

  private final Path file;
  private final boolean tooLarge;

  private SpooledUpload(Path file, boolean tooLarge) {
    this.file = file;
    this.tooLarge = tooLarge;
  }

  /** Reads {@code in} up to {@code maxBytes}, and a byte beyond to tell whether there is more. */
  public static SpooledUpload of(InputStream in, long maxBytes) throws IOException {
    Path file = Files.createTempFile("warta-upload-", ".part");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long written = 0;
      for (int n; in != null && (n = in.read(buffer)) > 0; ) {
        written += n;
        if (written > maxBytes) {
          return new SpooledUpload(file, true);
        }
        out.write(buffer, 0, n);
      }
      return new SpooledUpload(file, false);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  public boolean tooLarge() {
    return tooLarge;
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
