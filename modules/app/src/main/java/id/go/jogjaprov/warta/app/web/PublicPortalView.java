package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The citizens' front page: what the office has published. */
@Named
@RequestScoped
public class PublicPortalView {

  static final int LATEST = 20;

  @Inject ReleaseService releases;
  @Inject AttachmentService attachments;

  private List<ReleaseDetails> latest;

  private final Map<ReleaseId, List<AttachmentSummary>> files = new HashMap<>();

  /** A release's files, for its images (with their alt text) and documents; read once a request. */
  public List<AttachmentSummary> files(ReleaseDetails release) {
    return files.computeIfAbsent(release.id(), attachments::of);
  }

  public List<ReleaseDetails> getLatest() {
    if (latest == null) {
      latest = releases.listPublic(PageRequest.first(LATEST)).items();
    }
    return latest;
  }
}
