package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notices waiting for the notifier, and inbox entries, as the caller may see them. */
public interface Notices {

  void add(Notice notice);

  /** Undelivered notices whose time has come by {@code now}, oldest first, at most {@code max}. */
  List<UUID> undelivered(java.time.Instant now, int max);

  /** The notice, locked until the transaction ends: of two nodes, one delivers it. */
  Optional<Notice> lock(UUID id);

  void file(InboxEntry entry);

  /** The caller's inbox, newest first. */
  Page<InboxEntry> inbox(PageRequest page);

  long unread();

  Optional<InboxEntry> entry(UUID id);
}
