package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.AttachmentId;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.util.List;
import java.util.Optional;

/** Attachments the caller may read; anything else is absent. */
public interface Attachments {

  Optional<Attachment> find(AttachmentId id);

  /** Oldest first. */
  List<Attachment> of(ReleaseId release);

  void add(Attachment attachment);

  void remove(Attachment attachment);
}
