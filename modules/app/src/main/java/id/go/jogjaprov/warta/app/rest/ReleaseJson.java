package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ReleaseDetails;
import java.time.Instant;

/** A release on the wire. */
public record ReleaseJson(
    String id,
    String type,
    String title,
    String lead,
    String body,
    String classification,
    String informationCategory,
    ReleaseRequest.ConsequenceTestJson consequenceTest,
    String subjectCode,
    String retentionCode,
    ReleaseRequest.MetadataJson metadata,
    String slug,
    String number,
    String unit,
    String status,
    long version,
    int revision,
    String author,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt) {

  static ReleaseJson of(ReleaseDetails release) {
    return new ReleaseJson(
        release.id().toString(),
        release.type().name(),
        release.title(),
        release.lead(),
        release.body(),
        release.classification().name(),
        release.informationCategory().name(),
        release.consequenceTest().map(ReleaseRequest.ConsequenceTestJson::of).orElse(null),
        release.subjectCode(),
        release.retentionCode(),
        ReleaseRequest.MetadataJson.of(release.metadata()),
        release.slug().orElse(null),
        release.number().orElse(null),
        release.unit().value(),
        release.status().name(),
        release.version(),
        release.revision(),
        release.author().value(),
        release.createdAt(),
        release.updatedAt(),
        release.publishedAt().orElse(null));
  }
}
