package id.go.jogjaprov.warta.archives.api;

import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An import and how far it got: of its {@code rows}, {@code done} are read; each of those became a
 * record ({@code imported}), was one already ({@code alreadyPresent}: the same key was imported
 * before), or was {@code rejected} with its reason. {@code images} counts the images the new
 * records kept (a WordPress export in a ZIP with its uploads). {@code failure} says why a FAILED
 * import stopped.
 */
public record ImportProgress(
    UUID id,
    String fileName,
    ImportFormat format,
    UnitPath unit,
    Username importedBy,
    Instant startedAt,
    ImportStatus status,
    long rows,
    long done,
    long imported,
    long alreadyPresent,
    long rejected,
    long images,
    Optional<Instant> finishedAt,
    Optional<String> failure) {

  /** How much is done, 0 to 100. */
  public int percent() {
    return rows == 0 ? 100 : (int) (done * 100 / rows);
  }
}
