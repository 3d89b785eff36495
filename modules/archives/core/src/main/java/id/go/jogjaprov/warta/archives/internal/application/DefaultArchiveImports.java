package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.archives.api.ArchiveImports;
import id.go.jogjaprov.warta.archives.api.ImportFormat;
import id.go.jogjaprov.warta.archives.api.ImportProgress;
import id.go.jogjaprov.warta.archives.api.ImportRejection;
import id.go.jogjaprov.warta.archives.api.ImportRequest;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ImportFiles;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJob;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJobs;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.PostImages;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import id.go.jogjaprov.warta.archives.internal.domain.WantedUploads;
import id.go.jogjaprov.warta.content.api.AttachmentService;
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
 * ImportWorker}). Each import is its importer's own. A WordPress export may come in a ZIP with the
 * old site's uploads folder: of the uploads, the images its posts show are kept with the import
 * (each no larger than an attachment may be), for the records to keep.
 */
@ApplicationScoped
@Transactional
class DefaultArchiveImports implements ArchiveImports {

  private static final int FILE_NAME_MAX = 255;

  @Inject CurrentOfficial official;
  @Inject ImportFiles files;
  @Inject ImportJobs jobs;
  @Inject AttachmentService attachments;
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
    boolean zipped = files.zipped(file);
    if (zipped && request.format() != ImportFormat.WXR) {
      throw new InvalidInputException(
          "file",
          ArchivesMessages.IMPORT_FILE_UNREADABLE,
          request.format(),
          0,
          "a ZIP holds a WordPress export, not " + request.format());
    }
    Path export = zipped ? exportOf(request, file) : file;
    try {
      WantedUploads wanted = new WantedUploads();
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
              rows(request, export, zipped ? wanted : null));
      if (zipped) {
        job.comesWithUploads();
      }
      jobs.add(job, export);
      if (zipped) {
        files.uploadsOf(
            file,
            wanted.paths(),
            attachments.maxBytes(),
            (path, bytes) ->
                PostImages.Kind.of(bytes)
                    .ifPresent(
                        kind ->
                            wanted
                                .keysOf(path)
                                .forEach(
                                    key ->
                                        jobs.addUpload(
                                            job.upload(
                                                key, kind, bytes, wanted.featuredAt(key))))));
      }
      return job.progress();
    } finally {
      if (zipped) {
        deleteQuietly(export);
      }
    }
  }

  /** The export a ZIP holds, in a file of its own. */
  private Path exportOf(ImportRequest request, Path zip) {
    try {
      Path export = Files.createTempFile("warta-import-", ".xml");
      try {
        files.exportOf(zip, export, maxBytes);
        return export;
      } catch (UnreadableImportFile e) {
        deleteQuietly(export);
        throw unreadable(request, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file; the system's clean-up takes it
    }
  }

  /**
   * Reads the whole file once: how many rows it holds, or where and why it cannot be read; notes in
   * {@code wanted}, unless null, the uploads its posts show and feature.
   */
  private long rows(ImportRequest request, Path file, WantedUploads wanted) {
    try (ImportRows rows = files.rows(request.format(), Files.newInputStream(file))) {
      long count = 0;
      while (rows.hasNext()) {
        ImportRow row = rows.next();
        if (wanted != null) {
          wanted.read(row);
        }
        count++;
      }
      if (wanted != null) {
        wanted.resolve(rows.attachments());
      }
      return count;
    } catch (UnreadableImportFile e) {
      throw unreadable(request, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InvalidInputException unreadable(ImportRequest request, UnreadableImportFile e) {
    return new InvalidInputException(
        "file",
        ArchivesMessages.IMPORT_FILE_UNREADABLE,
        request.format(),
        e.line(),
        e.getMessage().replaceAll("\\.+$", ""));
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
