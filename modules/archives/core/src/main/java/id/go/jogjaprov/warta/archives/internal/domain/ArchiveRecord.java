package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.DestructionListDetails;
import id.go.jogjaprov.warta.archives.api.DestructionOutcome;
import id.go.jogjaprov.warta.archives.api.KeptRecord;
import id.go.jogjaprov.warta.archives.api.LegalHold;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.archives.api.RecordLink;
import id.go.jogjaprov.warta.archives.api.RecordRetention;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.content.api.ConsequenceTest;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.ApprovalTrailStep;
import id.go.jogjaprov.warta.workflow.api.SealStatement;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * An archive record (arsip): the snapshot of a release as it was published. Immutable once written
 * but for its classification, and read under {@link ReadCriteria#PUBLIC_OR_RECORD_READER}. Searched
 * through the {@link ArchiveIndex}.
 */
@Entity
@Table(name = "record", schema = "archives")
@AdditionalCriteria(ReadCriteria.PUBLIC_OR_RECORD_READER)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ArchiveRecord {

  @Id private UUID id;

  @Column(name = "record_number", nullable = false)
  private String recordNumber;

  @Column(name = "release_id", nullable = false)
  private UUID releaseId;

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

  @Column(name = "publicly_readable", nullable = false)
  private boolean publiclyReadable;

  @Column(name = "published_at", nullable = false)
  private OffsetDateTime publishedAt;

  @Column(name = "archived_at", nullable = false)
  private OffsetDateTime archivedAt;

  @Column(name = "subject_code", nullable = false)
  private String subjectCode;

  @Column(name = "retention_code", nullable = false)
  private String retentionCode;

  /** One tag per line, in the spelling releases keep them. */
  @Column(nullable = false)
  private String tags;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Language language;

  @Column(name = "legal_hold_reason")
  private String legalHoldReason;

  @Column(name = "legal_hold_by")
  private String legalHoldBy;

  @Column(name = "legal_hold_at")
  private OffsetDateTime legalHoldAt;

  @Column(name = "destroyed_at")
  private OffsetDateTime destroyedAt;

  /** The number of the list that destroyed it (a nullable uuid column does not map). */
  @Column(name = "destruction_list")
  private String destructionList;

  /** PUBLISHED through Warta (it follows its release), or IMPORTED from an old website. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RecordOrigin origin = RecordOrigin.PUBLISHED;

  /** The day its classification is to be reviewed; none for a Biasa record. */
  @Column(name = "review_on")
  private LocalDate reviewOn;

  /**
   * The release this record's release corrects, if it was a correction (ralat); text, as
   * EclipseLink reads no null into a UUID.
   */
  @Column(name = "corrects_release")
  private String correctsRelease;

  /**
   * The seal of the approval that let its release out, kept whole (the statement exactly as signed,
   * the key, the signature) so that it can be checked without Warta; none for an imported record.
   */
  @Column(updatable = false)
  private String seal;

  @Column(name = "seal_statement", updatable = false)
  private String sealStatement;

  @Column(name = "seal_key_id", updatable = false)
  private String sealKeyId;

  @Column(name = "seal_signature", updatable = false)
  private String sealSignature;

  protected ArchiveRecord() {}

  /**
   * A past release imported from an old website. It names no release of Warta's: its release id is
   * derived from its key, the same on every import.
   */
  public ArchiveRecord(String recordNumber, ImportedRelease imported, Instant archivedAt) {
    this.id = UUID.randomUUID();
    this.recordNumber = recordNumber;
    this.releaseId =
        UUID.nameUUIDFromBytes(
            ("import:" + imported.key()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    this.type = imported.type();
    this.title = imported.title();
    this.lead = imported.lead();
    this.body = imported.bodyText();
    this.level = imported.classification().level();
    this.unitPath = imported.unit().value();
    this.author = imported.author();
    this.publiclyReadable = imported.publiclyReadable();
    this.publishedAt = imported.publishedAt().atOffset(ZoneOffset.UTC);
    this.archivedAt = archivedAt.atOffset(ZoneOffset.UTC);
    this.subjectCode = imported.subjectCode();
    this.retentionCode = imported.retentionCode();
    this.tags = String.join("\n", imported.tags());
    this.language = imported.language();
    this.reviewOn = imported.reviewOn().orElse(null);
    this.origin = RecordOrigin.IMPORTED;
  }

  /** Anyone may read it, signed in or not. */
  public boolean publiclyReadable() {
    return publiclyReadable;
  }

  /** Imported from an old website: it has no release to follow. */
  public boolean imported() {
    return origin == RecordOrigin.IMPORTED;
  }

  /** The record of {@code release}, published after review under {@code seal}. */
  public ArchiveRecord(
      String recordNumber, ReleaseDetails release, SealedApproval seal, Instant archivedAt) {
    this.id = UUID.randomUUID();
    this.recordNumber = recordNumber;
    this.releaseId = release.id().value();
    this.type = release.type();
    this.title = release.title();
    this.lead = release.lead();
    // The record keeps the words: search, snippets and the record page read plain text.
    this.body = release.bodyText();
    this.level = release.classification().level();
    this.unitPath = release.unit().value();
    this.author = release.author().value();
    this.publiclyReadable = release.publiclyReadable();
    this.publishedAt = release.publishedAt().orElse(archivedAt).atOffset(ZoneOffset.UTC);
    this.archivedAt = archivedAt.atOffset(ZoneOffset.UTC);
    this.subjectCode = release.subjectCode();
    this.retentionCode = release.retentionCode();
    this.tags = String.join("\n", release.metadata().tags());
    this.language = release.metadata().language();
    this.correctsRelease = release.metadata().corrects().map(ReleaseId::toString).orElse(null);
    this.seal = seal.statement().seal();
    this.sealStatement = seal.statement().text();
    this.sealKeyId = seal.keyId();
    this.sealSignature = seal.signature();
    // Exempt information is reviewed on the day its consequence test names (UU 14/2008).
    this.reviewOn =
        release.classification() == Classification.BIASA
            ? null
            : release.consequenceTest().map(ConsequenceTest::reviewOn).orElse(null);
  }

  public List<String> tags() {
    return tags.isEmpty() ? List.of() : List.of(tags.split("\n"));
  }

  public UUID id() {
    return id;
  }

  public ArchiveHit hit(String snippet) {
    return new ArchiveHit(
        id,
        recordNumber,
        releaseId,
        title,
        snippet,
        Classification.ofLevel(level),
        UnitPath.of(unitPath),
        publishedAt.toInstant());
  }

  /** Follows the release's new classification, and its publicity; at Biasa, no review is due. */
  public void reclassify(Classification to, boolean publiclyReadable) {
    level = to.level();
    this.publiclyReadable = publiclyReadable;
    if (to == Classification.BIASA) {
      reviewOn = null;
    }
  }

  /**
   * The day its classification is to be reviewed ({@code empty}: none); classified records only.
   */
  public void scheduleReview(Optional<LocalDate> on) {
    if (destroyed()) {
      throw new RuleViolationException(ArchivesMessages.ARCHIVE_RECORD_DESTROYED, recordNumber);
    }
    if (on.isPresent() && level == Classification.BIASA.level()) {
      throw new RuleViolationException(ArchivesMessages.REVIEW_NOT_CLASSIFIED, recordNumber);
    }
    reviewOn = on.orElse(null);
  }

  public Optional<LocalDate> reviewOn() {
    return Optional.ofNullable(reviewOn);
  }

  public Classification classification() {
    return Classification.ofLevel(level);
  }

  public String recordNumber() {
    return recordNumber;
  }

  public UnitPath unit() {
    return UnitPath.of(unitPath);
  }

  public boolean underLegalHold() {
    return legalHoldAt != null;
  }

  public boolean destroyed() {
    return destroyedAt != null;
  }

  public boolean destroyedBy(String listNumber) {
    return listNumber.equals(destructionList);
  }

  /** Where the record stands in the schedule today. */
  public RecordRetention retention(RetentionSchedule schedule, LocalDate today) {
    return schedule.of(retentionCode, publishedAt.toInstant(), destroyed(), today);
  }

  /** Keeps the record from destruction until the hold is lifted; a tombstone needs none. */
  public LegalHold placeLegalHold(String reason, Username by, Instant at) {
    if (destroyed()) {
      throw new RuleViolationException(ArchivesMessages.ARCHIVE_RECORD_DESTROYED, recordNumber);
    }
    if (underLegalHold()) {
      throw new RuleViolationException(ArchivesMessages.LEGAL_HOLD_ALREADY, recordNumber);
    }
    legalHoldReason = reason;
    legalHoldBy = by.value();
    legalHoldAt = at.atOffset(ZoneOffset.UTC);
    return legalHold().orElseThrow();
  }

  public void liftLegalHold() {
    if (!underLegalHold()) {
      throw new RuleViolationException(ArchivesMessages.LEGAL_HOLD_NONE, recordNumber);
    }
    legalHoldReason = null;
    legalHoldBy = null;
    legalHoldAt = null;
  }

  private Optional<LegalHold> legalHold() {
    return underLegalHold()
        ? Optional.of(
            new LegalHold(legalHoldReason, new Username(legalHoldBy), legalHoldAt.toInstant()))
        : Optional.empty();
  }

  /**
   * Leaves the tombstone: number, title, unit, dates and codes stay, the words go. Never under a
   * legal hold (the database refuses it too).
   */
  public void destroy(String listNumber, Instant at) {
    if (underLegalHold()) {
      throw new RuleViolationException(ArchivesMessages.DESTRUCTION_HELD, recordNumber);
    }
    if (destroyed()) {
      throw new RuleViolationException(ArchivesMessages.ARCHIVE_RECORD_DESTROYED, recordNumber);
    }
    lead = null;
    body = "";
    destroyedAt = at.atOffset(ZoneOffset.UTC);
    destructionList = listNumber;
  }

  /** The record on a destruction list. */
  public DestructionListDetails.Entry entry(DestructionOutcome outcome) {
    return new DestructionListDetails.Entry(
        id,
        recordNumber,
        title,
        classification(),
        unit(),
        publishedAt.toInstant(),
        retentionCode,
        outcome);
  }

  public KeptRecord kept(RecordRetention retention) {
    return new KeptRecord(
        id,
        recordNumber,
        title,
        classification(),
        unit(),
        publishedAt.toInstant(),
        retention,
        legalHold(),
        reviewOn());
  }

  /** The release this is the record of (for an imported record, one of its own). */
  public UUID releaseId() {
    return releaseId;
  }

  /** The release whose records this one corrects, if it is the record of a correction. */
  public Optional<UUID> correctsRelease() {
    return Optional.ofNullable(correctsRelease).map(UUID::fromString);
  }

  /** The seal its release was published under; none for an imported record. */
  public Optional<SealedApproval> seal() {
    return Optional.ofNullable(seal)
        .map(
            id -> new SealedApproval(SealStatement.parse(sealStatement), sealKeyId, sealSignature));
  }

  /** How another record's page names this one. */
  public RecordLink link() {
    return new RecordLink(id, recordNumber, title, publishedAt.toInstant());
  }

  public ArchiveRecordDetails details(
      RecordRetention retention,
      List<RecordFile> files,
      List<RecordLink> corrects,
      List<RecordLink> correctedBy,
      List<ApprovalTrailStep> approvalTrail) {
    return new ArchiveRecordDetails(
        id,
        recordNumber,
        releaseId,
        type.name(),
        title,
        lead,
        body,
        Classification.ofLevel(level),
        UnitPath.of(unitPath),
        author,
        publishedAt.toInstant(),
        archivedAt.toInstant(),
        subjectCode,
        retention,
        legalHold(),
        reviewOn(),
        files,
        corrects,
        correctedBy,
        approvalTrail,
        seal());
  }

  /** What the search index keeps of it. */
  public SearchableRecord searchable() {
    return new SearchableRecord(
        id,
        title,
        lead,
        body,
        type,
        Classification.ofLevel(level),
        UnitPath.of(unitPath),
        tags(),
        language,
        publiclyReadable,
        publishedAt.toInstant(),
        archivedAt.toInstant(),
        origin);
  }

  /** The words a snippet is cut from. */
  public String text() {
    return SearchableRecord.textOf(lead, body);
  }

  /** The opening of the record, for lists without search words. */
  public String opening() {
    String text = lead != null ? lead : body;
    return text.length() <= 240 ? text : text.substring(0, 240) + " …";
  }
}
