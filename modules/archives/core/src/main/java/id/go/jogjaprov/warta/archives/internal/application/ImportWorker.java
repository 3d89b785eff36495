package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.access.api.DutyRound;
import id.go.jogjaprov.warta.archives.internal.domain.ImportFiles;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJob;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads running imports into records, as the importer duty, on whichever node finds one first: a
 * round (on the scheduler, every second) takes up one import no other node holds and hands it to a
 * thread of the platform's executor, which reads on from where it stands, a chunk of rows per
 * transaction, renewing its lease with each, to the end. The scheduler stays free for the other
 * duties meanwhile (the indexer, publication on time). A node reads one import at a time; one that
 * dies mid-import lets the lease run out and another goes on from the last chunk written. Imported
 * records reach search through the index's own rounds (within a second).
 */
@ApplicationScoped
class ImportWorker {

  private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

  static final Duty IMPORTER =
      new Duty(
          new Username("warta (impor arsip)"),
          "archive-import",
          "membaca berkas impor rilis lama menjadi arsip");

  /** Rows written in one transaction. */
  static final int CHUNK = 500;

  @Inject Duties duties;
  @Inject ImportSteps steps;
  @Inject ImportFiles files;

  @Inject
  @ConfigProperty(name = "warta.archives.import.work-every", defaultValue = "PT1S")
  Duration every;

  /** Whether this node is reading an import now. */
  private final AtomicBoolean reading = new AtomicBoolean();

  private ManagedExecutorService executor;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    DutyRound.schedule(duties, IMPORTER, every, this::round, LOG);
  }

  /** Takes up the first running import no node holds, unless this node is reading one. */
  void round() {
    if (!reading.compareAndSet(false, true)) {
      return;
    }
    boolean handedOver = false;
    try {
      for (UUID id : steps.running()) {
        Optional<ImportJob> taken = steps.take(id);
        if (taken.isPresent()) {
          executor.submit(() -> readInTheBackground(taken.get()));
          handedOver = true;
          return;
        }
      }
    } finally {
      if (!handedOver) {
        reading.set(false);
      }
    }
  }

  /**
   * Reads the import on to its end. One that fails unexpectedly (the database went away) keeps its
   * lease until it runs out, so that other imports get their turn meanwhile; it is taken up again
   * after.
   */
  private void readInTheBackground(ImportJob job) {
    try {
      duties.perform(
          IMPORTER,
          () -> {
            readOn(job);
            steps.release(job.id());
            return null;
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + job.id() + " stopped; it goes on after its lease", e);
    } finally {
      reading.set(false);
    }
  }

  /**
   * The file was checked whole when the import started, so it reads to its end; should it not, the
   * rows before are written and the import fails, saying where.
   */
  private void readOn(ImportJob job) {
    long done = job.done();
    try (ImportRows rows = files.rows(job.format(), steps.file(job.id(), steps))) {
      for (long skipped = 0; skipped < done && rows.hasNext(); skipped++) {
        rows.next();
      }
      List<ImportRow> chunk = new ArrayList<>(CHUNK);
      UnreadableImportFile broken = null;
      while (broken == null) {
        try {
          if (!rows.hasNext()) {
            break;
          }
          chunk.add(rows.next());
        } catch (UnreadableImportFile e) {
          broken = e;
        }
        if (chunk.size() == CHUNK || (broken != null && !chunk.isEmpty())) {
          if (!steps.write(job.id(), done, chunk)) {
            return;
          }
          done += chunk.size();
          chunk.clear();
        }
      }
      if (!chunk.isEmpty() && !steps.write(job.id(), done, chunk)) {
        return;
      }
      done += chunk.size();
      if (broken == null) {
        steps.finish(job.id(), done);
      } else {
        steps.fail(job.id(), done, "line " + broken.line() + ": " + broken.getMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
