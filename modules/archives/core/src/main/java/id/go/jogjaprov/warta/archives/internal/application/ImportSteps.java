package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.ImportDefaults;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJob;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJobs;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportUpload;
import id.go.jogjaprov.warta.archives.internal.domain.ImportedRelease;
import id.go.jogjaprov.warta.archives.internal.domain.PostImages;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntry;
import id.go.jogjaprov.warta.archives.internal.domain.RecordNumber;
import id.go.jogjaprov.warta.archives.internal.domain.RowProblem;
import id.go.jogjaprov.warta.archives.internal.domain.RowRejected;
import id.go.jogjaprov.warta.content.api.LabelSchemes;
import id.go.jogjaprov.warta.content.api.RichTextWords;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The steps of an import, each a transaction of its own: taking it up, writing the next rows (the
 * records, where they came from, the rejected rows and how far the import got, together), ending
 * it. An import goes on from what the last committed step wrote, whichever node takes it up.
 */
@ApplicationScoped
@Transactional
class ImportSteps {

  /** How long a node holds an import between two steps before another may take it up. */
  static final Duration LEASE = Duration.ofSeconds(30);

  @Inject ImportJobs jobs;
  @Inject ArchiveRecords records;
  @Inject RecordFileEntries files;
  @Inject LabelSchemes schemes;
  @Inject RichTextWords words;
  @Inject Clock clock;

  List<UUID> running() {
    return jobs.running();
  }

  /**
   * The import's file as it was handed over, its parts read one after the other, each in a
   * transaction of its own when the one before is used up.
   */
  InputStream file(UUID id, ImportSteps self) {
    int parts = jobs.parts(id);
    Enumeration<InputStream> each =
        new Enumeration<>() {
          int next;

          @Override
          public boolean hasMoreElements() {
            return next < parts;
          }

          @Override
          public InputStream nextElement() {
            if (!hasMoreElements()) {
              throw new NoSuchElementException();
            }
            return new ByteArrayInputStream(self.part(id, next++));
          }
        };
    return new SequenceInputStream(each);
  }

  byte[] part(UUID id, int number) {
    return jobs.part(id, number);
  }

  /** This node takes the import up, unless another holds it; answers it as taken. */
  Optional<ImportJob> take(UUID id) {
    Instant now = clock.instant();
    return jobs.lock(id).filter(job -> job.lease(now, now.plus(LEASE)));
  }

  /**
   * Writes the rows after the first {@code done}; false, writing nothing, when the import is no
   * longer where this node left it (another took it up after the lease ran out).
   */
  boolean write(UUID id, long done, List<ImportRow> rows) {
    Optional<ImportJob> locked = jobs.lock(id).filter(job -> job.running() && job.done() == done);
    if (locked.isEmpty()) {
      return false;
    }
    ImportJob job = locked.get();
    Instant now = clock.instant();
    ImportDefaults defaults = job.defaults(now);
    Map<String, ImportedRelease> accepted = new LinkedHashMap<>();
    Map<String, ImportRow> rowOf = new HashMap<>();
    Map<String, Long> firstRow = new HashMap<>();
    long rejected = 0;
    for (ImportRow row : rows) {
      try {
        ImportedRelease release = ImportedRelease.of(row, defaults, schemes, words::of);
        Long earlier = firstRow.putIfAbsent(release.key(), row.number());
        if (earlier != null) {
          throw new RowRejected(ImportProblem.KEY_REPEATED, earlier.toString());
        }
        accepted.put(release.key(), release);
        rowOf.put(release.key(), row);
      } catch (RowRejected e) {
        jobs.reject(job.rejection(row, e.problem()));
        rejected++;
      }
    }
    Set<String> present = jobs.keysPresent(accepted.keySet());
    int year = now.atZone(OfficeTime.ZONE).getYear();
    long imported = 0;
    long images = 0;
    for (ImportedRelease release : accepted.values()) {
      if (!present.contains(release.key())) {
        ArchiveRecord record = new ArchiveRecord(RecordNumber.next(year), release, now);
        records.add(record);
        jobs.imported(job.imported(release.key(), record.id()));
        imported++;
        images += keepImages(job, rowOf.get(release.key()), record);
      }
    }
    job.advanced(imported, accepted.size() - imported, rejected, images, now.plus(LEASE));
    return true;
  }

  /**
   * The record keeps the image its post features, then the images it shows, from the uploads that
   * came with the import, each once; each it names and they lack is reported with the row. Answers
   * how many it kept.
   */
  private int keepImages(ImportJob job, ImportRow row, ArchiveRecord record) {
    if (!job.withUploads()) {
      return 0;
    }
    Set<String> kept = new HashSet<>();
    Optional<String> featured = row.value(ImportRow.FEATURED_IMAGE);
    if (featured.isPresent()) {
      Optional<ImportUpload> upload = jobs.featuredUpload(job.id(), featured.get());
      if (upload.isPresent()) {
        keep(record, kept, upload.get(), upload.get().featured());
      } else {
        missing(job, row, "_thumbnail_id " + featured.get());
      }
    }
    for (PostImages.Shown image : PostImages.shownIn(row.values().get(ImportRow.BODY))) {
      Optional<ImportUpload> upload = jobs.upload(job.id(), image.candidates());
      if (upload.isPresent()) {
        keep(record, kept, upload.get(), image);
      } else {
        missing(job, row, image.path());
      }
    }
    return kept.size();
  }

  /** Keeps the image unless the record already keeps the same bytes. */
  private void keep(
      ArchiveRecord record, Set<String> kept, ImportUpload upload, PostImages.Shown image) {
    if (kept.add(upload.sha256())) {
      files.add(RecordFileEntry.shownBy(record, kept.size() - 1, upload, image));
    }
  }

  private void missing(ImportJob job, ImportRow row, String image) {
    jobs.reject(job.rejection(row, new RowProblem(ImportProblem.IMAGE_MISSING, image)));
  }

  /** Every row is read: the import is done and its file let go. */
  void finish(UUID id, long done) {
    jobs.lock(id)
        .filter(job -> job.running() && job.done() == done && job.complete())
        .ifPresent(
            job -> {
              job.finished(clock.instant());
              jobs.dropFile(id);
            });
  }

  /** The file cannot be read on from row {@code done}: the import fails, saying where and why. */
  void fail(UUID id, long done, String why) {
    jobs.lock(id)
        .filter(job -> job.running() && job.done() == done)
        .ifPresent(
            job -> {
              job.failed(why, clock.instant());
              jobs.dropFile(id);
            });
  }

  /** This node stops working on the import for now; any node may take it up at once. */
  void release(UUID id) {
    jobs.lock(id).ifPresent(ImportJob::release);
  }
}
