package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.workflow.api.SealService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The citizens' front page: what the office has published, newest first, a page at a time, browsed
 * by unit (with the units below it), type, tag and month through plain links ({@code
 * ?unit=…&tag=…&from=2026-11&to=2026-11&page=1}).
 */
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

  private final Map<String, String> browsing = new LinkedHashMap<>();
  private int page;
  private long total;

  /** The releases of this page under the browsing asked; a filter that does not parse says so. */
  public List<ReleaseDetails> getLatest() {
    if (latest == null) {
      Page<ReleaseDetails> found =
          releases.listPublic(PublicReleaseFilter.parse(browsing), new PageRequest(page, LATEST));
      latest = found.items();
      total = found.total();
    }
    return latest;
  }

  /** The link to the portal browsing by this one value as well (a month spans from and to). */
  public String narrowedTo(String parameter, String value) {
    Map<String, String> parameters = new LinkedHashMap<>(browsing);
    if (parameter.equals("month")) {
      parameters.put("from", value);
      parameters.put("to", value);
    } else {
      parameters.put(parameter, value);
    }
    return ArchiveSearchView.link("", parameters);
  }

  /** The link to the portal without this part of the browsing. */
  public String without(String parameter) {
    Map<String, String> parameters = new LinkedHashMap<>(browsing);
    parameters.remove(parameter);
    return ArchiveSearchView.link("", parameters);
  }

  /** What the portal is narrowed by now, parameter → value as given. */
  public Map<String, String> getBrowsing() {
    return browsing;
  }

  public String getNextPage() {
    getLatest();
    return (long) (page + 1) * LATEST < total ? pageLink(page + 1) : null;
  }

  public String getPreviousPage() {
    return page > 0 ? pageLink(page - 1) : null;
  }

  private String pageLink(int target) {
    Map<String, String> parameters = new LinkedHashMap<>(browsing);
    parameters.put("page", Integer.toString(target));
    return ArchiveSearchView.link("", parameters);
  }

  /** The month a release was published in, as browsing links name it ({@code 2026-11}). */
  public String monthOf(ReleaseDetails release) {
    return java.time.YearMonth.from(
            release
                .publishedAt()
                .orElseThrow()
                .atZone(id.go.jogjaprov.warta.kernel.OfficeTime.ZONE))
        .toString();
  }

  /**
   * The browsing a link asks for: its filters by name, and its page (a page that is no number is
   * the first).
   */
  @PostConstruct
  void read() {
    Map<String, String> asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    for (String parameter : PublicReleaseFilter.PARAMETERS) {
      String value = asked.get(parameter);
      if (value != null && !value.isBlank()) {
        browsing.put(parameter, value);
      }
    }
    try {
      page =
          Math.min(
              Math.max(0, Integer.parseInt(asked.getOrDefault("page", "0"))), PageRequest.MAX_PAGE);
    } catch (NumberFormatException notANumber) {
      page = 0;
    }
  }
}
