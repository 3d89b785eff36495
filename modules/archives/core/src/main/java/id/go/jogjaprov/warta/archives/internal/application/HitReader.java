package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.kernel.Classification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Turns what the index found into hits: the records are read from the database through the read
 * rule once more, so that a record the index still holds at an older level stays unseen, and each
 * gets its snippet. Whoever is shown classified hits is recorded as having seen them.
 */
@ApplicationScoped
class HitReader {

  static final String AUDIT_KIND = "archive-record";

  private static final Logger LOG = Logger.getLogger(HitReader.class.getName());

  /** Ids read from the database in one statement. */
  private static final int CHUNK = 1000;

  @Inject ArchiveRecords records;
  @Inject ArchiveIndex index;
  @Inject AuditTrail audit;

  /**
   * The readable records among {@code ids} that are to be {@code shown}, in their order, with
   * snippets for the query.
   */
  List<ArchiveHit> read(
      List<UUID> ids, ArchiveQuery query, java.util.function.Predicate<ArchiveRecord> shown) {
    var snippets = index.snippets(query);
    List<ArchiveHit> hits = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Map<UUID, ArchiveRecord> readable =
          records.find(chunk).stream()
              .collect(Collectors.toMap(ArchiveRecord::id, Function.identity()));
      if (readable.size() < chunk.size()) {
        LOG.log(
            Level.INFO,
            "{0} of {1} hits are no longer readable as the index holds them; the index follows",
            new Object[] {chunk.size() - readable.size(), chunk.size()});
      }
      chunk.stream()
          .map(readable::get)
          .filter(Objects::nonNull)
          .filter(shown)
          .map(record -> record.hit(snippets.apply(record.text()).orElseGet(record::opening)))
          .forEach(hits::add);
    }
    return hits;
  }

  /** Records, for every classified hit, that the caller was shown it ({@code how}). */
  void recordShown(List<ArchiveHit> hits, AuditAction action, String how) {
    audit.recordAll(
        hits.stream()
            .filter(hit -> hit.classification().level() >= Classification.TERBATAS.level())
            .map(hit -> aboutRecord(action, hit.id(), hit.classification(), how))
            .toList());
  }

  /** An audit trail entry about one archive record. */
  static AuditEvent aboutRecord(
      AuditAction action, java.util.UUID record, Classification level, String detail) {
    return new AuditEvent(action, AUDIT_KIND, record.toString(), level, detail);
  }
}
