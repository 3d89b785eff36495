package id.go.jogjaprov.warta.archives.internal.application;

import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecord;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords.ChangeWindow;
import id.go.jogjaprov.warta.archives.internal.domain.ArchiveRecords.RecordChanges;
import id.go.jogjaprov.warta.archives.internal.domain.SearchableRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The indexer's reads, each in a transaction of its own: the read rule's parameters are bound once
 * per transaction, and the indexer reads its changes and the records in them as different duties.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class IndexFeed {

  @Inject ArchiveRecords records;

  RecordChanges changesAfter(long txid, long position, ChangeWindow window, int max) {
    return records.changesAfter(txid, position, window, max);
  }

  List<SearchableRecord> records(Collection<UUID> ids) {
    return records.find(ids).stream().map(ArchiveRecord::searchable).toList();
  }
}
