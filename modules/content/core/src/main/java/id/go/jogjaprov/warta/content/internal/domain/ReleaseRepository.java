package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseStatus;
import java.util.List;
import java.util.Optional;

/** Releases the caller may see; anything else is absent. */
public interface ReleaseRepository {

  Optional<Release> find(ReleaseId id);

  List<Release> list(Optional<ReleaseStatus> status);

  List<Release> listPublic(int limit);

  void add(Release release);
}
