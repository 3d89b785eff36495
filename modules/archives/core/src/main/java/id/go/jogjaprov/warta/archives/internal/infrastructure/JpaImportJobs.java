package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.ImportRejection;
import id.go.jogjaprov.warta.archives.api.ImportStatus;
import id.go.jogjaprov.warta.archives.internal.domain.ImportFilePart;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJob;
import id.go.jogjaprov.warta.archives.internal.domain.ImportJobs;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRejectionRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportUpload;
import id.go.jogjaprov.warta.archives.internal.domain.ImportedKey;
import id.go.jogjaprov.warta.archives.internal.domain.PostImages;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class JpaImportJobs implements ImportJobs {

  @PersistenceContext(unitName = "archives")
  EntityManager em;

  @Override
  public void add(ImportJob job, Path file) {
    em.persist(job);
    try (InputStream in = Files.newInputStream(file)) {
      int part = 0;
      for (byte[] bytes; (bytes = in.readNBytes(ImportFilePart.SIZE)).length > 0; ) {
        em.persist(job.part(part++, bytes));
        // Written part by part, so that a large file is never held whole in memory.
        em.flush();
        em.clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void imported(ImportedKey key) {
    em.persist(key);
  }

  @Override
  public Optional<ImportJob> find(UUID id) {
    return Optional.ofNullable(em.find(ImportJob.class, id));
  }

  @Override
  public Optional<ImportJob> lock(UUID id) {
    return Optional.ofNullable(em.find(ImportJob.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<UUID> running() {
    return em.createQuery(
            "select j.id from ImportJob j where j.status = :running order by j.startedAt",
            UUID.class)
        .setParameter("running", ImportStatus.RUNNING)
        .getResultList();
  }

  @Override
  public Page<ImportJob> readable(PageRequest page) {
    long total = em.createQuery("select count(j) from ImportJob j", Long.class).getSingleResult();
    List<ImportJob> jobs =
        em.createQuery("select j from ImportJob j order by j.startedAt desc, j.id", ImportJob.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(jobs, total, page);
  }

  @Override
  public int parts(UUID id) {
    return em.createQuery(
            "select count(p) from ImportFilePart p where p.importId = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult()
        .intValue();
  }

  @Override
  public byte[] part(UUID id, int number) {
    return em.createQuery(
            "select p.bytes from ImportFilePart p where p.importId = :id and p.part = :part",
            byte[].class)
        .setParameter("id", id)
        .setParameter("part", number)
        .getSingleResult();
  }

  @Override
  public void dropFile(UUID id) {
    em.createQuery("delete from ImportFilePart p where p.importId = :id")
        .setParameter("id", id)
        .executeUpdate();
    em.createQuery("delete from ImportUpload u where u.importId = :id")
        .setParameter("id", id)
        .executeUpdate();
  }

  @Override
  public void addUpload(ImportUpload upload) {
    em.persist(upload);
    // Written image by image, so that the uploads are never held whole in memory.
    em.flush();
    em.clear();
  }

  @Override
  public Optional<ImportUpload> upload(UUID id, List<String> paths) {
    Map<String, ImportUpload> found = new HashMap<>();
    em.createQuery(
            "select u from ImportUpload u where u.importId = :id and u.path in :paths",
            ImportUpload.class)
        .setParameter("id", id)
        .setParameter("paths", paths)
        .getResultList()
        .forEach(upload -> found.put(upload.path(), upload));
    return paths.stream().map(found::get).filter(java.util.Objects::nonNull).findFirst();
  }

  @Override
  public Optional<ImportUpload> featuredUpload(UUID id, String attachmentId) {
    if (!attachmentId.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return em
        .createQuery(
            "select u from ImportUpload u where u.importId = :id and u.path like :key",
            ImportUpload.class)
        .setParameter("id", id)
        .setParameter("key", PostImages.featuredKey(attachmentId, "%"))
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void reject(ImportRejectionRow rejection) {
    em.persist(rejection);
  }

  @Override
  public Page<ImportRejection> rejections(UUID id, PageRequest page) {
    long total =
        em.createQuery(
                "select count(r) from ImportRejectionRow r where r.importId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    List<ImportRejection> rows =
        em.createQuery(
                "select r from ImportRejectionRow r where r.importId = :id order by r.rowNumber",
                ImportRejectionRow.class)
            .setParameter("id", id)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(ImportRejectionRow::rejection)
            .toList();
    return new Page<>(rows, total, page);
  }

  /**
   * One primary-key lookup per key: with a list of keys ({@code in}) the plan follows the table's
   * statistics, and a table that grew since they were taken is read whole for every chunk.
   */
  @Override
  public Set<String> keysPresent(Collection<String> keys) {
    var query =
        em.createQuery(
            "select k.importKey from ImportedKey k where k.importKey = :key", String.class);
    Set<String> present = new HashSet<>();
    for (String key : keys) {
      query.setParameter("key", key).getResultStream().findFirst().ifPresent(present::add);
    }
    return present;
  }
}
