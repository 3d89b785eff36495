package id.go.jogjaprov.warta.app.web;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import id.go.jogjaprov.warta.app.PublicContent;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseMetadata;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's feeds of public releases, the newest first, written by Rome: {@code
 * /feeds/releases.rss} and {@code .atom} for all of them, {@code /feeds/units/{unit path}.atom} (or
 * {@code .rss}) for a unit and the units below it, {@code /feeds/tags/{tag}.atom} (or {@code .rss})
 * for a tag. Each entry links to the release's permanent address. Cached as {@link PublicContent}
 * says.
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {

  static final int ENTRIES = 20;

  private static final Pattern ADDRESS =
      Pattern.compile("/(?:releases|(units|tags)/(.+))\\.(rss|atom)");

  @Inject ReleaseService releases;

  @Inject PublicAddresses addresses;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher address = ADDRESS.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
    Optional<PublicReleaseFilter> filter = address.matches() ? filter(address) : Optional.empty();
    if (filter.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    boolean atom = address.group(3).equals("atom");
    List<ReleaseDetails> latest =
        releases.listPublic(filter.get(), PageRequest.first(ENTRIES)).items();
    byte[] feed;
    try {
      StringWriter xml = new StringWriter();
      new SyndFeedOutput().output(feed(atom, title(address), request.getPathInfo(), latest), xml);
      feed = xml.toString().getBytes(StandardCharsets.UTF_8);
    } catch (FeedException e) {
      throw new IOException("The feed could not be written", e);
    }
    String tag = "\"" + PublicContent.tagOf(feed) + "\"";
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", PublicContent.CACHE_CONTROL);
    String held = request.getHeader("If-None-Match");
    if (held != null && held.contains(tag)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(
        (atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8");
    response.getOutputStream().write(feed);
  }

  /** What an address narrows to; empty for a unit or tag that cannot be one. */
  private static Optional<PublicReleaseFilter> filter(Matcher address) {
    String kind = address.group(1);
    if (kind == null) {
      return Optional.of(PublicReleaseFilter.NONE);
    }
    try {
      return Optional.of(
          kind.equals("units")
              ? new PublicReleaseFilter(
                  Optional.of(UnitPath.of("/" + address.group(2))),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty())
              : new PublicReleaseFilter(
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(ReleaseMetadata.tagSpelling(address.group(2))),
                  Optional.empty(),
                  Optional.empty()));
    } catch (InvalidInputException notAUnit) {
      return Optional.empty();
    }
  }

  private static String title(Matcher address) {
    // Feeds are read by machines in no particular language: the office's own.
    String all =
        ResourceBundle.getBundle(
                "id.go.jogjaprov.warta.app.web.messages", Locale.forLanguageTag("id"))
            .getString("portal.heading");
    if (address.group(1) == null) {
      return all;
    }
    String narrowed = address.group(2);
    return all
        + " — "
        + (address.group(1).equals("units") ? UnitPath.of("/" + narrowed).name() : "#" + narrowed);
  }

  private SyndFeed feed(boolean atom, String title, String path, List<ReleaseDetails> latest) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
    feed.setTitle(title);
    feed.setLink(addresses.portal());
    feed.setUri(addresses.of("feeds" + path));
    feed.setDescription(title);
    feed.setLanguage("id");
    feed.setPublishedDate(
        latest.isEmpty() ? new Date(0) : Date.from(latest.get(0).publishedAt().orElseThrow()));
    feed.setEntries(latest.stream().map(this::entry).toList());
    return feed;
  }

  private SyndEntry entry(ReleaseDetails release) {
    SyndEntry entry = new SyndEntryImpl();
    String address = addresses.release(release.slug().orElseThrow());
    entry.setTitle(release.title());
    entry.setLink(address);
    entry.setUri(address);
    entry.setAuthor(release.unit().name());
    entry.setPublishedDate(Date.from(release.publishedAt().orElseThrow()));
    entry.setUpdatedDate(Date.from(release.updatedAt()));
    SyndContent summary = new SyndContentImpl();
    summary.setType("text/plain");
    summary.setValue(release.lead() == null ? "" : release.lead());
    entry.setDescription(summary);
    SyndContent body = new SyndContentImpl();
    body.setType("text/html");
    body.setValue(release.body());
    entry.setContents(List.of(body));
    entry.setCategories(
        release.metadata().tags().stream()
            .map(
                tag -> {
                  SyndCategory category = new SyndCategoryImpl();
                  category.setName(tag);
                  return category;
                })
            .toList());
    return entry;
  }
}
