package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.ReleaseDraft;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.content.api.WorkingCopy;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.UnitPath;
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
 * An official's working copy of a release (or of the new draft they are writing), kept by the
 * editor every few seconds. Unfinished work is kept as it is, incomplete or not; only the bounds
 * every typed text has are applied, and the body is cleaned (never refused) so that it can be put
 * back into the editor safely. Read by its owner alone ({@link ReadCriteria#OWN_WORK}).
 */
@Entity
@Table(name = "working_copy", schema = "content")
@AdditionalCriteria(ReadCriteria.OWN_WORK)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Autosave {

  @Id private UUID id;

  @Column(name = "owner_account", nullable = false, updatable = false)
  private String ownerAccount;

  @Column(name = "owner_name", nullable = false, updatable = false)
  private String ownerName;

  /**
   * The release, or none for a new draft. Kept as text: EclipseLink's UUID conversion fails on an
   * empty value (the column itself is a uuid).
   */
  @Column(name = "release_id", updatable = false)
  private String releaseId;

  @Column(name = "based_on_version")
  private Long basedOnVersion;

  @Enumerated(EnumType.STRING)
  private ReleaseType type;

  private String title;
  private String lead;
  private String body;

  @Column(name = "change_note")
  private String changeNote;

  @Column(nullable = false)
  private int level;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  protected Autosave() {}

  public Autosave(
      AccountId owner, Username ownerName, Optional<ReleaseId> release, Instant startedAt) {
    this.id = UUID.randomUUID();
    this.ownerAccount = owner.value();
    this.ownerName = ownerName.value();
    this.releaseId = release.map(ReleaseId::toString).orElse(null);
    this.startedAt = startedAt.atOffset(ZoneOffset.UTC);
  }

  /** Keeps {@code draft} as it stands, at the level and in the unit it will be saved under. */
  public void keep(
      ReleaseDraft draft,
      Optional<Long> basedOnVersion,
      Classification level,
      UnitPath unit,
      Instant now) {
    this.type = draft.type();
    this.title =
        PlainText.characters(
            draft.title(), "title", ContentMessages.FIELD_TITLE, Release.TITLE_MAX);
    this.lead =
        PlainText.characters(draft.lead(), "lead", ContentMessages.FIELD_LEAD, Release.LEAD_MAX);
    this.body =
        RichText.cleaned(draft.body(), "body", ContentMessages.FIELD_BODY, Release.BODY_MAX);
    this.changeNote =
        PlainText.characters(
            draft.changeNote(),
            "changeNote",
            ContentMessages.FIELD_CHANGE_NOTE,
            RevisionText.CHANGE_NOTE_MAX);
    this.basedOnVersion = basedOnVersion.orElse(null);
    this.level = level.level();
    this.unitPath = unit.value();
    this.savedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Classification classification() {
    return Classification.ofLevel(level);
  }

  public WorkingCopy view() {
    return new WorkingCopy(
        Optional.ofNullable(releaseId).map(ReleaseId::parse),
        type,
        title,
        lead,
        body,
        changeNote,
        Optional.ofNullable(basedOnVersion),
        startedAt.toInstant(),
        savedAt.toInstant());
  }
}
