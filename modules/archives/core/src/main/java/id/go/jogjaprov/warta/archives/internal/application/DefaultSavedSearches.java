package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.SavedSearch;
import id.go.jogjaprov.warta.archives.api.SavedSearches;
import id.go.jogjaprov.warta.archives.internal.ArchivesMessages;
import id.go.jogjaprov.warta.archives.internal.domain.SavedSearchEntries;
import id.go.jogjaprov.warta.archives.internal.domain.SavedSearchEntry;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Saved searches, checked as search links are and kept per official (read by their owner only). */
@ApplicationScoped
@Transactional
class DefaultSavedSearches implements SavedSearches {

  private static final int NAME_MAX = 100;
  private static final int PARAMETERS_MAX = 2000;

  private static final List<String> PARAMETERS = ArchiveQuery.PARAMETERS;

  @Inject CurrentOfficial official;
  @Inject SavedSearchEntries entries;
  @Inject Clock clock;

  @Override
  public List<SavedSearch> mine() {
    owner();
    return entries.all().stream().map(SavedSearchEntry::saved).toList();
  }

  @Override
  public SavedSearch save(String name, Map<String, String> parameters) {
    String owner = owner();
    String named = PlainText.characters(name, "name", ArchivesMessages.SAVED_SEARCH_NAME, NAME_MAX);
    if (named == null || named.isBlank()) {
      throw new InvalidInputException("name", ArchivesMessages.SAVED_SEARCH_NAME_REQUIRED);
    }
    Map<String, String> search = checked(parameters);
    SavedSearchEntry entry =
        entries
            .named(named.strip())
            .map(
                existing -> {
                  existing.replace(search, clock.instant());
                  return existing;
                })
            .orElseGet(() -> added(owner, named.strip(), search));
    return entry.saved();
  }

  private SavedSearchEntry added(String owner, String name, Map<String, String> search) {
    if (entries.all().size() >= MAX_PER_OFFICIAL) {
      throw new RuleViolationException(ArchivesMessages.SAVED_SEARCH_TOO_MANY, MAX_PER_OFFICIAL);
    }
    SavedSearchEntry entry = new SavedSearchEntry(owner, name, search, clock.instant());
    entries.add(entry);
    return entry;
  }

  /** Known parameters only, given, and a search the archive would run (else what is wrong). */
  private static Map<String, String> checked(Map<String, String> parameters) {
    Map<String, String> search = new LinkedHashMap<>();
    for (String name : PARAMETERS) {
      String value = parameters == null ? null : parameters.get(name);
      if (value != null && !value.isBlank()) {
        search.put(name, value.strip());
      }
    }
    if (parameters != null) {
      for (String name : parameters.keySet()) {
        if (!PARAMETERS.contains(name)) {
          throw new InvalidInputException(
              "parameters", ArchivesMessages.SAVED_SEARCH_UNKNOWN_PARAMETER, name, PARAMETERS);
        }
      }
    }
    if (search.isEmpty()) {
      throw new InvalidInputException("parameters", ArchivesMessages.SAVED_SEARCH_EMPTY);
    }
    ArchiveQuery.parse(search::get, PageRequest.first(1));
    if (SavedSearchEntry.queryString(search).length() > PARAMETERS_MAX) {
      throw new InvalidInputException("parameters", ArchivesMessages.SAVED_SEARCH_TOO_LONG);
    }
    return search;
  }

  @Override
  public void forget(UUID id) {
    owner();
    entries.remove(
        entries
            .find(id)
            .orElseThrow(() -> new ItemNotFoundException(ArchivesMessages.SAVED_SEARCH_NOT_FOUND)));
  }

  private String owner() {
    Official caller = official.get();
    if (!caller.authenticated() || !caller.account().isPresent()) {
      throw new NotPermittedException(ArchivesMessages.SAVED_SEARCH_SIGN_IN);
    }
    return caller.account().value();
  }
}
