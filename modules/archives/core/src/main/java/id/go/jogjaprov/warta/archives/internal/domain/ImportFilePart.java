package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A part of an import's file, kept in the database so that any node can read the file on; read by
 * the import's importer and the import duty only ({@link ImportJob#part}).
 */
@Entity
@Table(name = "import_file_part", schema = "archives")
@AdditionalCriteria(ReadCriteria.OWN_OR_COUNTERPART)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ImportFilePart {

  /** Small enough to hold one in memory while reading, large enough to be few. */
  public static final int SIZE = 4 * 1024 * 1024;

  @Id private UUID id;

  @Column(name = "import_id", nullable = false, updatable = false)
  private UUID importId;

  @Column(nullable = false, updatable = false)
  private int part;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] bytes;

  @Column(name = "owner_account", nullable = false, updatable = false)
  private String ownerAccount;

  @Column(name = "counterpart_account", nullable = false, updatable = false)
  private String counterpartAccount;

  protected ImportFilePart() {}

  ImportFilePart(
      UUID importId, int part, byte[] bytes, String ownerAccount, String counterpartAccount) {
    this.id = UUID.randomUUID();
    this.importId = importId;
    this.part = part;
    this.bytes = bytes;
    this.ownerAccount = ownerAccount;
    this.counterpartAccount = counterpartAccount;
  }

  public byte[] bytes() {
    return bytes;
  }
}
