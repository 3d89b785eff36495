package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
class DefaultArchiveSearch implements ArchiveSearch {

  static final String AUDIT_KIND = "archive-record";

  private static final Logger LOG = Logger.getLogger(DefaultArchiveSearch.class.getName());

  @Inject ArchiveRecords records;
  @Inject ArchiveIndex index;
  @Inject CurrentOfficial official;
  @Inject AuditTrail audit;

  /**
   * The index finds, trimmed to the caller's read scope; the page's records are then read through
   * the read rule once more, so a record the index still holds at an older level stays unseen. A
   * snippet of a classified record shows its text: each one on the page is recorded as a read.
   */
  @Override
  public ArchiveSearchResult search(ArchiveQuery query) {
    ArchiveIndex.Found found = index.search(query, official.get().readScope());
    Map<UUID, ArchiveRecord> readable =
        records.find(found.ids()).stream()
            .collect(Collectors.toMap(ArchiveRecord::id, Function.identity()));
    if (readable.size() < found.ids().size()) {
      LOG.log(
          Level.INFO,
          "{0} of {1} hits are no longer readable as the index holds them; the index follows",
          new Object[] {found.ids().size() - readable.size(), found.ids().size()});
    }
    var snippets = index.snippets(query);
    List<ArchiveHit> hits =
        found.ids().stream()
            .map(readable::get)
            .filter(java.util.Objects::nonNull)
            .map(record -> record.hit(snippets.apply(record.text()).orElseGet(record::opening)))
            .toList();
    ArchiveSearchResult result = new ArchiveSearchResult(found.total(), found.facets(), hits);
    result.hits().stream()
        .filter(hit -> hit.classification().level() >= Classification.TERBATAS.level())
        .forEach(
            hit ->
                audit.record(
                    new AuditEvent(
                        AuditAction.READ,
                        AUDIT_KIND,
                        hit.id().toString(),
                        hit.classification(),
                        "cuplikan hasil pencarian")));
    return result;
  }

  @Override
  public ArchiveRecordDetails open(UUID recordId) {
    ArchiveRecordDetails record =
        records
            .find(recordId)
            .orElseThrow(
                () ->
                    new ItemNotFoundException(ArchivesMessages.ARCHIVE_RECORD_NOT_FOUND, recordId))
            .details();
    if (record.classification().level() >= Classification.TERBATAS.level()) {
      audit.record(
          new AuditEvent(
              AuditAction.READ, AUDIT_KIND, recordId.toString(), record.classification(), ""));
    }
    return record;
  }
}
