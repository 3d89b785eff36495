package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.ImportFormat;
import id.go.jogjaprov.warta.archives.internal.domain.ImportFiles;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.PostImages;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * WordPress exports through StAX, CSV through Commons CSV; both streamed. A ZIP is read through the
 * JDK's {@link ZipFile}: its entries' names are only ever compared, never used as paths to write
 * to, and no entry is read past the size allowed.
 */
@ApplicationScoped
class StreamingImportFiles implements ImportFiles {

  private static final byte[] ZIP = {'P', 'K', 3, 4};

  @Override
  public ImportRows rows(ImportFormat format, InputStream file) {
    InputStream buffered = new BufferedInputStream(file, 64 * 1024);
    return switch (format) {
      case WXR -> new WxrRows(buffered);
      case CSV -> new CsvRows(buffered);
    };
  }

  @Override
  public boolean zipped(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return java.util.Arrays.equals(ZIP, in.readNBytes(ZIP.length));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void exportOf(Path zip, Path to, long maxBytes) {
    try (ZipFile archive = open(zip)) {
      List<ZipEntry> exports = new ArrayList<>();
      for (ZipEntry entry : Collections.list(archive.entries())) {
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (!entry.isDirectory()
            && (name.endsWith(".xml") || name.endsWith(".wxr"))
            && !name.startsWith("__macosx/")) {
          exports.add(entry);
        }
      }
      if (exports.size() != 1) {
        throw new UnreadableImportFile(
            0,
            "a ZIP holds one WordPress export (.xml) and its uploads folder; this one holds "
                + exports.size()
                + " exports");
      }
      // Read no further than the limit, whatever the entry claims: a small ZIP may unpack to a
      // file that fills the disk.
      try (InputStream export = archive.getInputStream(exports.get(0))) {
        long copied =
            Files.copy(
                new BoundedInputStream(export, maxBytes + 1),
                to,
                StandardCopyOption.REPLACE_EXISTING);
        if (copied > maxBytes) {
          throw new UnreadableImportFile(
              0, "the export in the ZIP unpacks to more than " + maxBytes + " bytes");
        }
      }
    } catch (ZipException e) {
      throw new UnreadableImportFile(0, "not a readable ZIP: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void uploadsOf(
      Path zip, Set<String> paths, long maxBytes, BiConsumer<String, byte[]> upload) {
    try (ZipFile archive = open(zip)) {
      for (ZipEntry entry : Collections.list(archive.entries())) {
        String path = PostImages.pathOfEntry(entry.getName());
        if (entry.isDirectory() || !paths.contains(path)) {
          continue;
        }
        try (InputStream in = archive.getInputStream(entry)) {
          byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          if (bytes.length > 0 && bytes.length <= maxBytes) {
            upload.accept(path, bytes);
          }
        }
      }
    } catch (ZipException e) {
      throw new UnreadableImportFile(0, "not a readable ZIP: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** At most {@code limit} bytes of a stream. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {

    private long left;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int read = super.read();
      if (read >= 0) {
        left--;
      }
      return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int read = super.read(buffer, offset, (int) Math.min(length, left));
      if (read > 0) {
        left -= read;
      }
      return read;
    }
  }

  private static ZipFile open(Path zip) throws IOException {
    return new ZipFile(zip.toFile(), java.nio.charset.StandardCharsets.UTF_8);
  }
}
