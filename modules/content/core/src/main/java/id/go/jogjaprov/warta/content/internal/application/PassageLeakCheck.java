package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Duty;
import id.go.jogjaprov.warta.content.api.LeakCheck;
import id.go.jogjaprov.warta.content.api.Overlap;
import id.go.jogjaprov.warta.content.api.ReleaseId;
import id.go.jogjaprov.warta.content.internal.domain.ClassifiedMaterial;
import id.go.jogjaprov.warta.content.internal.domain.Passages;
import id.go.jogjaprov.warta.content.internal.domain.Release;
import id.go.jogjaprov.warta.content.internal.domain.ReleaseRepository;
import id.go.jogjaprov.warta.content.internal.domain.RichText;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Compares each passage of the release with the classified releases of its unit line, as a duty
 * that reads that line at every level (in a transaction of its own, so with the duty's scope), then
 * names the classified side only where the official asking can read it in their own transaction.
 */
@ApplicationScoped
class PassageLeakCheck implements LeakCheck {

  static final Duty CHECKER =
      new Duty(
          new Username("warta (pemeriksa kebocoran)"),
          "leak-check",
          "membandingkan rilis yang akan terbit dengan bahan berklasifikasi unitnya");

  @Inject ReleaseRepository releases;
  @Inject ClassifiedMaterial material;
  @Inject Duties duties;

  /** Itself through its proxy, so that the comparison runs in a transaction of its own. */
  @Inject PassageLeakCheck self;

  /** How similar (0 to 1, pg_trgm word similarity) a passage must be to block publication. */
  @Inject
  @ConfigProperty(name = "warta.leak-check.threshold", defaultValue = "0.7")
  double threshold;

  @Override
  @Transactional
  public List<Overlap> overlapsOf(ReleaseId id) {
    Release release = releases.require(id);
    var details = release.details();
    if (details.classification() != Classification.BIASA) {
      // Classified releases never go public: there is nothing for them to leak to.
      return List.of();
    }
    String text =
        details.title()
            + "\n"
            + (details.lead() == null ? "" : details.lead())
            + "\n"
            + RichText.plainText(details.body());
    List<Overlap> found =
        duties.perform(
            CHECKER.within(details.unit().withUnitsAbove()),
            () -> self.compare(id, Passages.of(text), details.unit().withUnitsAbove()));
    return found.stream()
        .map(
            overlap ->
                releases.find(overlap.source().orElseThrow()).isPresent()
                    ? overlap
                    : overlap.withheld())
        .sorted(Comparator.comparingInt(Overlap::similarityPercent).reversed())
        .toList();
  }

  /** As the checker: every passage against the line's classified releases, the closest each. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  List<Overlap> compare(ReleaseId id, List<String> passages, List<UnitPath> line) {
    return passages.stream()
        .flatMap(
            passage ->
                material.resembling(passage, Set.copyOf(line), id, threshold).stream()
                    .map(
                        match ->
                            new Overlap(
                                passage,
                                (int) Math.round(match.similarity() * 100),
                                match.level(),
                                match.unit(),
                                Optional.of(match.id()),
                                Optional.of(match.title()),
                                Optional.of(Passages.closestIn(match.plainText(), passage)))))
        .toList();
  }
}
