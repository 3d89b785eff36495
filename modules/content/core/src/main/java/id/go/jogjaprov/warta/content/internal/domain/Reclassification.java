package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReclassificationRequest;
import id.go.jogjaprov.warta.content.api.ReclassificationStatus;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
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
 * A request to lower a release's classification. Its reason speaks about the release, so it is read
 * at the release's current (higher) level. Guards the two-person rule: the approver is never the
 * requester.
 */
@Entity
@Table(name = "reclassification", schema = "content")
@AdditionalCriteria(ReadCriteria.NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Reclassification {

  public static final int REASON_MAX = 2000;

  @Id private UUID id;

  @Column(name = "release_id", nullable = false)
  private UUID releaseId;

  @Column(name = "from_level", nullable = false)
  private int fromLevel;

  @Column(name = "to_level", nullable = false)
  private int toLevel;

  @Column(nullable = false)
  private String reason;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private OffsetDateTime requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReclassificationStatus status;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  /** The release's level while the request is open: who may read the request. */
  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  protected Reclassification() {}

  public static Reclassification lowering(
      Release release, Classification to, String reason, Username by, Instant now) {
    String trimmed =
        PlainText.required(reason, "reason", ContentMessages.FIELD_LOWERING_REASON, REASON_MAX);
    Reclassification request = new Reclassification();
    request.id = UUID.randomUUID();
    request.releaseId = release.id().value();
    request.fromLevel = release.classification().level();
    request.toLevel = to.level();
    request.reason = trimmed;
    request.requestedBy = by.value();
    request.requestedAt = now.atOffset(ZoneOffset.UTC);
    request.status = ReclassificationStatus.PENDING;
    request.level = release.classification().level();
    request.unitPath = release.unit().value();
    return request;
  }

  /** Records the second official's approval; the caller then lowers the release. */
  public void approve(Username approver, Instant now) {
    if (status != ReclassificationStatus.PENDING) {
      throw new RuleViolationException(ContentMessages.REQUEST_ALREADY_DECIDED);
    }
    if (approver.value().equals(requestedBy)) {
      throw new NotPermittedException(ContentMessages.LOWERING_NEEDS_SOMEONE_ELSE);
    }
    status = ReclassificationStatus.APPROVED;
    approvedBy = approver.value();
    approvedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** The release changed level since: this request no longer speaks of its current state. */
  public void cancel() {
    if (status == ReclassificationStatus.PENDING) {
      status = ReclassificationStatus.CANCELLED;
    }
  }

  public ReleaseId releaseId() {
    return new ReleaseId(releaseId);
  }

  public Classification from() {
    return Classification.ofLevel(fromLevel);
  }

  public Classification to() {
    return Classification.ofLevel(toLevel);
  }

  public String reason() {
    return reason;
  }

  public ReclassificationRequest view() {
    return new ReclassificationRequest(
        id,
        releaseId(),
        from(),
        to(),
        reason,
        new Username(requestedBy),
        requestedAt.toInstant(),
        status,
        Optional.ofNullable(approvedBy).map(Username::new));
  }
}
