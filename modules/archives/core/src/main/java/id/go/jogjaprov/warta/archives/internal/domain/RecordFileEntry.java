package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.content.api.AttachmentFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A file of an archive record, read exactly like the record: its level, unit and publicity are the
 * record's, kept in step by the database (migration V12), which also empties it when the record is
 * destroyed. Written once, at archiving.
 */
@Entity
@Table(name = "record_file", schema = "archives")
@AdditionalCriteria(ReadCriteria.PUBLIC_OR_RECORD_READER)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RecordFileEntry {

  @Id private UUID id;

  @Column(name = "record_id", nullable = false, updatable = false)
  private UUID recordId;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(updatable = false)
  private byte[] content;

  @Column(name = "alt_text", updatable = false)
  private String altText;

  @Column(updatable = false)
  private String caption;

  @Column(nullable = false, updatable = false)
  private int level;

  @Column(name = "unit_path", nullable = false, updatable = false)
  private String unitPath;

  @Column(name = "publicly_readable", nullable = false, updatable = false)
  private boolean publiclyReadable;

  protected RecordFileEntry() {}

  private RecordFileEntry(
      ArchiveRecord record,
      int position,
      String fileName,
      String mediaType,
      String sha256,
      byte[] content,
      Optional<String> altText,
      Optional<String> caption) {
    this.id = UUID.randomUUID();
    this.recordId = record.id();
    this.position = position;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.content = content.clone();
    this.altText = altText.orElse(null);
    this.caption = caption.orElse(null);
    this.level = record.classification().level();
    this.unitPath = record.unit().value();
    this.publiclyReadable = record.publiclyReadable();
  }

  /** The {@code position}th attachment of the record's release, copied as it was published. */
  public static RecordFileEntry copyOf(
      ArchiveRecord record, int position, AttachmentFile attachment) {
    return new RecordFileEntry(
        record,
        position,
        attachment.summary().fileName(),
        attachment.summary().mediaType(),
        attachment.summary().sha256(),
        attachment.bytes(),
        attachment.summary().altText(),
        attachment.summary().caption());
  }

  /** The {@code position}th image an imported post showed, from the old site's uploads. */
  public static RecordFileEntry shownBy(
      ArchiveRecord record, int position, ImportUpload image, PostImages.Shown shown) {
    return new RecordFileEntry(
        record,
        position,
        image.fileName(),
        image.mediaType(),
        image.sha256(),
        image.bytes(),
        shown.alt(),
        shown.caption());
  }

  public UUID recordId() {
    return recordId;
  }

  public RecordFile file() {
    return new RecordFile(
        id,
        fileName,
        mediaType,
        sizeBytes,
        sha256,
        Optional.ofNullable(altText),
        Optional.ofNullable(caption));
  }

  /** Its bytes; none once its record was destroyed. */
  public Optional<byte[]> content() {
    return Optional.ofNullable(content).map(byte[]::clone);
  }
}
