package id.go.jogjaprov.warta.content.api;

import java.util.List;

/**
 * Files attached to releases: PDF, DOCX, ODT, JPEG and PNG, checked by content. They are read
 * exactly like their release (an attachment of a release the caller may not see is not found, not
 * even listed) and changed only by the writers who may change the release, while it is editable.
 * Reading a classified attachment is recorded in the audit trail.
 */
public interface AttachmentService {

  AttachmentSummary attach(
      ReleaseId release, String fileName, byte[] content, String altText, String caption);

  /** The release's attachments, oldest first. */
  List<AttachmentSummary> of(ReleaseId release);

  /**
   * A published release's files with their bytes, oldest first: what its archive record keeps.
   * Copying them into the archives is no one's reading, so nothing is audited; a release that is
   * not published has none to give.
   */
  List<AttachmentFile> published(ReleaseId release);

  /** The file itself, or the thumbnail of an image; a document has no thumbnail. */
  AttachmentContent content(AttachmentId attachment, boolean thumbnail);

  AttachmentSummary describe(
      ReleaseId release, AttachmentId attachment, String altText, String caption);

  void remove(ReleaseId release, AttachmentId attachment);

  /** The largest file accepted, in bytes. */
  long maxBytes();
}
