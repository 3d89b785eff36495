package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.content.api.ContentApiMessages;
import id.go.jogjaprov.warta.content.api.PublicCorrections;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import id.go.jogjaprov.warta.content.api.ReleaseService;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;

/**
 * One public release at its permanent address ({@code /rilis/{slug}}), with what search engines and
 * link previews read: its canonical address, OpenGraph and Twitter card tags, and schema.org {@code
 * NewsArticle} data. Anything but a public release there is the same 404 as an address that never
 * was.
 */
@Named
@RequestScoped
public class PublicReleaseView {

  @Inject ReleaseService releases;

  @Inject PublicAddresses addresses;

  private String slug;
  private ReleaseDetails release;
  private List<Alternate> alternates;
  private PublicCorrections corrections;

  public void load() {
    release =
        releases
            .publicBySlug(slug == null ? "" : slug)
            .orElseThrow(() -> new ItemNotFoundException(ContentApiMessages.RELEASE_NOT_FOUND));
  }

  public ReleaseDetails getRelease() {
    return release;
  }

  /** The release in another language: its language's code, its address and its title. */
  public record Alternate(String language, String address, String title) {}

  /** This release's public versions in other languages ({@code hreflang} links and the page's). */
  public List<Alternate> getAlternates() {
    if (alternates == null) {
      alternates =
          releases.publicTranslations(release).stream()
              .map(
                  other ->
                      new Alternate(
                          languageCode(other),
                          addresses.release(other.slug().orElseThrow()),
                          other.title()))
              .toList();
    }
    return alternates;
  }

  /** The public release this one corrects and the public releases correcting it. */
  public PublicCorrections getCorrections() {
    if (corrections == null) {
      corrections = releases.publicCorrections(release);
    }
    return corrections;
  }

  /** The permanent address of another public release. */
  public String addressOf(ReleaseDetails other) {
    return addresses.release(other.slug().orElseThrow());
  }

  /** A release's language as pages name it ({@code id}, {@code en}). */
  public String languageCode(ReleaseDetails release) {
    return release.metadata().language().name().toLowerCase(Locale.ROOT);
  }

  /** The address this release is always found at, as the office publishes it. */
  public String getCanonical() {
    return addresses.release(slug);
  }

  /**
   * The release as schema.org {@code NewsArticle} JSON-LD, fit to stand inside a {@code script}
   * element: every {@code <} is written as {@code \u003c}, so no text of the release can end it.
   */
  public String getJsonLd() {
    JsonObjectBuilder organisation =
        Json.createObjectBuilder().add("@type", "GovernmentOrganization");
    JsonObjectBuilder article =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", "NewsArticle")
            .add("headline", release.title())
            .add("description", release.lead() == null ? "" : release.lead())
            .add("inLanguage", languageCode(release))
            .add("datePublished", release.publishedAt().orElseThrow().toString())
            .add("dateModified", release.updatedAt().toString())
            .add("mainEntityOfPage", getCanonical())
            .add("keywords", String.join(", ", release.metadata().tags()))
            .add("author", organisation.add("name", release.unit().name()))
            .add(
                "publisher",
                Json.createObjectBuilder()
                    .add("@type", "GovernmentOrganization")
                    .add("name", "Humas Pemda DIY"));
    return article.build().toString().replace("<", "\\u003c");
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
