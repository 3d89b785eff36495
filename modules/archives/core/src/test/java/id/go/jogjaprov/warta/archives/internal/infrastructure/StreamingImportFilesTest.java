package id.go.jogjaprov.warta.archives.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WordPress export in a ZIP with its uploads, read as an import reads it. */
class StreamingImportFilesTest {

  private final StreamingImportFiles files = new StreamingImportFiles();

  @TempDir Path dir;

  private Path zip(Map<String, byte[]> entries) throws IOException {
    Path zip = dir.resolve("situs.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream writer = new ZipOutputStream(out)) {
      for (var entry : entries.entrySet()) {
        writer.putNextEntry(new ZipEntry(entry.getKey()));
        writer.write(entry.getValue());
        writer.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void theExportIsUnpackedAndOnlyTheUploadsAskedForAreReadUpToTheLimit() throws IOException {
    byte[] export = "<rss/>".getBytes(StandardCharsets.UTF_8);
    Path zip =
        zip(
            Map.of(
                "situs/export.xml", export,
                "situs/wp-content/uploads/2019/03/a.jpg", new byte[10],
                "situs/wp-content/uploads/2019/03/besar.jpg", new byte[100],
                "situs/wp-content/uploads/2019/03/lain.jpg", new byte[10]));
    assertTrue(files.zipped(zip));

    Path unpacked = dir.resolve("export.xml");
    files.exportOf(zip, unpacked, 1_000);
    assertEquals("<rss/>", Files.readString(unpacked));
    assertFalse(files.zipped(unpacked), "a plain export is no ZIP");

    Map<String, Integer> read = new HashMap<>();
    files.uploadsOf(
        zip,
        Set.of("2019/03/a.jpg", "2019/03/besar.jpg"),
        50,
        (path, bytes) -> read.put(path, bytes.length));
    assertEquals(Map.of("2019/03/a.jpg", 10), read, "asked for, and within the limit");
  }

  @Test
  void anExportThatUnpacksPastTheLimitOrTwoExportsAreRefused() throws IOException {
    Path big = zip(Map.of("export.xml", new byte[5_000]));
    UnreadableImportFile tooBig =
        assertThrows(
            UnreadableImportFile.class, () -> files.exportOf(big, dir.resolve("a.xml"), 1_000));
    assertTrue(tooBig.getMessage().contains("1000"), tooBig.getMessage());

    Path two = zip(Map.of("a.xml", new byte[1], "b.xml", new byte[1]));
    assertThrows(UnreadableImportFile.class, () -> files.exportOf(two, dir.resolve("b.xml"), 10));
  }
}
