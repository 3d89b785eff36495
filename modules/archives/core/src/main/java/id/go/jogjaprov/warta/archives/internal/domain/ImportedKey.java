package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Where an imported record came from: its row's key in the old system and the import that brought
 * it in ({@link ImportJob#imported}). Keys carry no words: the import duty, counterpart to every
 * import, checks them whatever the levels of the records.
 */
@Entity
@Table(name = "imported_record", schema = "archives")
@AdditionalCriteria(ReadCriteria.OWN_OR_COUNTERPART)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ImportedKey {

  @Id
  @Column(name = "import_key")
  private String importKey;

  @Column(name = "record_id", nullable = false, updatable = false)
  private UUID recordId;

  @Column(name = "import_id", nullable = false, updatable = false)
  private UUID importId;

  @Column(name = "owner_account", nullable = false, updatable = false)
  private String ownerAccount;

  @Column(name = "counterpart_account", nullable = false, updatable = false)
  private String counterpartAccount;

  protected ImportedKey() {}

  ImportedKey(
      String key, UUID recordId, UUID importId, String ownerAccount, String counterpartAccount) {
    this.importKey = key;
    this.recordId = recordId;
    this.importId = importId;
    this.ownerAccount = ownerAccount;
    this.counterpartAccount = counterpartAccount;
  }
}
