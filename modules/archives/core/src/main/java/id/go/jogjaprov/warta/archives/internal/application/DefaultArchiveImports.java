package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.archives.api.ArchiveImports;
import id.go.jogjaprov.warta.archives.api.ImportProgress;
import id.go.jogjaprov.warta.archives.api.ImportRejection;
import id.go.jogjaprov.warta.archives.api.ImportRequest;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ImportFiles;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJob;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJobs;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports for archivists: a file is read whole before anything is kept, so that a file that cannot
 * be read is refused at once with where and why; the import then runs in the background ({@link
 * ImportWorker}). Each import is its importer's own.
 */
@ApplicationScoped
@Transactional
class DefaultArchiveImports implements ArchiveImports {

  private static final int FILE_NAME_MAX = 255;

  @Inject CurrentOfficial official;
  @Inject ImportFiles files;
  @Inject ImportJobs jobs;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "warta.archives.import.max-bytes", defaultValue = "536870912")
  long maxBytes;

  @Override
  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public ImportProgress start(ImportRequest request, Path file) {
    Official caller = archivist();
    if (request.format() == null) {
      throw new InvalidInputException("format", ArchivesMessages.IMPORT_FORMAT_REQUIRED);
    }
    if (request.unit() == null) {
      throw new InvalidInputException("unit", ArchivesMessages.IMPORT_UNIT_REQUIRED);
    }
    String name = request.fileName() == null ? "" : request.fileName().strip();
    if (name.isEmpty() || name.length() > FILE_NAME_MAX) {
      throw new InvalidInputException("name", ArchivesMessages.IMPORT_FILE_NAME_REQUIRED);
    }
    ImportJob job =
        new ImportJob(
            name,
            request.format(),
            request.unit(),
            request.type() == null ? ReleaseType.NEWS : request.type(),
            request.language() == null ? Language.ID : request.language(),
            caller.username(),
            caller.account().value(),
            ImportWorker.IMPORTER.official().account().value(),
            caller.clearance().level(),
            clock.instant(),
            rows(request, file));
    jobs.add(job, file);
    return job.progress();
  }

  /** Reads the whole file once: how many rows it holds, or where and why it cannot be read. */
  private long rows(ImportRequest request, Path file) {
    try (ImportRows rows = files.rows(request.format(), Files.newInputStream(file))) {
      long count = 0;
      for (; rows.hasNext(); rows.next()) {
        count++;
      }
      return count;
    } catch (UnreadableImportFile e) {
      throw new InvalidInputException(
          "file",
          ArchivesMessages.IMPORT_FILE_UNREADABLE,
          request.format(),
          e.line(),
          e.getMessage().replaceAll("\\.+$", ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public ImportProgress progress(UUID importId) {
    return own(importId).progress();
  }

  @Override
  public Page<ImportProgress> mine(PageRequest page) {
    archivist();
    return jobs.readable(page).map(ImportJob::progress);
  }

  @Override
  public Page<ImportRejection> rejections(UUID importId, PageRequest page) {
    own(importId);
    return jobs.rejections(importId, page);
  }

  private ImportJob own(UUID importId) {
    archivist();
    return jobs.find(importId)
        .orElseThrow(() -> new ItemNotFoundException(ArchivesMessages.IMPORT_NOT_FOUND));
  }

  private Official archivist() {
    return Archivists.caller(official);
  }
}
