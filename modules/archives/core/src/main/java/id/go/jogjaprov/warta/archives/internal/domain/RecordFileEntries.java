package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.archives.api.RecordFile;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The record files the caller may read. */
public interface RecordFileEntries {

  void add(RecordFileEntry file);

  /** A record's files in the order its release had them, without their bytes. */
  List<RecordFile> of(UUID recordId);

  /** One file of a record. */
  Optional<RecordFileEntry> find(UUID recordId, UUID fileId);
}
