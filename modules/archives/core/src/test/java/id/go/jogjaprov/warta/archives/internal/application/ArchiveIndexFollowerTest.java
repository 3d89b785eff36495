package id.go.jogjaprov.warta.archives.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords.ChangeWindow;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords.RecordChanges;
import id.go.jogjaprov.warta.archives.internal.domain.RecordChange;
import id.go.jogjaprov.warta.archives.internal.domain.RecordOrigin;
import id.go.jogjaprov.warta.archives.internal.domain.SearchableRecord;
import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The follower against a database of its own making, where transactions commit out of the order of
 * their ids: every change reaches the index, and a change once applied is not applied again.
 */
class ArchiveIndexFollowerTest {

  /** Changes as PostgreSQL would show them: those of committed transactions only. */
  static final class Database extends IndexFeed {
    final List<RecordChange> written = new ArrayList<>();
    final TreeSet<Long> running = new TreeSet<>();
    long nextTxid = 10;
    long nextPosition = 1;

    long begin() {
      running.add(nextTxid);
      return nextTxid++;
    }

    UUID write(long txid) {
      UUID record = UUID.randomUUID();
      written.add(change(nextPosition++, record, txid));
      return record;
    }

    void commit(long txid) {
      running.remove(txid);
    }

    @Override
    RecordChanges changesAfter(long txid, long position, ChangeWindow window, int max) {
      List<RecordChange> visible =
          written.stream()
              .filter(c -> !running.contains(c.txid()))
              .filter(c -> c.txid() > txid || (c.txid() == txid && c.position() > position))
              .filter(c -> c.txid() >= window.from() || window.running().contains(c.txid()))
              .sorted(
                  Comparator.comparingLong(RecordChange::txid)
                      .thenComparing(RecordChange::position))
              .limit(max)
              .toList();
      long oldest = running.isEmpty() ? nextTxid : running.first();
      return new RecordChanges(visible, oldest, new ChangeWindow(nextTxid, Set.copyOf(running)));
    }

    @Override
    List<SearchableRecord> records(Collection<UUID> ids) {
      return ids.stream().map(ArchiveIndexFollowerTest::searchable).toList();
    }
  }

  /** Counts what reaches it. */
  static final class Index implements ArchiveIndex {
    final List<UUID> applied = new ArrayList<>();
    long watermark;

    @Override
    public void apply(Collection<SearchableRecord> records, long watermark) {
      records.forEach(r -> applied.add(r.id()));
      this.watermark = watermark;
    }

    @Override
    public long watermark() {
      return watermark;
    }

    @Override
    public Found search(
        id.go.jogjaprov.warta.archives.api.ArchiveQuery q,
        id.go.jogjaprov.warta.access.api.ReadScope r) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Found searchPortal(id.go.jogjaprov.warta.archives.api.ArchiveQuery q) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Found first(
        id.go.jogjaprov.warta.archives.api.ArchiveQuery q,
        id.go.jogjaprov.warta.access.api.ReadScope r,
        int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.util.function.Function<String, java.util.Optional<String>> snippets(
        id.go.jogjaprov.warta.archives.api.ArchiveQuery q) {
      throw new UnsupportedOperationException();
    }
  }

  static RecordChange change(long position, UUID record, long txid) {
    try {
      var constructor = RecordChange.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      RecordChange change = constructor.newInstance();
      for (var field : List.of("position", "recordId", "unitPath", "txid")) {
        var f = RecordChange.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(
            change,
            switch (field) {
              case "position" -> position;
              case "recordId" -> record;
              case "unitPath" -> "/Pemda DIY/Diskominfo DIY";
              default -> txid;
            });
      }
      return change;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static SearchableRecord searchable(UUID id) {
    return new SearchableRecord(
        id,
        "Judul",
        null,
        "Isi",
        ReleaseType.NEWS,
        Classification.BIASA,
        UnitPath.of("/Pemda DIY/Diskominfo DIY"),
        List.of(),
        Language.ID,
        true,
        Instant.EPOCH,
        Instant.EPOCH,
        RecordOrigin.PUBLISHED);
  }

  /** What reached the index, each as often as it did, in a stable order. */
  private List<UUID> applied() {
    return index.applied.stream().sorted().toList();
  }

  private static List<UUID> sorted(UUID... ids) {
    return java.util.Arrays.stream(ids).sorted().toList();
  }

  private final Database database = new Database();
  private final Index index = new Index();
  private final ArchiveIndexFollower follower = new ArchiveIndexFollower();

  {
    follower.feed = database;
    follower.index = index;
    follower.duties =
        new Duties() {
          @Override
          public void entrust(
              Duty duty, String kind, UUID id, Classification level, Instant until) {}

          @Override
          public <T> T perform(Duty duty, Supplier<T> work) {
            return work.get();
          }
        };
  }

  @Test
  void aChangeCommittedLateIsTakenAndNoneIsAppliedTwice() {
    long early = database.begin();
    UUID first = database.write(early);
    long slow = database.begin();
    UUID late = database.write(slow);
    long quick = database.begin();
    UUID second = database.write(quick);
    database.commit(early);
    database.commit(quick);

    follower.catchUp();
    assertEquals(sorted(first, second), applied(), "the committed ones");
    assertEquals(slow, index.watermark(), "a restart reads again from the one still running");

    follower.catchUp();
    assertEquals(2, index.applied.size(), "nothing new: nothing applied again");

    database.commit(slow);
    long after = database.begin();
    UUID third = database.write(after);
    database.commit(after);
    follower.catchUp();
    assertEquals(
        sorted(first, second, late, third),
        applied(),
        "the late commit and the new one, and only those");

    follower.catchUp();
    assertEquals(4, index.applied.size());
  }

  @Test
  void afterARestartEverythingFromTheWatermarkIsReadAgain() {
    long tx = database.begin();
    UUID record = database.write(tx);
    database.commit(tx);
    index.watermark = tx;

    follower.catchUp();

    assertEquals(List.of(record), applied());
  }
}
