package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import java.util.List;
import java.util.Optional;

/** Releases the caller may see; anything else is absent. */
public interface ReleaseRepository {

  Optional<Release> find(ReleaseId id);

  List<Release> list(ReleaseFilter filter, int limit);

  List<Release> listPublic(int limit);

  void add(Release release);

  /**
   * Writes pending changes now, so that the version the caller gets back is the stored one and a
   * concurrent change fails here, inside the service, rather than at commit.
   */
  void flush();
}
