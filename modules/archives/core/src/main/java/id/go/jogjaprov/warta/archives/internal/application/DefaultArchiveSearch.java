package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

@ApplicationScoped
@Transactional
class DefaultArchiveSearch implements ArchiveSearch {

  @Inject ArchiveRecords records;

  @Override
  public ArchiveSearchResult search(ArchiveQuery query) {
    return records.search(query);
  }
}
