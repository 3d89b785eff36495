package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

@ApplicationScoped
@Transactional
class DefaultArchiveSearch implements ArchiveSearch {

  static final String AUDIT_KIND = "archive-record";

  @Inject ArchiveRecords records;
  @Inject AuditTrail audit;

  /**
   * A snippet of a classified record shows its text: each one on the page is recorded as a read.
   */
  @Override
  public ArchiveSearchResult search(ArchiveQuery query) {
    ArchiveSearchResult result = records.search(query);
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
