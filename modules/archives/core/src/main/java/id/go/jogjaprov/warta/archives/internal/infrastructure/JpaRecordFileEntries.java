package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.RecordFile;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntries;
import id.go.jogjaprov.warta.archives.internal.domain.RecordFileEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaRecordFileEntries implements RecordFileEntries {

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public void add(RecordFileEntry file) {
    // The record's row first: the file refers to it, and the two entities have no mapping between
    // them to order their inserts.
    em.flush();
    em.persist(file);
  }

  @Override
  public List<RecordFile> of(UUID recordId) {
    return em.createQuery(
            "select f.id, f.fileName, f.mediaType, f.sizeBytes, f.sha256, f.altText, f.caption"
                + " from RecordFileEntry f where f.recordId = :record order by f.position",
            Object[].class)
        .setParameter("record", recordId)
        .getResultStream()
        .map(
            row ->
                new RecordFile(
                    (UUID) row[0],
                    (String) row[1],
                    (String) row[2],
                    (Long) row[3],
                    (String) row[4],
                    Optional.ofNullable((String) row[5]),
                    Optional.ofNullable((String) row[6])))
        .toList();
  }

  @Override
  public Optional<RecordFileEntry> find(UUID recordId, UUID fileId) {
    return Optional.ofNullable(em.find(RecordFileEntry.class, fileId))
        .filter(file -> file.recordId().equals(recordId));
  }
}
