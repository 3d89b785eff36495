package id.go.jogjaprov.warta.archives.internal.domain;

import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.AUTHOR;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.BODY;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.CLASSIFICATION;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.LANGUAGE;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.LEAD;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.PUBLIC;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.PUBLISHED;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.RETENTION_CODE;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.REVIEW_ON;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.SUBJECT_CODE;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.TAGS;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.TITLE;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.TYPE;
import static id.go.jogjaprov.warta.archives.internal.domain.ImportRow.UNIT;

import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.content.api.LabelSchemes;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RetentionRule;
import id.go.jogjaprov.warta.content.api.SubjectCode;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A row of an import, checked: everything a record needs, each value read and bounded, defaults
 * filled in from the import. A row that cannot become a record is rejected with the reason ({@link
 * RowRejected}); nothing is guessed beyond the import's stated defaults.
 */
public record ImportedRelease(
    String key,
    ReleaseType type,
    String title,
    String lead,
    String bodyText,
    Classification classification,
    boolean publiclyReadable,
    UnitPath unit,
    String author,
    Instant publishedAt,
    String subjectCode,
    String retentionCode,
    List<String> tags,
    Language language,
    Optional<LocalDate> reviewOn) {

  static final int KEY_MAX = 500;
  static final int TITLE_MAX = 300;
  static final int LEAD_MAX = 5_000;
  static final int BODY_MAX = 500_000;
  static final int AUTHOR_MAX = 255;
  static final int TAG_MAX = 40;

  /** Dates before the province had websites, or after today, are misread ones. */
  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");
  private static final Pattern BLOCK_MARKUP =
      Pattern.compile(
          "<(p|div|h[1-6]|ul|ol|li|blockquote|table|pre)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINES = Pattern.compile("\\r?\\n\\s*\\r?\\n");

  private static final Set<String> YES = Set.of("ya", "yes", "true", "1", "y");
  private static final Set<String> NO = Set.of("tidak", "no", "false", "0", "t", "n");

  /**
   * Checks {@code row}; {@code words} reads HTML as a release body is read ({@code RichTextWords}).
   */
  public static ImportedRelease of(
      ImportRow row, ImportDefaults defaults, LabelSchemes schemes, Function<String, String> words)
      throws RowRejected {
    if (row.problem().isPresent()) {
      throw new RowRejected(row.problem().get());
    }
    String key = bounded(row.key(), ImportRow.KEY, KEY_MAX);
    if (key.isEmpty()) {
      throw new RowRejected(ImportProblem.KEY_MISSING, ImportRow.KEY);
    }
    String title = bounded(row.value(TITLE).orElse(""), TITLE, TITLE_MAX).replaceAll("\\s+", " ");
    if (title.isEmpty()) {
      throw new RowRejected(ImportProblem.TITLE_MISSING, TITLE);
    }
    String body = bounded(text(row.value(BODY).orElse(""), words), BODY, BODY_MAX);
    if (body.isEmpty()) {
      throw new RowRejected(ImportProblem.BODY_MISSING, BODY);
    }
    String lead = bounded(text(row.value(LEAD).orElse(""), words), LEAD, LEAD_MAX);
    ReleaseType type =
        choice(row, TYPE, ReleaseType::valueOf, ImportProblem.TYPE_UNKNOWN).orElse(defaults.type());
    Classification level =
        choice(
                row,
                CLASSIFICATION,
                ImportedRelease::classification,
                ImportProblem.CLASSIFICATION_UNKNOWN)
            .orElse(Classification.BIASA);
    if (level.level() > defaults.ceiling()) {
      throw new RowRejected(ImportProblem.ABOVE_CLEARANCE, level.label());
    }
    boolean open = openToThePublic(row);
    UnitPath unit = unit(row).orElse(defaults.unit());
    return new ImportedRelease(
        key,
        type,
        title,
        lead.isEmpty() ? null : lead,
        body,
        level,
        open && level == Classification.BIASA,
        unit,
        bounded(row.value(AUTHOR).orElse("—"), AUTHOR, AUTHOR_MAX),
        published(row.value(PUBLISHED).orElse(""), defaults.now()),
        code(
                row,
                SUBJECT_CODE,
                schemes.subjectCodes().stream().map(SubjectCode::code).toList(),
                ImportProblem.SUBJECT_CODE_UNKNOWN)
            .orElse(schemes.defaultSubjectCode(type)),
        code(
                row,
                RETENTION_CODE,
                schemes.retentionRules().stream().map(RetentionRule::code).toList(),
                ImportProblem.RETENTION_CODE_UNKNOWN)
            .orElse(schemes.defaultRetentionCode(type)),
        tags(row),
        choice(row, LANGUAGE, Language::valueOf, ImportProblem.LANGUAGE_UNKNOWN)
            .orElse(defaults.language()),
        reviewOn(row, level));
  }

  /** The day a classified row's classification is to be reviewed, as an ISO date. */
  private static Optional<LocalDate> reviewOn(ImportRow row, Classification level)
      throws RowRejected {
    Optional<String> value = row.value(REVIEW_ON);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (level == Classification.BIASA) {
      throw new RowRejected(ImportProblem.REVIEW_NOT_CLASSIFIED, REVIEW_ON);
    }
    try {
      return Optional.of(LocalDate.parse(value.get()));
    } catch (DateTimeParseException e) {
      throw new RowRejected(ImportProblem.REVIEW_DATE_UNREADABLE, value.get());
    }
  }

  /**
   * The words of a cell: HTML read as a release body; HTML without blocks (as WordPress keeps a
   * post: paragraphs apart by blank lines) or plain text keeps its paragraphs. WordPress's
   * shortcode tags go; the words they enclose stay.
   */
  static String text(String written, Function<String, String> words) {
    String cell = PostImages.withoutShortcodes(written);
    if (!MARKUP.matcher(cell).find()) {
      return Arrays.stream(BLANK_LINES.split(cell.strip()))
          .map(paragraph -> paragraph.strip().replaceAll("\\s+", " "))
          .filter(paragraph -> !paragraph.isEmpty())
          .reduce((a, b) -> a + "\n\n" + b)
          .orElse("");
    }
    if (!BLOCK_MARKUP.matcher(cell).find()) {
      StringBuilder html = new StringBuilder();
      for (String paragraph : BLANK_LINES.split(cell.strip())) {
        html.append("<p>").append(paragraph).append("</p>");
      }
      return words.apply(html.toString()).strip();
    }
    return words.apply(cell).strip();
  }

  /**
   * The publication date in one of the spellings old systems write: ISO with an offset, ISO or
   * {@code yyyy-MM-dd HH:mm[:ss]} in office time (WIB), a bare date, {@code dd/MM/yyyy}, or RFC
   * 1123 (an RSS {@code pubDate}).
   */
  static Instant published(String text, Instant now) throws RowRejected {
    Instant at = parsed(text.strip());
    if (at == null || at.isBefore(EARLIEST) || at.isAfter(now)) {
      throw new RowRejected(ImportProblem.DATE_UNREADABLE, text);
    }
    return at;
  }

  private static Instant parsed(String text) {
    List<Function<String, Instant>> spellings =
        List.of(
            t -> OffsetDateTime.parse(t).toInstant(),
            t -> LocalDateTime.parse(t.replace(' ', 'T')).atZone(OfficeTime.ZONE).toInstant(),
            t -> LocalDate.parse(t).atStartOfDay(OfficeTime.ZONE).toInstant(),
            t ->
                LocalDate.parse(
                        t,
                        DateTimeFormatter.ofPattern("dd/MM/uuuu")
                            .withResolverStyle(ResolverStyle.STRICT))
                    .atStartOfDay(OfficeTime.ZONE)
                    .toInstant(),
            t -> ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    for (Function<String, Instant> spelling : spellings) {
      try {
        return spelling.apply(text);
      } catch (DateTimeParseException e) {
        // the next spelling
      }
    }
    return null;
  }

  private static Classification classification(String text) {
    String spelled = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    return Classification.valueOf(spelled);
  }

  private static boolean openToThePublic(ImportRow row) throws RowRejected {
    Optional<String> value = row.value(PUBLIC).map(v -> v.toLowerCase(Locale.ROOT));
    if (value.isEmpty() || YES.contains(value.get())) {
      return true;
    }
    if (NO.contains(value.get())) {
      return false;
    }
    throw new RowRejected(ImportProblem.PUBLIC_UNREADABLE, value.get());
  }

  private static Optional<UnitPath> unit(ImportRow row) throws RowRejected {
    Optional<String> value = row.value(UNIT);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(UnitPath.of(value.get()));
    } catch (InvalidInputException e) {
      throw new RowRejected(ImportProblem.UNIT_INVALID, value.get());
    }
  }

  private static List<String> tags(ImportRow row) throws RowRejected {
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : row.value(TAGS).orElse("").split(ImportRow.TAG_SEPARATOR)) {
      String spelled = ReleaseMetadata.tagSpelling(tag);
      if (spelled.length() > TAG_MAX) {
        throw new RowRejected(ImportProblem.TOO_LONG, TAGS);
      }
      if (!spelled.isEmpty()) {
        tags.add(spelled);
      }
    }
    return List.copyOf(tags);
  }

  private static Optional<String> code(
      ImportRow row, String column, List<String> known, ImportProblem unknown) throws RowRejected {
    Optional<String> value = row.value(column);
    if (value.isPresent() && !known.contains(value.get())) {
      throw new RowRejected(unknown, value.get());
    }
    return value;
  }

  private static <T> Optional<T> choice(
      ImportRow row, String column, Function<String, T> read, ImportProblem unknown)
      throws RowRejected {
    Optional<String> value = row.value(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(read.apply(value.get().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new RowRejected(unknown, value.get());
    }
  }

  private static String bounded(String value, String column, int max) throws RowRejected {
    String stripped = value == null ? "" : value.strip();
    if (stripped.length() > max) {
      throw new RowRejected(ImportProblem.TOO_LONG, column);
    }
    return stripped;
  }
}
