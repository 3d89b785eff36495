package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ContactPerson;
import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import java.time.Instant;
import java.util.List;

/**
 * A published release as citizens and open-data users see it: the text, its source and permanent
 * address, its tags and language, and whom to ask; no internal bookkeeping.
 */
public record PublicReleaseJson(
    String id,
    String slug,
    String number,
    String type,
    String title,
    String lead,
    String body,
    String unit,
    String unitPath,
    List<String> tags,
    String language,
    ContactPerson contact,
    Instant publishedAt,
    Instant updatedAt) {

  static PublicReleaseJson of(ReleaseDetails release) {
    return new PublicReleaseJson(
        release.id().toString(),
        release.slug().orElse(null),
        release.number().orElse(null),
        release.type().name(),
        release.title(),
        release.lead(),
        release.body(),
        release.unit().name(),
        release.unit().value(),
        release.metadata().tags(),
        release.metadata().language().name(),
        release.metadata().contact().orElse(null),
        release.publishedAt().orElse(null),
        release.updatedAt());
  }
}
