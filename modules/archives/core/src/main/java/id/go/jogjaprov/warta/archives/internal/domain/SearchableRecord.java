package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.content.api.Language;
import id.go.jogjaprov.warta.content.api.ReleaseType;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the search index keeps of a record: its words, what the read rule and facets need, when it
 * was archived (for paging as of a moment) and where it came from (the portal searches the records
 * of its own releases).
 */
public record SearchableRecord(
    UUID id,
    String title,
    String lead,
    String body,
    ReleaseType type,
    Classification classification,
    UnitPath unit,
    List<String> tags,
    Language language,
    boolean publiclyReadable,
    Instant publishedAt,
    Instant archivedAt,
    RecordOrigin origin) {

  /** The words searched besides the title and cut into snippets: the lead, then the body. */
  public String text() {
    return textOf(lead, body);
  }

  static String textOf(String lead, String body) {
    return lead == null ? body : lead + "\n" + body;
  }
}
