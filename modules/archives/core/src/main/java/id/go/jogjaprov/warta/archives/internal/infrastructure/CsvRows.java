package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.RowProblem;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file in UTF-8 (a byte order mark is allowed), with a header naming its columns
 * ({@link ImportRow#COLUMNS}, any capitals). Separated by commas, or by semicolons as spreadsheets
 * in Indonesian settings write them (the header says which). A column the file does not know or a
 * required one missing makes the file unreadable; a row with another number of cells is a row with
 * its problem.
 */
final class CsvRows implements ImportRows {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private long number;

  CsvRows(InputStream in) {
    try {
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)));
      reader.mark(1);
      if (reader.read() != BYTE_ORDER_MARK) {
        reader.reset();
      }
      reader.mark(64 * 1024);
      String first = Optional.ofNullable(reader.readLine()).orElse("");
      reader.reset();
      char delimiter = first.contains(";") && !first.contains(",") ? ';' : ',';
      this.parser =
          CSVFormat.RFC4180
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setIgnoreEmptyLines(true)
              .get()
              .parse(reader);
      this.header = header(parser.getHeaderNames());
      this.records = parser.iterator();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new UnreadableImportFile(1, e.getMessage(), e);
    }
  }

  private static List<String> header(List<String> names) {
    List<String> header = new ArrayList<>();
    for (String name : names) {
      String column = name.strip().toLowerCase(Locale.ROOT);
      if (!ImportRow.COLUMNS.contains(column)) {
        throw new UnreadableImportFile(
            1, "unknown column \"" + name.strip() + "\"; known: " + ImportRow.COLUMNS);
      }
      header.add(column);
    }
    for (String required : ImportRow.REQUIRED) {
      if (!header.contains(required)) {
        throw new UnreadableImportFile(1, "the column \"" + required + "\" is missing");
      }
    }
    return header;
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      throw new UnreadableImportFile(parser.getCurrentLineNumber(), e.getMessage(), e);
    }
  }

  @Override
  public ImportRow next() {
    CSVRecord record;
    try {
      record = records.next();
    } catch (UncheckedIOException e) {
      throw new UnreadableImportFile(parser.getCurrentLineNumber(), e.getMessage(), e);
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
      values.put(header.get(i), record.get(i));
    }
    String id = values.getOrDefault(ImportRow.KEY, "").strip();
    String key = id.isEmpty() ? "" : "csv:" + id;
    Optional<RowProblem> problem =
        record.size() == header.size()
            ? Optional.empty()
            : Optional.of(
                new RowProblem(ImportProblem.COLUMNS_MISMATCH, Integer.toString(header.size())));
    return new ImportRow(++number, key, values, problem);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
