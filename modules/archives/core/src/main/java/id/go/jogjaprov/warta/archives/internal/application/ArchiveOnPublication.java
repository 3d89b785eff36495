package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.RecordNumber;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleasePublished;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Archives every release in the transaction that publishes it, so that no published release is ever
 * missing from the archives.
 */
@ApplicationScoped
class ArchiveOnPublication {

  @Inject ReleaseService releases;
  @Inject ArchiveRecords records;

  @Inject Clock clock;
  @Inject Event<RecordsChanged> changed;

  void archive(@Observes ReleasePublished event) {
    ReleaseDetails release = releases.get(event.releaseId());
    var now = clock.instant();
    records.add(
        new ArchiveRecord(RecordNumber.next(now.atZone(OfficeTime.ZONE).getYear()), release, now));
    changed.fire(new RecordsChanged());
  }
}
