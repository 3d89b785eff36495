package id.go.jogjaprov.warta.app.module;

import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleasePublished;
import id.go.jogjaprov.warta.content.api.ReleaseSaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The events the modules fired, as a module test in the container sees them. */
@ApplicationScoped
public class RecordedEvents {

  private final List<ReleaseSaved> saved = new CopyOnWriteArrayList<>();
  private final List<ReleasePublished> published = new CopyOnWriteArrayList<>();

  void saved(@Observes ReleaseSaved event) {
    saved.add(event);
  }

  void published(@Observes ReleasePublished event) {
    published.add(event);
  }

  public List<ReleaseSaved> savedOf(ReleaseId id) {
    return saved.stream().filter(event -> event.releaseId().equals(id)).toList();
  }

  public long publicationsOf(ReleaseId id) {
    return published.stream().filter(event -> event.releaseId().equals(id)).count();
  }
}
