package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.access.api.DutyRound;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords.ChangeWindow;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords.RecordChanges;
import id.go.jogjaprov.warta.archives.internal.domain.RecordChange;
import id.go.jogjaprov.warta.archives.internal.domain.SearchableRecord;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this node's archive index in step with the records in the database (ADR 10), as the indexer
 * duty: it reads the changes the database noted since the index's watermark, the records they name,
 * and applies them. It looks every {@code warta.archives.index.follow-every} (a second) for changes
 * made through other nodes, and at once after a transaction of this node that changed records, so
 * that a search made after a request sees what that request did. A new or damaged index is rebuilt
 * the same way, from the first change.
 */
@ApplicationScoped
class ArchiveIndexFollower {

  private static final Logger LOG = Logger.getLogger(ArchiveIndexFollower.class.getName());

  static final Duty INDEXER =
      new Duty(
          new Username("warta (pengindeks arsip)"),
          "archive-index",
          "menjaga indeks pencarian arsip tetap sama dengan arsip");

  /** Changes read in one go; the index commits after each batch. */
  static final int BATCH = 2000;

  /** How long a request waits for the index to take its change before it answers anyway. */
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  @Inject Duties duties;
  @Inject IndexFeed feed;
  @Inject ArchiveIndex index;

  @Inject
  @ConfigProperty(name = "warta.archives.index.follow-every", defaultValue = "PT1S")
  Duration every;

  private final ReentrantLock following = new ReentrantLock();

  /**
   * The changes this node's last round may not have seen (guarded by {@code following}), valid
   * while the index's watermark is {@code unseenAt}: after a restart or a reset, everything from
   * the watermark is read again.
   */
  private ChangeWindow unseen = ChangeWindow.from(0);

  private long unseenAt = -1;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    DutyRound.schedule(duties, INDEXER, every, this::catchUp, LOG);
  }

  /**
   * After a transaction that changed records commits: catches up on a thread of its own (the
   * committed transaction still holds this one) and waits for it, briefly.
   */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordsChanged event) {
    try {
      ManagedExecutorService executor =
          InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
      executor
          .submit(
              () ->
                  duties.perform(
                      INDEXER,
                      () -> {
                        catchUp();
                        return null;
                      }))
          .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (NamingException | ExecutionException | TimeoutException e) {
      // The next round takes the change; the request that made it has succeeded.
      LOG.log(Level.WARNING, "The archive index did not take a change at once: {0}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Applies every change this node may not have seen, one batch at a time: those of the
   * transactions that were running when it last looked and of those begun since (a transaction's
   * changes appear all at once when it commits, so no other can hold one unseen). The index's
   * watermark, where a restarted node starts again, is the oldest transaction running when this
   * round began.
   */
  void catchUp() {
    following.lock();
    try {
      long watermark = index.watermark();
      ChangeWindow window = watermark == unseenAt ? unseen : ChangeWindow.from(watermark);
      long txid = window.lowest();
      long position = 0;
      long next = watermark;
      ChangeWindow unseenAfter = window;
      boolean first = true;
      RecordChanges read;
      do {
        read = feed.changesAfter(txid, position, window, BATCH);
        if (read.changes().isEmpty()) {
          break;
        }
        if (first) {
          // Changes of transactions running when this round began may still come: read them,
          // and those of transactions begun since, again next time.
          next = Math.max(watermark, read.oldestRunning());
          unseenAfter = read.unseen();
          first = false;
        }
        index.apply(records(read.changes()), watermark);
        RecordChange last = read.changes().get(read.changes().size() - 1);
        txid = last.txid();
        position = last.position();
      } while (read.changes().size() == BATCH);
      if (next > watermark) {
        index.apply(List.of(), next);
      }
      unseen = unseenAfter;
      unseenAt = next;
    } finally {
      following.unlock();
    }
  }

  /** The records named, read within their own units for this one look. */
  private List<SearchableRecord> records(List<RecordChange> changes) {
    Set<UnitPath> units = changes.stream().map(RecordChange::unit).collect(Collectors.toSet());
    Set<UUID> ids = changes.stream().map(RecordChange::recordId).collect(Collectors.toSet());
    return duties.perform(INDEXER.within(units), () -> feed.records(ids));
  }
}
