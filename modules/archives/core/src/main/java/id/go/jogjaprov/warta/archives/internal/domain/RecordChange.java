package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * That a record was archived or changed, for the search index to follow (written by a trigger in
 * the changing transaction). Only the indexer duty reads it: it names records and their units.
 */
@Entity
@Table(name = "record_change", schema = "archives")
@AdditionalCriteria(ReadCriteria.OWN_WORK)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class RecordChange {

  @Id private long position;

  @Column(name = "record_id", nullable = false, updatable = false)
  private UUID recordId;

  @Column(name = "unit_path", nullable = false, updatable = false)
  private String unitPath;

  @Column(nullable = false, updatable = false)
  private int level;

  @Column(name = "owner_account", nullable = false, updatable = false)
  private String ownerAccount;

  /** The writing transaction's id, to know which changes may still be in flight. */
  @Column(nullable = false, updatable = false)
  private long txid;

  protected RecordChange() {}

  public long position() {
    return position;
  }

  public long txid() {
    return txid;
  }

  public UUID recordId() {
    return recordId;
  }

  public UnitPath unit() {
    return UnitPath.of(unitPath);
  }
}
