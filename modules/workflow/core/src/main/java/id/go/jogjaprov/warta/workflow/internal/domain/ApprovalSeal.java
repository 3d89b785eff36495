package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.TextFingerprint;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.SealStatement;
import id.go.jogjaprov.warta.workflow.api.SealedApproval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * The seal of one final approval: Warta's signature over which text (its fingerprint) was approved
 * by whom and when. Read like its release: by anyone once the release is public, else by its unit
 * line or an official it was shared with. Its id is random, so seals cannot be counted through.
 */
@Entity
@Table(name = "approval_seal", schema = "workflow")
@AdditionalCriteria(ReadCriteria.PART_PUBLIC_OR_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ApprovalSeal {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private String id;

  /** The release's id, the key of any grant on it. */
  @Column(name = "release_id", nullable = false)
  private UUID itemId;

  @Column(nullable = false)
  private int revision;

  @Column(name = "text_sha256", nullable = false)
  private String textSha256;

  /** The approvers' usernames, the first approval first, separated by commas. */
  @Column(name = "approved_by", nullable = false)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private OffsetDateTime approvedAt;

  @Column(name = "key_id", nullable = false)
  private String keyId;

  @Column(nullable = false)
  private String signature;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  @Column(name = "publicly_readable", nullable = false)
  private boolean publiclyReadable;

  protected ApprovalSeal() {}

  /**
   * Seals the approval of {@code revision} of a release whose words have {@code text} as their
   * fingerprint. The time is kept to the millisecond, as the database keeps it.
   */
  public static ApprovalSeal sign(
      ReleaseId release,
      int revision,
      TextFingerprint text,
      List<Username> approvers,
      Instant at,
      Classification level,
      UnitPath unit,
      SealKey key) {
    ApprovalSeal seal = new ApprovalSeal();
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    seal.id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    seal.itemId = release.value();
    seal.revision = revision;
    seal.textSha256 = text.sha256();
    seal.approvedBy = String.join(",", approvers.stream().map(Username::value).toList());
    seal.approvedAt = at.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    seal.keyId = key.id();
    seal.level = level.level();
    seal.unitPath = unit.value();
    seal.signature = key.sign(seal.statement().bytes());
    return seal;
  }

  public SealStatement statement() {
    return new SealStatement(
        id, releaseId(), revision, textSha256, approvers(), approvedAt.toInstant());
  }

  /** The seal whole, to be kept beside what it seals and checked without Warta. */
  public SealedApproval sealed() {
    return new SealedApproval(statement(), keyId, signature);
  }

  /** Whether {@code key} signed exactly what the seal says now. */
  public boolean signatureHolds(SealKey key) {
    return key.id().equals(keyId) && key.verifies(statement().bytes(), signature);
  }

  /** Whether {@code text} is the text approved. */
  public boolean matches(TextFingerprint text) {
    return textSha256.equals(text.sha256());
  }

  /** The seal is read like its release: at its level, public when it is. */
  public void followRelease(Classification to, boolean releasePubliclyReadable) {
    level = to.level();
    publiclyReadable = releasePubliclyReadable;
  }

  public String id() {
    return id;
  }

  public ReleaseId releaseId() {
    return new ReleaseId(itemId);
  }

  public int revision() {
    return revision;
  }

  public List<String> approvers() {
    return List.of(approvedBy.split(","));
  }

  public Instant approvedAt() {
    return approvedAt.toInstant();
  }

  public String textSha256() {
    return textSha256;
  }

  public String keyId() {
    return keyId;
  }
}
