package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.api.Inbox;
import id.go.jogjaprov.warta.workflow.api.InboxItem;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import id.go.jogjaprov.warta.workflow.internal.domain.InboxEntry;
import id.go.jogjaprov.warta.workflow.internal.domain.Notices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The caller's inbox: their own entries, titled through their own read of each release. */
@ApplicationScoped
@Transactional
class DefaultInbox implements Inbox {

  @Inject Notices notices;
  @Inject ReleaseService releases;
  @Inject Clock clock;

  @Override
  public Page<InboxItem> mine(PageRequest page) {
    Page<InboxEntry> entries = notices.inbox(page);
    Map<ReleaseId, String> titles =
        releases
            .list(
                ReleaseFilter.any()
                    .among(
                        entries.items().stream()
                            .map(InboxEntry::releaseId)
                            .collect(Collectors.toSet())),
                ReleaseSort.NEWEST_CHANGE,
                PageRequest.first(Math.max(1, entries.items().size())))
            .items()
            .stream()
            .collect(Collectors.toMap(ReleaseSummary::id, ReleaseSummary::title));
    return entries.map(
        entry ->
            new InboxItem(
                entry.id(),
                entry.kind(),
                entry.releaseId(),
                Optional.ofNullable(titles.get(entry.releaseId())),
                entry.actor(),
                entry.at(),
                entry.isRead()));
  }

  @Override
  public long unread() {
    return notices.unread();
  }

  @Override
  public void markRead(UUID entry) {
    notices
        .entry(entry)
        .orElseThrow(() -> new ItemNotFoundException(WorkflowMessages.INBOX_ENTRY_NOT_FOUND))
        .read(clock.instant());
  }
}
