package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.archives.api.ArchiveQuery;
import id.go.jogjaprov.warta.archives.api.ArchiveSearch;
import id.go.jogjaprov.warta.archives.api.ArchiveSearchResult;
import id.go.jogjaprov.warta.content.api.AttachmentService;
import id.go.jogjaprov.warta.content.api.AttachmentSummary;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
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
import java.util.UUID;

/**
 * The citizens' front page: what the office has published, newest first, a page at a time, browsed
 * by unit (with the units below it), type, tag and month through plain links ({@code
 * ?unit=…&tag=…&from=2026-11&to=2026-11&page=1}); and searched ({@code ?q=…}, with the same
 * browsing) through the archives' engine over public releases only, the best match first.
 */
@Named
@RequestScoped
public class PublicPortalView {

  static final int LATEST = 20;

  @Inject ReleaseService releases;
  @Inject ArchiveSearch archive;
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
  private String words = "";
  private int page;
  private long total;
  private ArchiveSearchResult searched;
  private List<FoundRelease> found;
  private String problem;

  /** A public release a search found, with the passage that matched ({@code «word»}). */
  public record FoundRelease(ReleaseDetails release, String snippet) {}

  /**
   * On opening the portal, before it renders: words or a filter that cannot be asked are named on
   * the page, which answers 400 and lists nothing.
   */
  public void check() {
    try {
      if (isSearching()) {
        query();
      } else {
        filter();
      }
    } catch (InvalidInputException refused) {
      problem = refused.message(PageMessages.locale());
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** What was asked that cannot be, in the reader's language; {@code null} when all is well. */
  public String getProblem() {
    return problem;
  }

  private PublicReleaseFilter filter() {
    return PublicReleaseFilter.parse(browsing);
  }

  private ArchiveQuery query() {
    return ArchiveQuery.parse(linked()::get, new PageRequest(page, LATEST));
  }

  /** The releases of this page under the browsing asked. */
  public List<ReleaseDetails> getLatest() {
    if (problem != null) {
      return List.of();
    }
    if (latest == null) {
      Page<ReleaseDetails> listed = releases.listPublic(filter(), new PageRequest(page, LATEST));
      latest = listed.items();
      total = listed.total();
    }
    return latest;
  }

  /**
   * The public releases this page of the search found, the best match first. A hit whose release
   * content does not hold public (any more) is left out: the portal shows what both say is public.
   */
  public List<FoundRelease> getFound() {
    if (problem != null) {
      return List.of();
    }
    if (found == null) {
      searched = archive.searchPortal(query());
      Map<UUID, ReleaseDetails> shown = new HashMap<>();
      releases
          .publicReleases(
              searched.hits().stream().map(hit -> new ReleaseId(hit.releaseId())).toList())
          .forEach(release -> shown.put(release.id().value(), release));
      found =
          searched.hits().stream()
              .filter(hit -> shown.containsKey(hit.releaseId()))
              .map(hit -> new FoundRelease(shown.get(hit.releaseId()), hit.snippet()))
              .toList();
      total = searched.total();
    }
    return found;
  }

  /** What the search found in all, and whether that is an estimate (shown as ≈). */
  public ArchiveSearchResult getSearched() {
    getFound();
    return searched;
  }

  /** The snippet as safe HTML, the matched words marked. */
  public String highlighted(String snippet) {
    return Snippets.html(snippet);
  }

  /** The words searched for; blank when the portal lists rather than searches. */
  public String getWords() {
    return words;
  }

  public boolean isSearching() {
    return !words.isEmpty();
  }

  /** The parameters of this page's link but its page: the words, then the browsing. */
  private Map<String, String> linked() {
    Map<String, String> parameters = new LinkedHashMap<>();
    if (isSearching()) {
      parameters.put("q", words);
    }
    parameters.putAll(browsing);
    return parameters;
  }

  /** The link to the portal browsing by this one value as well (a month spans from and to). */
  public String narrowedTo(String parameter, String value) {
    Map<String, String> parameters = linked();
    if (parameter.equals("month")) {
      parameters.put("from", value);
      parameters.put("to", value);
    } else {
      parameters.put(parameter, value);
    }
    return QueryLinks.of("", parameters);
  }

  /** The link to the portal without this part of the browsing (or without the words searched). */
  public String without(String parameter) {
    Map<String, String> parameters = linked();
    parameters.remove(parameter);
    return QueryLinks.of("", parameters);
  }

  /** What the portal is narrowed by now, parameter → value as given. */
  public Map<String, String> getBrowsing() {
    return browsing;
  }

  public String getNextPage() {
    if (isSearching()) {
      getFound();
    } else {
      getLatest();
    }
    return (long) (page + 1) * LATEST < total ? pageLink(page + 1) : null;
  }

  public String getPreviousPage() {
    return page > 0 ? pageLink(page - 1) : null;
  }

  private String pageLink(int target) {
    Map<String, String> parameters = linked();
    parameters.put("page", Integer.toString(target));
    return QueryLinks.of("", parameters);
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
   * The browsing a link asks for: its words, its filters by name, and its page (a page that is no
   * number is the first).
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
    words = asked.getOrDefault("q", "").strip();
    try {
      page =
          Math.min(
              Math.max(0, Integer.parseInt(asked.getOrDefault("page", "0"))), PageRequest.MAX_PAGE);
    } catch (NumberFormatException notANumber) {
      page = 0;
    }
  }
}
