package id.go.jogjaprov.warta.archives.internal.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The saved searches the caller may read: their own. */
public interface SavedSearchEntries {

  List<SavedSearchEntry> all();

  Optional<SavedSearchEntry> named(String name);

  Optional<SavedSearchEntry> find(UUID id);

  void add(SavedSearchEntry entry);

  void remove(SavedSearchEntry entry);
}
