package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.RecordApprovalStep;
import id.go.jogjaprov.warta.archives.internal.domain.RecordApprovalSteps;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntry;
import id.go.jogjaprov.warta.archives.internal.domain.RecordNumber;
import id.go.jogjaprov.warta.content.api.AttachmentFile;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import id.go.jogjaprov.warta.workflow.api.ApprovedReleasePublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Archives every release in the transaction that publishes it, with copies of its attachments, the
 * trail of its review and the seal it went out under, so that no published release is ever missing
 * from the archives nor its record from what it gave and how it got out.
 */
@ApplicationScoped
class ArchiveOnPublication {

  @Inject ReleaseService releases;
  @Inject ArchiveRecords records;
  @Inject AttachmentService attachments;
  @Inject RecordFileEntries files;
  @Inject RecordApprovalSteps trail;

  @Inject Clock clock;
  @Inject Event<RecordsChanged> changed;

  void archive(@Observes ApprovedReleasePublished event) {
    ReleaseDetails release = releases.get(event.releaseId());
    var now = clock.instant();
    ArchiveRecord record =
        new ArchiveRecord(
            RecordNumber.next(now.atZone(OfficeTime.ZONE).getYear()), release, event.seal(), now);
    records.add(record);
    List<AttachmentFile> published = attachments.published(release.id());
    for (int position = 0; position < published.size(); position++) {
      files.add(RecordFileEntry.copyOf(record, position, published.get(position)));
    }
    trail.addAll(
        IntStream.range(0, event.trail().size())
            .mapToObj(
                position -> new RecordApprovalStep(record, position, event.trail().get(position)))
            .toList());
    changed.fire(new RecordsChanged());
  }
}
