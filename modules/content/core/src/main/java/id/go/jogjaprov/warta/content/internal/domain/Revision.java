package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One saved change of a release: its number, who wrote it and when. Part of the release (read with
 * it, under its rule); the four-eyes rule asks who wrote the revisions under review.
 */
@Embeddable
public class Revision {

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String author;

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  protected Revision() {}

  Revision(int number, Username author, Instant savedAt) {
    this.number = number;
    this.author = author.value();
    this.savedAt = savedAt.atOffset(ZoneOffset.UTC);
  }

  int number() {
    return number;
  }
}
