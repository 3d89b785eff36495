package id.go.jogjaprov.warta.archives.internal.domain;

import java.util.Map;
import java.util.Optional;

/**
 * A row of an import file as read, in the vocabulary of a CSV header whatever the file's format:
 * {@code title}, {@code body} and so on ({@link #COLUMNS}). {@code number} is its place among the
 * file's rows (the first is 1), {@code key} its key there. {@code problem} is set where the reader
 * already knows it cannot become a record (a WordPress draft, say).
 */
public record ImportRow(
    long number, String key, Map<String, String> values, Optional<RowProblem> problem) {

  public static final String KEY = "id";
  public static final String TITLE = "title";
  public static final String LEAD = "lead";
  public static final String BODY = "body";
  public static final String PUBLISHED = "published";
  public static final String UNIT = "unit";
  public static final String TYPE = "type";
  public static final String TAGS = "tags";
  public static final String CLASSIFICATION = "classification";
  public static final String PUBLIC = "public";
  public static final String LANGUAGE = "language";
  public static final String AUTHOR = "author";
  public static final String SUBJECT_CODE = "subject_code";
  public static final String RETENTION_CODE = "retention_code";
  public static final String REVIEW_ON = "review_on";

  /**
   * Of a WordPress post only, not a column: the id of the attachment it features (its image shown
   * above or beside it, not in its text).
   */
  public static final String FEATURED_IMAGE = "wp:featured_image";

  /**
   * Every column a file may name; a CSV needs {@code id}, {@code title}, {@code published} and
   * {@code body}.
   */
  public static final java.util.List<String> COLUMNS =
      java.util.List.of(
          KEY,
          TITLE,
          LEAD,
          BODY,
          PUBLISHED,
          UNIT,
          TYPE,
          TAGS,
          CLASSIFICATION,
          PUBLIC,
          LANGUAGE,
          AUTHOR,
          SUBJECT_CODE,
          RETENTION_CODE,
          REVIEW_ON);

  public static final java.util.List<String> REQUIRED =
      java.util.List.of(KEY, TITLE, PUBLISHED, BODY);

  /** Tags in one cell are separated by semicolons (a WordPress export's are joined so). */
  public static final String TAG_SEPARATOR = ";";

  public ImportRow {
    values = Map.copyOf(values);
  }

  public ImportRow(long number, String key, Map<String, String> values) {
    this(number, key, values, Optional.empty());
  }

  /** The value of a column, stripped; empty when absent or blank. */
  public Optional<String> value(String column) {
    String value = values.get(column);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
