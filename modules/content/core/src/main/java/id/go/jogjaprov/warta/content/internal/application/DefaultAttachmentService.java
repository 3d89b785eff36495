package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.content.api.AttachmentContent;
import id.go.jogjaprov.warta.content.api.AttachmentFile;
import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.ContentApiMessages;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.content.internal.domain.Attachment;
import id.go.jogjaprov.warta.content.internal.domain.Attachments;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.content.internal.domain.Upload;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Attachments, changed by the writers of an editable release and read like the release. */
@ApplicationScoped
@Transactional
class DefaultAttachmentService implements AttachmentService {

  @Inject Attachments attachments;
  @Inject ReleaseRepository releases;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "warta.attachments.max-bytes", defaultValue = "20971520")
  long maxBytes;

  @Override
  public AttachmentSummary attach(
      ReleaseId release, String fileName, byte[] content, String altText, String caption) {
    Release owner = editable(release);
    Upload upload = Upload.of(fileName, content, maxBytes);
    Attachment attachment =
        new Attachment(
            owner, upload, altText, caption, currentOfficial.get().username(), clock.instant());
    attachments.add(attachment);
    return attachment.summary();
  }

  @Override
  public List<AttachmentSummary> of(ReleaseId release) {
    releases.require(release);
    return attachments.of(release).stream().map(Attachment::summary).toList();
  }

  @Override
  public AttachmentContent content(AttachmentId id, boolean thumbnail) {
    Attachment attachment = find(id);
    AttachmentContent content =
        attachment
            .content(thumbnail)
            .orElseThrow(() -> new ItemNotFoundException(ContentMessages.THUMBNAIL_NOT_FOUND, id));
    if (attachment.classification().level() >= Classification.TERBATAS.level()) {
      audit.record(
          new AuditEvent(
              AuditAction.READ,
              DefaultReleaseService.AUDIT_KIND,
              attachment.release().toString(),
              attachment.classification(),
              "lampiran " + id));
    }
    return content;
  }

  @Override
  public AttachmentSummary describe(
      ReleaseId release, AttachmentId id, String altText, String caption) {
    editable(release);
    Attachment attachment = attachmentOf(release, id);
    attachment.describe(altText, caption);
    return attachment.summary();
  }

  @Override
  public List<AttachmentFile> published(ReleaseId release) {
    if (releases.require(release).status() != ReleaseStatus.PUBLISHED) {
      return List.of();
    }
    return attachments.of(release).stream()
        .map(
            attachment ->
                new AttachmentFile(
                    attachment.summary(), attachment.content(false).orElseThrow().bytes()))
        .toList();
  }

  @Override
  public void remove(ReleaseId release, AttachmentId id) {
    editable(release);
    attachments.remove(attachmentOf(release, id));
  }

  @Override
  public long maxBytes() {
    return maxBytes;
  }

  /** A release the caller may change now (the release's own rule). */
  private Release editable(ReleaseId id) {
    Release release = releases.require(id);
    release.requireEditableBy(currentOfficial.get());
    return release;
  }

  private Attachment attachmentOf(ReleaseId release, AttachmentId id) {
    Attachment attachment = find(id);
    if (!attachment.release().equals(release)) {
      throw new ItemNotFoundException(ContentApiMessages.ATTACHMENT_NOT_FOUND);
    }
    return attachment;
  }

  private Attachment find(AttachmentId id) {
    return attachments
        .find(id)
        .orElseThrow(() -> new ItemNotFoundException(ContentApiMessages.ATTACHMENT_NOT_FOUND));
  }
}
