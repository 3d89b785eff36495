package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The citizens' front page: what the office has published. */
@Named
@RequestScoped
public class PublicPortalView {

  static final int LATEST = 20;

  @Inject ReleaseService releases;

  private List<ReleaseDetails> latest;

  public List<ReleaseDetails> getLatest() {
    if (latest == null) {
      latest = releases.listPublic(PageRequest.first(LATEST)).items();
    }
    return latest;
  }
}
