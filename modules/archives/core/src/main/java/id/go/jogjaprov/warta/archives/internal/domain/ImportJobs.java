package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.ImportRejection;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Imports, their files (kept in parts until they end) and their rejected rows. */
public interface ImportJobs {

  /** Adds the import and keeps its file. */
  void add(ImportJob job, Path file);

  /** Notes where an imported record came from. */
  void imported(ImportedKey key);

  Optional<ImportJob> find(UUID id);

  /** The same, locked until the transaction ends: one node at a time writes an import's rows. */
  Optional<ImportJob> lock(UUID id);

  /** Running imports, the oldest first, that a node could take up. */
  List<UUID> running();

  /** The imports the caller may read (their own), the latest first. */
  Page<ImportJob> readable(PageRequest page);

  /** How many parts the import's file was kept in. */
  int parts(UUID id);

  /** One part of the import's file, the first being 0. */
  byte[] part(UUID id, int number);

  /** Lets the import's file go, once it ended. */
  /** Lets its file go, and the uploads that came with it. */
  void dropFile(UUID id);

  void addUpload(ImportUpload upload);

  /** The first of these paths its uploads hold. */
  Optional<ImportUpload> upload(UUID id, List<String> paths);

  /**
   * The image posts feature as the attachment {@code attachmentId} ({@link
   * PostImages#featuredKey}).
   */
  Optional<ImportUpload> featuredUpload(UUID id, String attachmentId);

  void reject(ImportRejectionRow rejection);

  Page<ImportRejection> rejections(UUID id, PageRequest page);

  /** Which of these keys an imported record already has, whoever may read it. */
  Set<String> keysPresent(Collection<String> keys);
}
