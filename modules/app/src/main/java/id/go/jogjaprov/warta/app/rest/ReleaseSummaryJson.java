package id.go.jogjaprov.warta.app.rest;

import id.go.jogjaprov.warta.content.api.ReleaseSummary;
import java.time.Instant;

/** A release in a list: no body, and a lead only for Biasa releases. */
public record ReleaseSummaryJson(
    String id,
    String type,
    String title,
    String lead,
    String classification,
    String unit,
    String status,
    String author,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt) {

  static ReleaseSummaryJson of(ReleaseSummary release) {
    return new ReleaseSummaryJson(
        release.id().toString(),
        release.type().name(),
        release.title(),
        release.lead().orElse(null),
        release.classification().name(),
        release.unit().value(),
        release.status().name(),
        release.author().value(),
        release.createdAt(),
        release.updatedAt(),
        release.publishedAt().orElse(null));
  }
}
