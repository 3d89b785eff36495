package id.go.jogjaprov.warta.content.api;

import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Writing and reading releases. Every read answers only what the caller may see; an item they may
 * not see is reported as not found.
 */
public interface ReleaseService {

  ReleaseDetails create(ReleaseDraft draft);

  /** Revises an editable release; {@code expectedVersion} guards against overwriting newer work. */
  ReleaseDetails revise(ReleaseId id, ReleaseDraft draft, long expectedVersion);

  /**
   * Makes an earlier revision's text the newest revision of an editable release; refused when that
   * text is kept above the release's present level.
   */
  ReleaseDetails restore(ReleaseId id, int revision, long expectedVersion);

  ReleaseDetails get(ReleaseId id);

  /**
   * A body as it would be stored and shown to the public: sanitised HTML, or refused as a save
   * would refuse it. Stores nothing.
   */
  String preview(String body);

  /**
   * Reads a release for a person to look at. Opening classified material (Terbatas and above) is
   * recorded in the audit trail; use {@link #get} for reads the system makes on its own behalf.
   */
  ReleaseDetails open(ReleaseId id);

  /**
   * Shares a release with a named official outside its unit line, for a reason, until a time. Only
   * the owning unit's line may share, and only up to their clearance; the grantee still needs
   * clearance for the release's level.
   */
  void share(ReleaseId id, Username grantee, String reason, java.time.Instant until);

  /** Who opened this classified release, newest first; empty unless the caller is its author. */
  Page<ReleaseReading> readersOf(ReleaseId id, PageRequest page);

  /**
   * A page of the caller's visible releases that match the filter, newest change first, as list
   * summaries (no body); the total counts only releases the caller may see.
   */
  Page<ReleaseSummary> list(ReleaseFilter filter, PageRequest page);

  /** The same, in the order asked for (ties broken by id, so pages never overlap). */
  Page<ReleaseSummary> list(ReleaseFilter filter, ReleaseSort sort, PageRequest page);

  /** The caller's own releases that are still theirs to change. */
  Page<ReleaseSummary> myWork(PageRequest page);

  /** Whether the caller may revise this release now (the same rule {@link #revise} applies). */
  boolean mayRevise(ReleaseDetails release);

  /**
   * Whether the caller may write a correction of this release: it is published and they write (the
   * correction is a new release of theirs naming it in {@link ReleaseMetadata#corrects}).
   */
  boolean mayCorrect(ReleaseDetails release);

  /** Public releases narrowed by {@code filter}, newest first (ties by id: pages never overlap). */
  Page<ReleaseDetails> listPublic(PublicReleaseFilter filter, PageRequest page);

  /**
   * Public releases whose {@link ReleaseDetails#publicDatestamp} lies between {@code from} and
   * {@code until} (both included, either open), of {@code unit} and the units below it if given,
   * oldest first, ties by id: the order harvesters read them in, so that pages stay put while
   * releases are published.
   */
  Page<ReleaseDetails> listPublicSince(
      Optional<Instant> from, Optional<Instant> until, Optional<UnitPath> unit, PageRequest page);

  /** The units public releases belong to and every unit above them, in the order of their paths. */
  List<UnitPath> unitsWithPublicReleases();

  /** The earliest {@link ReleaseDetails#publicDatestamp} of a public release, if there is one. */
  Optional<Instant> earliestPublicDatestamp();

  /**
   * The public versions of a public release in other languages: its original and the original's
   * other translations, or its own translations; never the release itself.
   */
  List<ReleaseDetails> publicTranslations(ReleaseDetails release);

  /**
   * The public releases a public release is linked with as a correction: those correcting it, the
   * oldest first, and the one it corrects, if public; nothing else is named.
   */
  PublicCorrections publicCorrections(ReleaseDetails release);

  /** The public release at this permanent address; an address of anything else is absent. */
  Optional<ReleaseDetails> publicBySlug(String slug);

  /** The public releases among these, in no particular order; any other id is left out. */
  List<ReleaseDetails> publicReleases(java.util.Collection<ReleaseId> ids);

  /**
   * Releases published in each of the last {@code months} months (this one included), per unit,
   * counting only what the caller may see; oldest month first.
   */
  java.util.List<PublishedCount> publishedPerMonth(int months);
}
