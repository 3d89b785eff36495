package id.go.jogjaprov.warta.archives.internal.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  private static List<ImportRow> rows(byte[] file) throws IOException {
    List<ImportRow> rows = new ArrayList<>();
    try (ImportRows read = new CsvRows(new ByteArrayInputStream(file))) {
      read.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static List<ImportRow> rows(String file) throws IOException {
    return rows(file.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aRowPerLineKeyedByItsIdWithCellsAcrossLinesKept() throws IOException {
    List<ImportRow> rows =
        rows(
            "id,title,published,body,tags\n"
                + "17,Sekaten 2018,2018-11-20,\"Paragraf satu.\n\nParagraf \"\"dua\"\".\",budaya;keraton\n"
                + "18,Grebeg Maulud,20/11/2018,Isi.,\n");
    assertEquals(2, rows.size());
    assertEquals("csv:17", rows.get(0).key());
    assertEquals(
        "Paragraf satu.\n\nParagraf \"dua\".", rows.get(0).value(ImportRow.BODY).orElseThrow());
    assertEquals("budaya;keraton", rows.get(0).value(ImportRow.TAGS).orElseThrow());
    assertEquals(2, rows.get(1).number());
    assertTrue(rows.get(1).value(ImportRow.TAGS).isEmpty());
  }

  @Test
  void aSpreadsheetsSemicolonsAByteOrderMarkAndCapitalsInTheHeaderAreRead() throws IOException {
    List<ImportRow> rows = rows("\uFEFFID;Title;Published;Body\n5;Judul;2018-01-02;Isi\n");
    assertEquals("csv:5", rows.get(0).key());
    assertEquals("Judul", rows.get(0).value(ImportRow.TITLE).orElseThrow());
  }

  @Test
  void aRowWithAnotherNumberOfCellsIsARowWithItsProblem() throws IOException {
    ImportRow row = rows("id,title,published,body\n1,Judul,2018-01-02\n").get(0);
    assertEquals(ImportProblem.COLUMNS_MISMATCH, row.problem().orElseThrow().problem());
    assertEquals("4", row.problem().orElseThrow().detail());
  }

  @Test
  void anUnknownColumnOrAMissingOneMakesTheFileUnreadableNamingIt() {
    UnreadableImportFile unknown =
        assertThrows(UnreadableImportFile.class, () -> rows("id,title,published,body,judul\n"));
    assertTrue(unknown.getMessage().contains("judul"), unknown.getMessage());
    UnreadableImportFile missing =
        assertThrows(UnreadableImportFile.class, () -> rows("id,title,body\n"));
    assertTrue(missing.getMessage().contains("published"), missing.getMessage());
  }

  @Test
  void anUnclosedQuoteIsUnreadableAtItsLine() {
    UnreadableImportFile e =
        assertThrows(
            UnreadableImportFile.class,
            () ->
                rows(
                    "id,title,published,body\n1,Judul,2018-01-02,Isi\n2,\"Judul,2018-01-02,Isi\n"));
    assertTrue(e.line() >= 2, "line " + e.line());
  }

  @Test
  void bytesThatAreNoUtf8AreUnreadable() {
    byte[] latin1 =
        "id,title,published,body\n1,Caf\u00e9,2018-01-02,Isi\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThrows(UnreadableImportFile.class, () -> rows(latin1));
  }
}
