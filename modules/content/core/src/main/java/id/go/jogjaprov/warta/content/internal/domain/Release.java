package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ContactPerson;
import id.go.jogjaprov.warta.content.api.InformationCategory;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.KernelMessages;
import id.go.jogjaprov.warta.kernel.MessageKey;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A press release, news item or announcement, from its first draft to publication. Guards its text:
 * that it changes only while editable, that it is complete for the stage the approval workflow
 * gives it, and that what is published is exactly the approved revision. Every save is an
 * attributed {@link Revision}, its text kept as a {@link RevisionText} at the level the release had
 * then. Every read is filtered by {@link ReadCriteria#PUBLIC_OR_NEED_TO_KNOW}; the entity never
 * enters the shared cache.
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

  /** Title, lead and body without markup, kept by the database for the leak check. */
  @Column(name = "plain_text", insertable = false, updatable = false)
  private String plainText;

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

  /** The revision that was approved and published; 0 before publication. */
  @Column(name = "approved_revision", nullable = false)
  private int approvedRevision;

  @ElementCollection
  @CollectionTable(
      name = "release_revision",
      schema = "content",
      joinColumns = @JoinColumn(name = "release_id"))
  @OrderBy("number")
  private List<Revision> revisions = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "information_category", nullable = false)
  private InformationCategory informationCategory;

  @Embedded private ConsequenceRecord consequenceTest;

  /** The subject classification code (kode klasifikasi arsip) from the office's scheme. */
  @Column(name = "subject_code", nullable = false)
  private String subjectCode;

  /** The row of the retention schedule (JRA) the release's record will follow. */
  @Column(name = "retention_code", nullable = false)
  private String retentionCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Language language = Language.ID;

  /**
   * The original's id. Kept as text: EclipseLink's UUID conversion fails on an empty value (the
   * column itself is a uuid).
   */
  @Column(name = "translation_of")
  private String translationOf;

  /** The published release this corrects (ralat), if it is a correction. */
  @Column(name = "corrects")
  private String corrects;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  /** Its permanent address, given once, when it is first published. */
  private String slug;

  /** Its number in the office's series of public press releases, given once. */
  private String number;

  @ElementCollection
  @CollectionTable(
      name = "release_tag",
      schema = "content",
      joinColumns = @JoinColumn(name = "release_id"))
  @Column(name = "tag")
  private Set<String> tags = new TreeSet<>();

  /** Texts saved since the release was loaded; the repository stores them with the release. */
  @Transient private final List<RevisionText> unstoredTexts = new ArrayList<>();

  protected Release() {}

  /**
   * A new draft of {@code draft} in {@code unit}, at the classification the draft names. Its
   * information category defaults to exempt for classified material and to available at any time
   * otherwise.
   */
  public static Release draft(
      ReleaseId id, ReleaseDraft draft, UnitPath unit, Username author, Instant now) {
    Release release = new Release();
    release.id = id.value();
    release.unitPath = unit.value();
    release.author = author.value();
    release.status = ReleaseStatus.DRAFT;
    release.createdAt = utc(now);
    release.write(
        draft,
        required(draft.classification(), "classification", ContentMessages.FIELD_CLASSIFICATION),
        author,
        now);
    return release;
  }

  /**
   * Changes the text and labels while the release is still editable; the change is a new revision
   * attributed to {@code editor}. The classification stays (it changes only by reclassification);
   * labels the draft leaves out stay as they are.
   */
  public void revise(ReleaseDraft draft, Username editor, Instant now) {
    requireEditable();
    write(draft, classification(), editor, now);
  }

  /**
   * Makes an earlier revision's text the newest revision. Text kept at a level above the release's
   * present one would carry classified words into lower material, so it is refused: raise the
   * release first.
   */
  public void restore(RevisionText earlier, Username editor, Instant now) {
    requireEditable();
    if (earlier.classification().level() > level) {
      throw new RuleViolationException(
          ContentMessages.REVISION_ABOVE_RELEASE,
          earlier.number(),
          earlier.classification().label(),
          classification().label());
    }
    write(
        new ReleaseDraft(
            earlier.type(),
            earlier.title(),
            earlier.lead(),
            earlier.body(),
            classification(),
            Optional.empty(),
            "Dipulihkan dari revisi " + earlier.number(),
            null,
            null,
            null,
            null,
            null),
        classification(),
        editor,
        now);
  }

  /**
   * Only the writers of the owning unit's line change a release (a grant lets an official read it,
   * never change it), and only while it is editable.
   */
  public void requireEditableBy(Official official) {
    if (!official.writes() || !official.belongsAbove(unit())) {
      throw new NotPermittedException(ContentMessages.OWNING_UNIT_WRITERS_ONLY);
    }
    requireEditable();
  }

  /**
   * Takes the stage the approval workflow has reached. Text going to a reviewer must be complete:
   * exempt information carries its consequence test.
   */
  public void enter(ReleaseStatus stage, Instant now) {
    if (stage == ReleaseStatus.PUBLISHED) {
      throw new IllegalArgumentException("a release is published through publish()");
    }
    if (stage.isUnderReview()) {
      requireConsequenceTest();
    }
    move(stage, now);
  }

  /** Publishes exactly the approved revision: if the text changed since, nothing goes out. */
  public void publish(int approvedRevision, Instant now) {
    if (status.isEnded()) {
      throw new RuleViolationException(
          ContentMessages.STATUS_FORBIDS, status.label(), ContentMessages.STATUS_ACTION_PUBLISH);
    }
    if (approvedRevision != revision) {
      throw new RuleViolationException(
          ContentMessages.TEXT_CHANGED_SINCE_APPROVAL, approvedRevision, revision);
    }
    requireConsequenceTest();
    this.approvedRevision = approvedRevision;
    move(ReleaseStatus.PUBLISHED, now);
    publishedAt = utc(now);
    if (slug == null) {
      slug = Metadata.slug(title);
    }
    publiclyReadable = isPublicMaterial();
  }

  /**
   * Takes a new classification; only a published Biasa release that is public information is
   * public. Raised to Terbatas or above, it becomes exempt information; lowered, it stays exempt
   * until someone decides otherwise.
   */
  public void reclassify(Classification to, Instant now) {
    level = to.level();
    if (to != Classification.BIASA) {
      informationCategory = InformationCategory.DIKECUALIKAN;
    }
    publiclyReadable = status == ReleaseStatus.PUBLISHED && isPublicMaterial();
    updatedAt = utc(now);
  }

  private boolean isPublicMaterial() {
    return classification() == Classification.BIASA && informationCategory.isPublic();
  }

  /** Exempt information needs its consequence test recorded before it goes to review or out. */
  private void requireConsequenceTest() {
    if (informationCategory == InformationCategory.DIKECUALIKAN
        && (consequenceTest == null || !consequenceTest.isRecorded())) {
      throw new RuleViolationException(ContentMessages.CONSEQUENCE_TEST_REQUIRED);
    }
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

  /** A public press release not yet numbered in the office's series. */
  public boolean needsNumber() {
    return type == ReleaseType.PRESS_RELEASE && publiclyReadable && number == null;
  }

  /** Takes its number in the series; a number, once given, stays. */
  public void numberAs(String given) {
    if (!needsNumber()) {
      throw new RuleViolationException(ContentMessages.NO_PRESS_RELEASE_NUMBER);
    }
    number = given;
  }

  public Language language() {
    return language;
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
        informationCategory,
        Optional.ofNullable(consequenceTest)
            .filter(ConsequenceRecord::isRecorded)
            .map(ConsequenceRecord::view),
        subjectCode,
        retentionCode,
        metadata(),
        Optional.ofNullable(slug),
        Optional.ofNullable(number),
        unit(),
        status,
        publiclyReadable,
        version,
        revision,
        author(),
        createdAt.toInstant(),
        updatedAt.toInstant(),
        Optional.ofNullable(publishedAt).map(OffsetDateTime::toInstant));
  }

  private void write(ReleaseDraft draft, Classification classification, Username by, Instant now) {
    String note =
        PlainText.optional(
            draft.changeNote(),
            "changeNote",
            ContentMessages.FIELD_CHANGE_NOTE,
            RevisionText.CHANGE_NOTE_MAX);
    InformationCategory category =
        draft.informationCategory() != null
            ? draft.informationCategory()
            : informationCategory != null
                ? informationCategory
                : classification == Classification.BIASA
                    ? InformationCategory.SETIAP_SAAT
                    : InformationCategory.DIKECUALIKAN;
    if (classification != Classification.BIASA && category.isPublic()) {
      throw new InvalidInputException(
          "informationCategory", ContentMessages.CLASSIFIED_ALWAYS_EXEMPT, classification.label());
    }
    ConsequenceRecord test =
        draft.consequenceTest() == null
            ? consequenceTest
            : ConsequenceRecord.of(
                draft.consequenceTest(), LocalDate.ofInstant(now, OfficeTime.ZONE));
    this.type = required(draft.type(), "type", ContentMessages.FIELD_RELEASE_TYPE);
    this.title = PlainText.required(draft.title(), "title", ContentMessages.FIELD_TITLE, TITLE_MAX);
    this.lead = PlainText.optional(draft.lead(), "lead", ContentMessages.FIELD_LEAD, LEAD_MAX);
    this.body = RichText.required(draft.body(), "body", ContentMessages.FIELD_BODY, BODY_MAX);
    this.level = classification.level();
    this.informationCategory = category;
    this.consequenceTest = test;
    this.subjectCode =
        required(
            draft.subjectCode() != null ? draft.subjectCode() : subjectCode,
            "subjectCode",
            ContentMessages.FIELD_SUBJECT_CODE);
    this.retentionCode =
        required(
            draft.retentionCode() != null ? draft.retentionCode() : retentionCode,
            "retentionCode",
            ContentMessages.FIELD_RETENTION_CODE);
    if (draft.metadata() != null) {
      describe(draft.metadata());
    }
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

  private void describe(ReleaseMetadata metadata) {
    if (metadata.translationOf().filter(original -> original.value().equals(id)).isPresent()) {
      throw new InvalidInputException(
          "translationOf", ContentMessages.RELEASE_CANNOT_TRANSLATE_ITSELF);
    }
    if (metadata.corrects().filter(corrected -> corrected.value().equals(id)).isPresent()) {
      throw new InvalidInputException("corrects", ContentMessages.RELEASE_CANNOT_CORRECT_ITSELF);
    }
    Optional<ContactPerson> contact = Metadata.contact(metadata.contact());
    Set<String> given = Metadata.tags(metadata.tags());
    this.language = metadata.language() == null ? Language.ID : metadata.language();
    this.translationOf = metadata.translationOf().map(ReleaseId::toString).orElse(null);
    this.corrects = metadata.corrects().map(ReleaseId::toString).orElse(null);
    this.contactName = contact.map(ContactPerson::name).orElse(null);
    this.contactPhone = contact.map(ContactPerson::phone).orElse(null);
    this.contactEmail = contact.map(ContactPerson::email).orElse(null);
    this.tags.retainAll(given);
    this.tags.addAll(given);
  }

  private ReleaseMetadata metadata() {
    return new ReleaseMetadata(
        List.copyOf(new TreeSet<>(tags)),
        language,
        Optional.ofNullable(translationOf).map(ReleaseId::parse),
        Optional.ofNullable(corrects).map(ReleaseId::parse),
        Optional.ofNullable(contactName)
            .map(name -> new ContactPerson(name, contactPhone, contactEmail)));
  }

  private void move(ReleaseStatus next, Instant now) {
    status = next;
    updatedAt = utc(now);
  }

  private void requireEditable() {
    if (!status.isEditable()) {
      throw new RuleViolationException(
          ContentMessages.STATUS_FORBIDS, status.label(), ContentMessages.STATUS_ACTION_CHANGE);
    }
  }

  private static <T> T required(T value, String field, MessageKey label) {
    if (value == null) {
      throw new InvalidInputException(field, KernelMessages.FIELD_REQUIRED, label);
    }
    return value;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
