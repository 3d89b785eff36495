package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import java.util.List;

/** The steps of reviews the caller may see. */
public interface Timeline {

  void add(TimelineEntry entry);

  /** The steps of one release's review, oldest first. */
  List<TimelineEntry> of(ReleaseId releaseId);

  /** Every step taken since {@code since}, release by release, oldest first. */
  List<TimelineEntry> since(java.time.Instant since);
}
