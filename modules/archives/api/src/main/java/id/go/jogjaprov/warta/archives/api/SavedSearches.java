package id.go.jogjaprov.warta.archives.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Each official's saved archive searches, seen by their owner only. A search is checked as a search
 * link is (unknown parameters and mistyped filters refused) before it is kept.
 */
public interface SavedSearches {

  /** The most searches one official keeps. */
  int MAX_PER_OFFICIAL = 50;

  /** The caller's saved searches, by name. */
  List<SavedSearch> mine();

  /** Keeps a search under a name; a search of the same name is replaced. */
  SavedSearch save(String name, Map<String, String> parameters);

  /** Forgets one of the caller's searches; another's is not found. */
  void forget(UUID id);
}
