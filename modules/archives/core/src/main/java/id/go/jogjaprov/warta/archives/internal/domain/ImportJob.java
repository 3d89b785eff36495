package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.archives.api.ImportFormat;
import id.go.jogjaprov.warta.archives.api.ImportProgress;
import id.go.jogjaprov.warta.archives.api.ImportStatus;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * An import of past releases: its defaults, its importer, and how far it got. Rows are read in file
 * order; {@code done} counts those read, each of which became a record, was one already or was
 * rejected, so that an import interrupted anywhere goes on from {@code done}. A node works on it
 * while it holds the lease. Read by its importer and the import duty only, as are its file, its
 * rejected rows and its keys: its counts and its file span classifications others may not hold.
 */
@Entity
@Table(name = "import_job", schema = "archives")
@AdditionalCriteria(ReadCriteria.OWN_OR_COUNTERPART)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ImportJob {

  private static final int FAILURE_MAX = 1000;

  @Id private UUID id;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportFormat format;

  @Column(name = "unit_path", nullable = false)
  private String unitPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReleaseType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Language language;

  @Column(name = "imported_by", nullable = false)
  private String importedBy;

  @Column(name = "owner_account", nullable = false)
  private String ownerAccount;

  /** The import duty's account, which reads the import on. */
  @Column(name = "counterpart_account", nullable = false)
  private String counterpartAccount;

  @Column(name = "importer_level", nullable = false)
  private int importerLevel;

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ImportStatus status;

  @Column(name = "row_count", nullable = false)
  private long rowCount;

  @Column(nullable = false)
  private long done;

  @Column(nullable = false)
  private long imported;

  @Column(name = "already_present", nullable = false)
  private long alreadyPresent;

  @Column(nullable = false)
  private long rejected;

  /** It came with the old site's uploads folder, whose images its records keep. */
  @Column(name = "with_uploads", nullable = false)
  private boolean withUploads;

  /** How many images its records kept. */
  @Column(nullable = false)
  private long images;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  private String failure;

  @Column(name = "lease_until")
  private OffsetDateTime leaseUntil;

  @Version private long version;

  protected ImportJob() {}

  /**
   * @param importerAccount the importer's account: only they see the import
   * @param dutyAccount the account of the duty that reads the import on
   * @param importerLevel their clearance's level when they start: no row above it is imported
   * @param rows how many rows the file holds, counted when it was checked
   */
  public ImportJob(
      String fileName,
      ImportFormat format,
      UnitPath unit,
      ReleaseType type,
      Language language,
      Username importedBy,
      String importerAccount,
      String dutyAccount,
      int importerLevel,
      Instant startedAt,
      long rows) {
    this.id = UUID.randomUUID();
    this.fileName = fileName;
    this.format = format;
    this.unitPath = unit.value();
    this.type = type;
    this.language = language;
    this.importedBy = importedBy.value();
    this.ownerAccount = importerAccount;
    this.counterpartAccount = dutyAccount;
    this.importerLevel = importerLevel;
    this.startedAt = startedAt.atOffset(ZoneOffset.UTC);
    this.status = rows == 0 ? ImportStatus.DONE : ImportStatus.RUNNING;
    this.finishedAt = rows == 0 ? this.startedAt : null;
    this.rowCount = rows;
  }

  public UUID id() {
    return id;
  }

  public ImportFormat format() {
    return format;
  }

  public long done() {
    return done;
  }

  public boolean running() {
    return status == ImportStatus.RUNNING;
  }

  /** A part of its file, read by the same two. */
  public ImportFilePart part(int number, byte[] bytes) {
    return new ImportFilePart(id, number, bytes, ownerAccount, counterpartAccount);
  }

  /**
   * An image of the old site's uploads that its posts show, kept under {@code key} and read by the
   * same two; with the words that describe it when it is an attachment a post features.
   */
  public ImportUpload upload(
      String key, PostImages.Kind kind, byte[] bytes, Optional<PostImages.Attachment> featured) {
    return new ImportUpload(id, key, kind, bytes, featured, ownerAccount, counterpartAccount);
  }

  /** It comes with the old site's uploads folder (before it is stored). */
  public void comesWithUploads() {
    withUploads = true;
  }

  /** It came with uploads: an image its posts show and they lack is worth reporting. */
  public boolean withUploads() {
    return withUploads;
  }

  /** A row that became no record, read by the same two. */
  public ImportRejectionRow rejection(ImportRow row, RowProblem problem) {
    return new ImportRejectionRow(id, row, problem, ownerAccount, counterpartAccount);
  }

  /** Where a record it brought in came from. */
  public ImportedKey imported(String key, UUID recordId) {
    return new ImportedKey(key, recordId, id, ownerAccount, counterpartAccount);
  }

  /** What this import's rows take where they say nothing. */
  public ImportDefaults defaults(Instant now) {
    return new ImportDefaults(UnitPath.of(unitPath), type, language, importerLevel, now);
  }

  /** Taken by a node until {@code until}, unless another node holds it at {@code now}. */
  public boolean lease(Instant now, Instant until) {
    if (!running() || (leaseUntil != null && leaseUntil.toInstant().isAfter(now))) {
      return false;
    }
    leaseUntil = until.atOffset(ZoneOffset.UTC);
    return true;
  }

  /** Whoever worked on it stopped for now: any node may take it up at once. */
  public void release() {
    leaseUntil = null;
  }

  /**
   * The next rows are read: so many became records, were records already, were rejected; the new
   * records kept so many images.
   */
  public void advanced(
      long newRecords, long present, long refused, long keptImages, Instant leaseUntil) {
    long rows = newRecords + present + refused;
    if (!running() || done + rows > rowCount) {
      throw new IllegalStateException("Import " + id + " cannot advance by " + rows + " rows");
    }
    done += rows;
    imported += newRecords;
    alreadyPresent += present;
    rejected += refused;
    images += keptImages;
    this.leaseUntil = leaseUntil.atOffset(ZoneOffset.UTC);
  }

  /** Every row is read. */
  public void finished(Instant at) {
    status = ImportStatus.DONE;
    finishedAt = at.atOffset(ZoneOffset.UTC);
    leaseUntil = null;
  }

  /** The file cannot be read on; the rows before stay as they are. */
  public void failed(String why, Instant at) {
    status = ImportStatus.FAILED;
    failure = why.length() > FAILURE_MAX ? why.substring(0, FAILURE_MAX) : why;
    finishedAt = at.atOffset(ZoneOffset.UTC);
    leaseUntil = null;
  }

  public boolean complete() {
    return done == rowCount;
  }

  public ImportProgress progress() {
    return new ImportProgress(
        id,
        fileName,
        format,
        UnitPath.of(unitPath),
        new Username(importedBy),
        startedAt.toInstant(),
        status,
        rowCount,
        done,
        imported,
        alreadyPresent,
        rejected,
        images,
        Optional.ofNullable(finishedAt).map(OffsetDateTime::toInstant),
        Optional.ofNullable(failure));
  }
}
