package id.go.jogjaprov.warta.content.internal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Lowering requests the caller may see. */
public interface Reclassifications {

  void add(Reclassification request);

  Optional<Reclassification> find(UUID id);

  List<Reclassification> pending();

  List<Reclassification> pendingFor(id.go.jogjaprov.warta.content.api.ReleaseId releaseId);
}
