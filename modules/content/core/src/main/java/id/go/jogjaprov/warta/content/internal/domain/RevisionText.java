package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.RevisionDetails;
import id.go.jogjaprov.warta.content.api.RevisionSummary;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * The text of a release as one save left it. Immutable but for its level, which it keeps on its
 * own: the level the release had when it was saved, raised with the release, lowered only when a
 * second official approves lowering this very text. Readable by {@link
 * ReadCriteria#PART_NEED_TO_KNOW}, never by the public, never from the shared cache.
 */
@Entity
@Table(name = "revision_text", schema = "content")
@AdditionalCriteria(ReadCriteria.PART_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RevisionText {

  public static final int CHANGE_NOTE_MAX = 500;

  @Id private UUID id;

  /** The release this is a revision of; the key its grants are given on. */
  @Column(name = "release_id", nullable = false, updatable = false)
  private UUID itemId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ReleaseType type;

  @Column(nullable = false, updatable = false)
  private String title;

  @Column(updatable = false)
  private String lead;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "change_note", updatable = false)
  private String changeNote;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private OffsetDateTime savedAt;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false, updatable = false)
  private String unitPath;

  protected RevisionText() {}

  RevisionText(
      UUID releaseId,
      int number,
      ReleaseType type,
      String title,
      String lead,
      String body,
      String changeNote,
      Username author,
      Instant savedAt,
      Classification classification,
      UnitPath unit) {
    this.id = UUID.randomUUID();
    this.itemId = releaseId;
    this.number = number;
    this.type = type;
    this.title = title;
    this.lead = lead;
    this.body = body;
    this.changeNote = changeNote;
    this.author = author.value();
    this.savedAt = savedAt.atOffset(ZoneOffset.UTC);
    this.level = classification.level();
    this.unitPath = unit.value();
  }

  public int number() {
    return number;
  }

  public ReleaseType type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String lead() {
    return lead;
  }

  public String body() {
    return body;
  }

  public Classification classification() {
    return Classification.ofLevel(level);
  }

  public RevisionSummary summary() {
    return new RevisionSummary(
        number,
        new Username(author),
        savedAt.toInstant(),
        Optional.ofNullable(changeNote),
        classification());
  }

  public RevisionDetails details() {
    return new RevisionDetails(summary(), type, title, lead, body);
  }
}
