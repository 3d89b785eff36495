package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.content.api.ReleaseReclassified;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps archive records at their release's classification, in the reclassifying transaction, so
 * that a record never stays more open than its release.
 */
@ApplicationScoped
class ReclassifyWithRelease {

  @Inject ArchiveRecords records;
  @Inject AuditTrail audit;
  @Inject Event<RecordsChanged> changed;

  void follow(@Observes ReleaseReclassified event) {
    records
        .ofRelease(event.releaseId().value())
        .forEach(
            record -> {
              record.reclassify(event.to(), event.publiclyReadable());
              audit.itemLevelChanged(HitReader.AUDIT_KIND, record.id().toString(), event.to());
            });
    changed.fire(new RecordsChanged());
  }
}
