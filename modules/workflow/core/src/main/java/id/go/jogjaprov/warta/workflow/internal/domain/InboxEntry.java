package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.workflow.api.NoticeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/** An entry in one official's inbox: theirs alone, and only within their present clearance. */
@Entity
@Table(name = "inbox_entry", schema = "workflow")
@AdditionalCriteria(ReadCriteria.OWN_WORK)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class InboxEntry {

  @Id private UUID id;

  @Column(name = "owner_account", nullable = false)
  private String ownerAccount;

  @Column(name = "release_id", nullable = false)
  private UUID releaseId;

  @Column(nullable = false)
  private int level;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeKind kind;

  @Column(nullable = false)
  private String actor;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected InboxEntry() {}

  public InboxEntry(AccountId owner, Notice notice, Instant now) {
    this.id = UUID.randomUUID();
    this.ownerAccount = owner.value();
    this.releaseId = notice.releaseId().value();
    this.level = notice.level().level();
    this.kind = notice.kind();
    this.actor = notice.actor().value();
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public void read(Instant now) {
    if (readAt == null) {
      readAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public UUID id() {
    return id;
  }

  public ReleaseId releaseId() {
    return new ReleaseId(releaseId);
  }

  public NoticeKind kind() {
    return kind;
  }

  public String actor() {
    return actor;
  }

  public Instant at() {
    return createdAt.toInstant();
  }

  public boolean isRead() {
    return readAt != null;
  }
}
