package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.api.ContentApiMessages;
import id.go.jogjaprov.warta.content.api.PublicReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseFilter;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.api.ReleaseSort;
import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Releases the caller may see; anything else is absent, from items and totals alike. */
public interface ReleaseRepository {

  Optional<Release> find(ReleaseId id);

  /** The release, or not found: one the caller may not see answers like one that does not exist. */
  default Release require(ReleaseId id) {
    return find(id)
        .orElseThrow(() -> new ItemNotFoundException(ContentApiMessages.RELEASE_NOT_FOUND));
  }

  Page<ReleaseSummary> list(ReleaseFilter filter, ReleaseSort sort, PageRequest page);

  /** Public releases narrowed by the filter, newest first, ties by id. */
  Page<Release> listPublic(PublicReleaseFilter filter, PageRequest page);

  Optional<Release> publicBySlug(String slug);

  /** The public releases among these ids. */
  List<Release> publicReleases(java.util.Collection<ReleaseId> ids);

  /** See {@link id.go.jogjaprov.warta.content.api.ReleaseService#listPublicSince}. */
  Page<Release> listPublicSince(
      Optional<Instant> from, Optional<Instant> until, Optional<UnitPath> unit, PageRequest page);

  /** The distinct units of public releases. */
  List<UnitPath> unitsOfPublicReleases();

  Optional<Instant> earliestPublicDatestamp();

  /** Public releases that are {@code original} or translate it, but for {@code except}. */
  List<Release> publicTranslationsOf(ReleaseId original, ReleaseId except);

  /** The public releases correcting this one, the earliest published first. */
  List<Release> publicCorrectionsOf(ReleaseId corrected);

  /** When each release the caller may see was published since {@code since}, and by which unit. */
  List<Map.Entry<UnitPath, Instant>> publishedSince(Instant since);

  /**
   * Stores a new or changed release with the texts it saved, now, so that the version the caller
   * gets back is the stored one and a concurrent change fails here, inside the service, rather than
   * at commit.
   */
  void store(Release release);
}
