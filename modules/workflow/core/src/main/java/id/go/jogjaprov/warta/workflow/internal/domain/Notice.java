package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
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
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Something to tell about a release, left by a step of its review for the notifier duty: the duty's
 * own work, read by it alone. It keeps the title only of a Biasa release.
 */
@Entity
@Table(name = "notice", schema = "workflow")
@AdditionalCriteria(ReadCriteria.OWN_WORK)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Notice {

  @Id private UUID id;

  @Column(name = "owner_account", nullable = false)
  private String ownerAccount;

  @Column(name = "release_id", nullable = false)
  private UUID releaseId;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NoticeKind kind;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private String actor;

  private String title;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  /** A reminder waits for its time. */
  @Column(name = "not_before")
  private OffsetDateTime notBefore;

  /** For a reminder: since when the decision it is about has been awaited. */
  @Column(name = "awaiting_since")
  private OffsetDateTime awaitingSince;

  protected Notice() {}

  /** A notice for {@code notifier}'s account about a release at {@code level}. */
  public Notice(
      AccountId notifier,
      ReleaseId release,
      Classification level,
      UnitPath unit,
      NoticeKind kind,
      Username author,
      Username actor,
      String title,
      Instant now) {
    this.id = UUID.randomUUID();
    this.ownerAccount = notifier.value();
    this.releaseId = release.value();
    this.level = level.level();
    this.unitPath = unit.value();
    this.kind = kind;
    this.author = author.value();
    this.actor = actor.value();
    // E-mails about classified material carry no title: none is kept for them.
    this.title = level == Classification.BIASA ? title : null;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * A reminder of {@code kind} about the wait of {@code about} that began at {@code awaitingSince},
   * to be told at {@code at}.
   */
  public static Notice reminder(
      Notice about, NoticeKind kind, Instant awaitingSince, Instant at, Instant now) {
    Notice reminder = new Notice();
    reminder.id = UUID.randomUUID();
    reminder.ownerAccount = about.ownerAccount;
    reminder.releaseId = about.releaseId;
    reminder.level = about.level;
    reminder.unitPath = about.unitPath;
    reminder.kind = kind;
    reminder.author = about.author;
    reminder.actor = about.actor;
    reminder.title = about.title;
    reminder.createdAt = now.atOffset(ZoneOffset.UTC);
    reminder.notBefore = at.atOffset(ZoneOffset.UTC);
    reminder.awaitingSince = awaitingSince.atOffset(ZoneOffset.UTC);
    return reminder;
  }

  /** Whether this reminder is about the wait that began at {@code since}. */
  public boolean isAbout(Instant since) {
    return awaitingSince != null && awaitingSince.toInstant().equals(since);
  }

  public void delivered(Instant now) {
    deliveredAt = now.atOffset(ZoneOffset.UTC);
  }

  public boolean isDelivered() {
    return deliveredAt != null;
  }

  public UUID id() {
    return id;
  }

  public ReleaseId releaseId() {
    return new ReleaseId(releaseId);
  }

  public Classification level() {
    return Classification.ofLevel(level);
  }

  public UnitPath unit() {
    return UnitPath.of(unitPath);
  }

  public NoticeKind kind() {
    return kind;
  }

  public Username author() {
    return new Username(author);
  }

  public Username actor() {
    return new Username(actor);
  }

  public Optional<String> title() {
    return Optional.ofNullable(title);
  }
}
