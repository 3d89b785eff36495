package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import java.time.Instant;

/** A published release as citizens see it: the text and its source, no internal bookkeeping. */
public record PublicReleaseJson(
    String id,
    String type,
    String title,
    String lead,
    String body,
    String unit,
    Instant publishedAt) {

  static PublicReleaseJson of(ReleaseDetails release) {
    return new PublicReleaseJson(
        release.id().toString(),
        release.type().name(),
        release.title(),
        release.lead(),
        release.body(),
        release.unit().name(),
        release.publishedAt().orElse(null));
  }
}
