package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.AttachmentContent;
import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
 * A file attached to a release. Its level, unit and publicity are its release's, kept in step when
 * the release is stored, so it is read exactly like the release ({@link
 * ReadCriteria#PART_PUBLIC_OR_NEED_TO_KNOW}); never from the shared cache.
 */
@Entity
@Table(name = "attachment", schema = "content")
@AdditionalCriteria(ReadCriteria.PART_PUBLIC_OR_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Attachment {

  public static final int TEXT_MAX = 500;

  @Id private UUID id;

  /** The release this belongs to; the key its grants are given on. */
  @Column(name = "release_id", nullable = false, updatable = false)
  private UUID itemId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Basic(fetch = FetchType.LAZY)
  @Column(updatable = false)
  private byte[] thumbnail;

  @Column(name = "alt_text")
  private String altText;

  private String caption;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false, updatable = false)
  private String unitPath;

  @Column(name = "publicly_readable", nullable = false)
  private boolean publiclyReadable;

  protected Attachment() {}

  /** {@code upload} attached to {@code release}, read as the release is read now. */
  public Attachment(
      Release release,
      Upload upload,
      String altText,
      String caption,
      Username uploadedBy,
      Instant now) {
    this.id = AttachmentId.random().value();
    this.itemId = release.id().value();
    this.fileName = upload.fileName();
    this.mediaType = upload.kind().mediaType();
    this.sizeBytes = upload.content().length;
    this.sha256 = upload.sha256();
    this.content = upload.content();
    this.thumbnail = upload.thumbnailBytes().orElse(null);
    this.uploadedBy = uploadedBy.value();
    this.uploadedAt = now.atOffset(ZoneOffset.UTC);
    this.level = release.classification().level();
    this.unitPath = release.unit().value();
    this.publiclyReadable = release.isPubliclyReadable();
    describe(altText, caption);
  }

  /** Sets the alt text and caption; both plain text, both optional. */
  public void describe(String altText, String caption) {
    this.altText = PlainText.optional(altText, "altText", ContentMessages.FIELD_ALT_TEXT, TEXT_MAX);
    this.caption = PlainText.optional(caption, "caption", ContentMessages.FIELD_CAPTION, TEXT_MAX);
  }

  public ReleaseId release() {
    return new ReleaseId(itemId);
  }

  public Classification classification() {
    return Classification.ofLevel(level);
  }

  public boolean isImage() {
    return FileKind.ofMediaType(mediaType).map(FileKind::isImage).orElse(false);
  }

  /** An image the public could not read about: it needs alt text before publication. */
  public boolean lacksAltText() {
    return isImage() && altText == null;
  }

  public AttachmentSummary summary() {
    return new AttachmentSummary(
        new AttachmentId(id),
        release(),
        fileName,
        mediaType,
        sizeBytes,
        sha256,
        isImage(),
        Optional.ofNullable(altText),
        Optional.ofNullable(caption),
        new Username(uploadedBy),
        uploadedAt.toInstant());
  }

  /** The file, or the image's thumbnail; empty for the thumbnail of a document. */
  public Optional<AttachmentContent> content(boolean wantThumbnail) {
    if (!wantThumbnail) {
      return Optional.of(new AttachmentContent(fileName, mediaType, content));
    }
    return Optional.ofNullable(thumbnail)
        .map(bytes -> new AttachmentContent("kecil-" + fileName, mediaType, bytes));
  }
}
