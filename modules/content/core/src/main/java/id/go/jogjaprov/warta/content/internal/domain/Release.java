package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A press release, news item or announcement, from its first draft to publication. Guards its own
 * life: which move is allowed from which status, that the text is complete, and that its author
 * never approves it. Every read is filtered by {@link ReadCriteria#PUBLIC_OR_NEED_TO_KNOW}; the
 * entity never enters the shared cache.
 */
@Entity
@Table(name = "release", schema = "content")
@AdditionalCriteria(ReadCriteria.PUBLIC_OR_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Release {

  static final int TITLE_MAX = 300;
  static final int LEAD_MAX = 2000;
  static final int BODY_MAX = 200_000;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReleaseType type;

  @Column(nullable = false)
  private String title;

  private String lead;

  @Column(nullable = false)
  private String body;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  @Column(nullable = false)
  private String author;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReleaseStatus status;

  @Column(name = "publicly_readable", nullable = false)
  private boolean publiclyReadable;

  @Version private long version;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  protected Release() {}

  public static Release draft(
      ReleaseId id,
      ReleaseType type,
      String title,
      String lead,
      String body,
      Classification classification,
      UnitPath unit,
      Username author,
      Instant now) {
    Release release = new Release();
    release.id = id.value();
    release.unitPath = unit.value();
    release.author = author.value();
    release.status = ReleaseStatus.DRAFT;
    release.createdAt = utc(now);
    release.write(type, title, lead, body, classification, now);
    return release;
  }

  /** Changes the text and labels while the release is still the author's to change. */
  public void revise(
      ReleaseType type, String title, String lead, String body, Classification classification, Instant now) {
    requireStatus(Set.of(ReleaseStatus.DRAFT, ReleaseStatus.CHANGES_REQUESTED), "diubah");
    write(type, title, lead, body, classification, now);
  }

  public void submitForReview(Instant now) {
    requireStatus(Set.of(ReleaseStatus.DRAFT, ReleaseStatus.CHANGES_REQUESTED), "diajukan");
    move(ReleaseStatus.IN_REVIEW, now);
  }

  public void requestChanges(Username reviewer, Instant now) {
    requireReviewerIsNotAuthor(reviewer);
    requireStatus(Set.of(ReleaseStatus.IN_REVIEW), "dikembalikan untuk perbaikan");
    move(ReleaseStatus.CHANGES_REQUESTED, now);
  }

  public void approve(Username approver, Instant now) {
    requireReviewerIsNotAuthor(approver);
    requireStatus(Set.of(ReleaseStatus.IN_REVIEW), "disetujui");
    move(ReleaseStatus.APPROVED, now);
  }

  public void reject(Username reviewer, Instant now) {
    requireReviewerIsNotAuthor(reviewer);
    requireStatus(Set.of(ReleaseStatus.IN_REVIEW), "ditolak");
    move(ReleaseStatus.REJECTED, now);
  }

  public void publish(Instant now) {
    requireStatus(Set.of(ReleaseStatus.APPROVED), "diterbitkan");
    move(ReleaseStatus.PUBLISHED, now);
    publishedAt = utc(now);
    publiclyReadable = classification() == Classification.BIASA;
  }

  /** Takes a new classification; only a published Biasa release is public. */
  public void reclassify(Classification to, Instant now) {
    level = to.level();
    publiclyReadable = status == ReleaseStatus.PUBLISHED && to == Classification.BIASA;
    updatedAt = utc(now);
  }

  public ReleaseId id() {
    return new ReleaseId(id);
  }

  public Classification classification() {
    return Classification.ofLevel(level);
  }

  public UnitPath unit() {
    return UnitPath.of(unitPath);
  }

  public Username author() {
    return new Username(author);
  }

  public ReleaseStatus status() {
    return status;
  }

  /** Readable by anyone, signed in or not: published and Biasa. */
  public boolean isPubliclyReadable() {
    return publiclyReadable;
  }

  public long version() {
    return version;
  }

  public ReleaseDetails details() {
    return new ReleaseDetails(
        id(),
        type,
        title,
        lead,
        body,
        classification(),
        unit(),
        status,
        version,
        author(),
        createdAt.toInstant(),
        updatedAt.toInstant(),
        Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant));
  }

  private void write(
      ReleaseType type, String title, String lead, String body, Classification classification, Instant now) {
    this.type = required(type, "Jenis rilis");
    this.title = text(title, "Judul", TITLE_MAX, true);
    this.lead = text(lead, "Teras berita", LEAD_MAX, false);
    this.body = text(body, "Isi", BODY_MAX, true);
    this.level = required(classification, "Klasifikasi keamanan").level();
    this.updatedAt = utc(now);
  }

  private void move(ReleaseStatus next, Instant now) {
    status = next;
    updatedAt = utc(now);
  }

  private void requireStatus(Set<ReleaseStatus> allowed, String action) {
    if (!allowed.contains(status)) {
      throw new RuleViolationException(
          "Rilis berstatus " + status.label() + " tidak dapat " + action + ".");
    }
  }

  private void requireReviewerIsNotAuthor(Username reviewer) {
    if (reviewer.value().equals(author)) {
      throw new NotPermittedException("Penulis tidak boleh memutuskan rilisnya sendiri.");
    }
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field + " wajib diisi.");
    }
    return value;
  }

  private static String text(String value, String field, int max, boolean required) {
    String trimmed = value == null ? "" : value.strip();
    if (required && trimmed.isEmpty()) {
      throw new InvalidInputException(field + " wajib diisi.");
    }
    if (trimmed.length() > max) {
      throw new InvalidInputException(field + " melebihi " + max + " karakter.");
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
