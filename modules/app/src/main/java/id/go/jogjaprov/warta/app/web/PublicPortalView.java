package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.api.SealService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The citizens' front page: what the office has published. */
@Named
@RequestScoped
public class PublicPortalView {

  static final int LATEST = 20;

  @Inject ReleaseService releases;
  @Inject AttachmentService attachments;
  @Inject SealService seals;

  @Inject PublicAddresses addresses;

  private List<ReleaseDetails> latest;

  private final Map<ReleaseId, List<AttachmentSummary>> files = new HashMap<>();
  private final Map<ReleaseId, Optional<String>> sealUrls = new HashMap<>();

  /** A release's files, for its images (with their alt text) and documents; read once a request. */
  public List<AttachmentSummary> files(ReleaseDetails release) {
    return files.computeIfAbsent(release.id(), attachments::of);
  }

  /**
   * The QR code of the release's approval seal, linking to its verification page; empty for a
   * release published before seals.
   */
  public String sealQr(ReleaseDetails release) {
    return sealUrl(release)
        .map(url -> QrCodes.svg(url, PageMessages.pageText("portal.sealQr", "")))
        .orElse("");
  }

  /** The verification page of the release's approval seal; looked up once a request. */
  public Optional<String> sealUrl(ReleaseDetails release) {
    return sealUrls.computeIfAbsent(
        release.id(), id -> seals.sealOf(id).map(this::verificationUrl));
  }

  private String verificationUrl(String seal) {
    return addresses.of("verify/" + seal);
  }

  public List<ReleaseDetails> getLatest() {
    if (latest == null) {
      latest = releases.listPublic(PublicReleaseFilter.NONE, PageRequest.first(LATEST)).items();
    }
    return latest;
  }
}
