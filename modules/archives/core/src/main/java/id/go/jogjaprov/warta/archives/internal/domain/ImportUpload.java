package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * An image of an old site's uploads folder that an import's posts show, kept until the import ends
 * so that any node can read it on; read by the import's importer and the import duty only ({@link
 * ImportJob#upload}).
 */
@Entity
@Table(name = "import_upload", schema = "archives")
@AdditionalCriteria(ReadCriteria.OWN_OR_COUNTERPART)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ImportUpload {

  @Id private UUID id;

  @Column(name = "import_id", nullable = false, updatable = false)
  private UUID importId;

  /** Its path below the uploads folder, as the posts name it. */
  @Column(nullable = false, updatable = false)
  private String path;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] bytes;

  /** The words of the attachment a post features (none for an image a post shows). */
  @Column(name = "alt_text", updatable = false)
  private String altText;

  @Column(updatable = false)
  private String caption;

  @Column(name = "owner_account", nullable = false, updatable = false)
  private String ownerAccount;

  @Column(name = "counterpart_account", nullable = false, updatable = false)
  private String counterpartAccount;

  protected ImportUpload() {}

  ImportUpload(
      UUID importId,
      String path,
      PostImages.Kind kind,
      byte[] bytes,
      Optional<PostImages.Attachment> featured,
      String ownerAccount,
      String counterpartAccount) {
    this.id = UUID.randomUUID();
    this.importId = importId;
    this.path = path;
    this.mediaType = kind.mediaType();
    this.sizeBytes = bytes.length;
    this.sha256 = sha256(bytes);
    this.bytes = bytes;
    this.altText = featured.flatMap(PostImages.Attachment::alt).orElse(null);
    this.caption = featured.flatMap(PostImages.Attachment::caption).orElse(null);
    this.ownerAccount = ownerAccount;
    this.counterpartAccount = counterpartAccount;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public String path() {
    return path;
  }

  /** As a post that features it shows it: described by its attachment's words. */
  public PostImages.Shown featured() {
    return new PostImages.Shown(path, Optional.ofNullable(altText), Optional.ofNullable(caption));
  }

  /** Its file name, the last part of its path. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] bytes() {
    return bytes;
  }
}
