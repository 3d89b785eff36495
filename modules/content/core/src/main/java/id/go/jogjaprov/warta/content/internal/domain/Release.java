package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A press release, news item or announcement, from its first draft to publication. Guards its own
 * life: which move is allowed from which status, that the text is complete, and four eyes: every
 * save is an attributed {@link Revision}, and nobody who wrote any revision since the last approval
 * decides on the release. The text of every save is kept as a {@link RevisionText}, at the level
 * the release had then. Every read is filtered by {@link ReadCriteria#PUBLIC_OR_NEED_TO_KNOW}; the
 * entity never enters the shared cache.
 */
@Entity
@Table(name = "release", schema = "content")
@AdditionalCriteria(ReadCriteria.PUBLIC_OR_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Release {

  public static final int TITLE_MAX = 300;
  public static final int LEAD_MAX = 2000;
  public static final int BODY_MAX = 200_000;

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

  /** The number of the current revision. */
  @Column(nullable = false)
  private int revision;

  /** The number of the last revision a reviewer approved; 0 before the first approval. */
  @Column(name = "approved_revision", nullable = false)
  private int approvedRevision;

  @ElementCollection
  @CollectionTable(
      name = "release_revision",
      schema = "content",
      joinColumns = @JoinColumn(name = "release_id"))
  @OrderBy("number")
  private List<Revision> revisions = new ArrayList<>();

  /** Texts saved since the release was loaded; the repository stores them with the release. */
  @Transient private final List<RevisionText> unstoredTexts = new ArrayList<>();

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
      String changeNote,
      Instant now) {
    Release release = new Release();
    release.id = id.value();
    release.unitPath = unit.value();
    release.author = author.value();
    release.status = ReleaseStatus.DRAFT;
    release.createdAt = utc(now);
    release.write(type, title, lead, body, classification, author, changeNote, now);
    return release;
  }

  /**
   * Changes the text and labels while the release is still editable; the change is a new revision
   * attributed to {@code editor}.
   */
  public void revise(
      ReleaseType type,
      String title,
      String lead,
      String body,
      Classification classification,
      Username editor,
      String changeNote,
      Instant now) {
    requireStatus(Set.of(ReleaseStatus.DRAFT, ReleaseStatus.CHANGES_REQUESTED), "diubah");
    write(type, title, lead, body, classification, editor, changeNote, now);
  }

  /**
   * Makes an earlier revision's text the newest revision. Text kept at a level above the release's
   * present one would carry classified words into lower material, so it is refused: raise the
   * release first.
   */
  public void restore(RevisionText earlier, Username editor, Instant now) {
    requireStatus(Set.of(ReleaseStatus.DRAFT, ReleaseStatus.CHANGES_REQUESTED), "diubah");
    if (earlier.classification().level() > level) {
      throw new RuleViolationException(
          "Revisi "
              + earlier.number()
              + " disimpan pada klasifikasi "
              + earlier.classification().label()
              + ", di atas klasifikasi rilis sekarang ("
              + classification().label()
              + "); naikkan klasifikasi rilis sebelum memulihkannya.");
    }
    write(
        earlier.type(),
        earlier.title(),
        earlier.lead(),
        earlier.body(),
        classification(),
        editor,
        "Dipulihkan dari revisi " + earlier.number(),
        now);
  }

  public void submitForReview(Instant now) {
    requireStatus(Set.of(ReleaseStatus.DRAFT, ReleaseStatus.CHANGES_REQUESTED), "diajukan");
    move(ReleaseStatus.IN_REVIEW, now);
  }

  public void requestChanges(Username reviewer, Instant now) {
    requireStatus(Set.of(ReleaseStatus.IN_REVIEW), "dikembalikan untuk perbaikan");
    requireDecidableBy(reviewer);
    move(ReleaseStatus.CHANGES_REQUESTED, now);
  }

  /** Approves exactly the current revision. */
  public void approve(Username approver, Instant now) {
    requireStatus(Set.of(ReleaseStatus.IN_REVIEW), "disetujui");
    requireDecidableBy(approver);
    approvedRevision = revision;
    move(ReleaseStatus.APPROVED, now);
  }

  public void reject(Username reviewer, Instant now) {
    requireStatus(Set.of(ReleaseStatus.IN_REVIEW), "ditolak");
    requireDecidableBy(reviewer);
    move(ReleaseStatus.REJECTED, now);
  }

  /**
   * Four eyes: a reviewer decides only on text they had no hand in, so nobody who wrote a revision
   * since the last approval (the author included) may decide on it.
   */
  public boolean isDecidableBy(Username reviewer) {
    return status == ReleaseStatus.IN_REVIEW
        && revisions.stream()
            .filter(r -> r.number() > approvedRevision)
            .noneMatch(r -> r.writtenBy(reviewer));
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

  /** The number of the current revision. */
  public int revision() {
    return revision;
  }

  /** Hands over the texts saved since the release was loaded, once, to be stored. */
  public List<RevisionText> takeUnstoredTexts() {
    List<RevisionText> texts = List.copyOf(unstoredTexts);
    unstoredTexts.clear();
    return texts;
  }

  public ReleaseDetails details() {
    return new ReleaseDetails(
        id(),
        type,
        title,
        lead,
        body,
        RichText.text(body),
        classification(),
        unit(),
        status,
        version,
        revision,
        author(),
        createdAt.toInstant(),
        updatedAt.toInstant(),
        Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant));
  }

  private void write(
      ReleaseType type,
      String title,
      String lead,
      String body,
      Classification classification,
      Username by,
      String changeNote,
      Instant now) {
    String note =
        PlainText.optional(
            changeNote, "changeNote", "Catatan perubahan", RevisionText.CHANGE_NOTE_MAX);
    this.type = required(type, "type", "Jenis rilis");
    this.title = PlainText.required(title, "title", "Judul", TITLE_MAX);
    this.lead = PlainText.optional(lead, "lead", "Teras berita", LEAD_MAX);
    this.body = RichText.required(body, "body", "Isi", BODY_MAX);
    this.level = required(classification, "classification", "Klasifikasi keamanan").level();
    this.updatedAt = utc(now);
    this.revision++;
    this.revisions.add(new Revision(revision, by, now));
    this.unstoredTexts.add(
        new RevisionText(
            id,
            revision,
            this.type,
            this.title,
            this.lead,
            this.body,
            note,
            by,
            now,
            classification(),
            unit()));
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

  private void requireDecidableBy(Username reviewer) {
    if (!isDecidableBy(reviewer)) {
      throw new NotPermittedException(
          "Anda ikut menulis revisi yang sedang ditinjau; keputusan harus diambil pimpinan lain.");
    }
  }

  private static <T> T required(T value, String field, String label) {
    if (value == null) {
      throw new InvalidInputException(field, label + " wajib diisi.");
    }
    return value;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
