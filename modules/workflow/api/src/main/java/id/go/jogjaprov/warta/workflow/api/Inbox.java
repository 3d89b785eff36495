package id.go.jogjaprov.warta.workflow.api;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.util.UUID;

/**
 * The current official's inbox: review requested, decided, published. Entries reach it within
 * seconds of the step (the notifier duty), with an e-mail where Warta has a mail server.
 */
public interface Inbox {

  /** Newest first. */
  Page<InboxItem> mine(PageRequest page);

  long unread();

  /** Marks one of the caller's entries read; another official's answers not found. */
  void markRead(UUID entry);
}
