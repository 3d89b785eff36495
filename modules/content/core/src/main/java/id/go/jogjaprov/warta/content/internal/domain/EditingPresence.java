package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.content.api.EditingNow;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.ReadOnly;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Who has a release open in the editor, since when: the working copies of others seen without their
 * text. Read like a part of the release ({@link ReadCriteria#PART_NEED_TO_KNOW}), never written
 * through this mapping.
 */
@Entity
@ReadOnly
@Table(name = "working_copy", schema = "content")
@AdditionalCriteria(ReadCriteria.PART_NEED_TO_KNOW)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class EditingPresence {

  @Id private UUID id;

  @Column(name = "release_id")
  private UUID itemId;

  @Column(name = "owner_account")
  private String ownerAccount;

  @Column(name = "owner_name")
  private String ownerName;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  @Column(name = "saved_at")
  private OffsetDateTime savedAt;

  private int level;

  @Column(name = "unit_path")
  private String unitPath;

  protected EditingPresence() {}

  public EditingNow view() {
    return new EditingNow(new Username(ownerName), startedAt.toInstant());
  }
}
