package id.go.jogjaprov.warta.archives.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A search an official keeps under a name: its link parameters ({@code q}, {@code sort} and the
 * {@link ArchiveFilters#PARAMETERS}), in the order links give them. It keeps no results: run again,
 * it finds what its owner may read that day.
 */
public record SavedSearch(UUID id, String name, Map<String, String> parameters, Instant savedAt) {

  public SavedSearch {
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
  }
}
