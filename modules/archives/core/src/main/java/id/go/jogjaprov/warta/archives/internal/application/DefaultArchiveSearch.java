package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.archives.api.ArchiveHit;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveRecordDetails;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveIndex;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.kernel.Classification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
class DefaultArchiveSearch implements ArchiveSearch {

  @Inject ArchiveRecords records;
  @Inject ArchiveIndex index;
  @Inject HitReader hitReader;
  @Inject RecordDetails details;
  @Inject CurrentOfficial official;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * The index finds, trimmed to the caller's read scope; the page's hits are read by the {@link
   * HitReader}. A snippet of a classified record shows its text: each one on the page is recorded
   * as a read. A first page is answered as of now, later ones as of their first.
   */
  @Override
  public ArchiveSearchResult search(ArchiveQuery query) {
    ReadScope reader = official.get().readScope();
    ArchiveSearchResult result =
        answered(query, asked -> index.search(asked, reader), record -> true);
    hitReader.recordShown(result.hits(), AuditAction.READ, "cuplikan hasil pencarian");
    return result;
  }

  /**
   * The records are read through the caller's read rule like any others, and only public ones
   * shown: a signed-in official reads more than the portal may show.
   */
  @Override
  public ArchiveSearchResult searchPortal(ArchiveQuery query) {
    return answered(query, index::searchPortal, ArchiveRecord::publiclyReadable);
  }

  private ArchiveSearchResult answered(
      ArchiveQuery query,
      java.util.function.Function<ArchiveQuery, ArchiveIndex.Found> find,
      java.util.function.Predicate<ArchiveRecord> shown) {
    Instant asOf = query.asOf().orElseGet(clock::instant);
    ArchiveIndex.Answer answer = ArchiveIndex.Answer.of(query, find);
    List<ArchiveHit> hits = hitReader.read(answer.found().ids(), answer.query(), shown);
    ArchiveIndex.Found found = answer.found();
    return new ArchiveSearchResult(
        found.total(), found.approximate(), found.facets(), hits, answer.spellingForgiven(), asOf);
  }

  @Override
  public ArchiveRecordDetails open(UUID recordId) {
    ArchiveRecordDetails record = details.of(details.readable(recordId));
    if (record.classification().level() >= Classification.TERBATAS.level()) {
      audit.record(HitReader.aboutRecord(AuditAction.READ, recordId, record.classification(), ""));
    }
    return record;
  }
}
