package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.Username;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lowering requests the caller may see. */
public interface Reclassifications {

  void add(Reclassification request);

  Optional<Reclassification> find(UUID id);

  /** A page of pending requests the caller may see, not asked by {@code notBy}, oldest first. */
  Page<Reclassification> pendingNotBy(Username notBy, PageRequest page);

  List<Reclassification> pendingFor(id.go.jogjaprov.warta.content.api.ReleaseId releaseId);
}
