package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.archives.api.ImportRejection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/** A row of an import that became no record, as kept ({@link ImportJob#rejection}). */
@Entity
@Table(name = "import_rejection", schema = "archives")
@AdditionalCriteria(ReadCriteria.OWN_OR_COUNTERPART)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ImportRejectionRow {

  @Id private UUID id;

  @Column(name = "import_id", nullable = false, updatable = false)
  private UUID importId;

  @Column(name = "row_number", nullable = false, updatable = false)
  private long rowNumber;

  @Column(name = "import_key", nullable = false, updatable = false)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ImportProblem problem;

  @Column(nullable = false, updatable = false)
  private String detail;

  @Column(name = "owner_account", nullable = false, updatable = false)
  private String ownerAccount;

  @Column(name = "counterpart_account", nullable = false, updatable = false)
  private String counterpartAccount;

  protected ImportRejectionRow() {}

  ImportRejectionRow(
      UUID importId,
      ImportRow row,
      RowProblem problem,
      String ownerAccount,
      String counterpartAccount) {
    this.ownerAccount = ownerAccount;
    this.counterpartAccount = counterpartAccount;
    this.id = UUID.randomUUID();
    this.importId = importId;
    this.rowNumber = row.number();
    this.key =
        row.key().length() > ImportedRelease.KEY_MAX
            ? row.key().substring(0, ImportedRelease.KEY_MAX)
            : row.key();
    this.problem = problem.problem();
    this.detail = problem.detail();
  }

  public ImportRejection rejection() {
    return new ImportRejection(rowNumber, key, problem, detail);
  }
}
