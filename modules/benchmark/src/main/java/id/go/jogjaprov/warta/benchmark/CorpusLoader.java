package id.go.jogjaprov.warta.benchmark;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes the corpus into {@code archives.record} with PostgreSQL's COPY, as the database owner: the
 * rows the import will write, by the fastest path there is, so that a million records load in
 * minutes. The record table's trigger notes each one for the search index, as for any record.
 */
final class CorpusLoader {

  private static final String COPY =
      "copy archives.record (id, record_number, release_id, type, title, lead, body, level,"
          + " unit_path, author, publicly_readable, published_at, archived_at, subject_code,"
          + " retention_code)"
          + " from stdin (format csv)";

  private static final int CHUNK = 5_000;

  private CorpusLoader() {}

  /** How many of the corpus's records the database holds already. */
  static long present(Connection owner) throws SQLException {
    try (var query =
        owner.prepareStatement("select count(*) from archives.record where record_number like ?")) {
      query.setString(1, "BENCH-%");
      ResultSet row = query.executeQuery();
      row.next();
      return row.getLong(1);
    }
  }

  /** Loads the corpus in one transaction; answers records per second. */
  static double load(Connection owner, Corpus corpus) throws SQLException {
    long started = System.nanoTime();
    CopyIn copy = owner.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      StringWriter chunk = new StringWriter();
      String archived = Instant.now().toString();
      for (int n = 0; n < corpus.size(); n++) {
        Corpus.Row row = corpus.row(n);
        chunk
            .append(row.id().toString())
            .append(',')
            .append(row.recordNumber())
            .append(',')
            .append(row.id().toString())
            .append(',')
            .append(row.type())
            .append(',')
            .append(csv(row.title()))
            .append(',')
            .append(csv(row.lead()))
            .append(',')
            .append(csv(row.body()))
            .append(',')
            .append(Integer.toString(row.level()))
            .append(',')
            .append(csv(row.unit()))
            .append(",arsip.impor,")
            .append(Boolean.toString(row.publiclyReadable()))
            .append(',')
            .append(row.publishedAt().toString())
            .append(',')
            .append(archived)
            .append(',')
            .append(labels(row.type()))
            .append('\n');
        if ((n + 1) % CHUNK == 0 || n + 1 == corpus.size()) {
          byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(bytes, 0, bytes.length);
          chunk = new StringWriter();
          if ((n + 1) % 100_000 == 0) {
            System.out.printf("[benchmark] loaded %,d records%n", n + 1);
          }
        }
      }
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return corpus.size() / seconds;
  }

  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /** The subject code and the JRA row a release of this type gets by default (content V12). */
  private static String labels(String type) {
    return switch (type) {
      case "PRESS_RELEASE" -> "487.1,HUM-01";
      case "NEWS" -> "487.2,HUM-02";
      default -> "487.3,HUM-03";
    };
  }
}
