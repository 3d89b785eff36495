package id.go.jogjaprov.warta.archives.internal.domain;

import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.archives.api.SavedSearch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/** A saved archive search as kept: its parameters as a link's query string. Its owner's only. */
@Entity
@Table(name = "saved_search", schema = "archives")
@AdditionalCriteria(ReadCriteria.OWN_OR_COUNTERPART)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class SavedSearchEntry {

  @Id private UUID id;

  @Column(name = "owner_account", nullable = false, updatable = false)
  private String ownerAccount;

  /** The owner again: nobody else takes part in a saved search. */
  @Column(name = "counterpart_account", nullable = false, updatable = false)
  private String counterpartAccount;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(nullable = false)
  private String parameters;

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  protected SavedSearchEntry() {}

  public SavedSearchEntry(String owner, String name, Map<String, String> parameters, Instant at) {
    this.id = UUID.randomUUID();
    this.ownerAccount = owner;
    this.counterpartAccount = owner;
    this.name = name;
    replace(parameters, at);
  }

  /** The same name, another search. */
  public void replace(Map<String, String> parameters, Instant at) {
    this.parameters = queryString(parameters);
    this.savedAt = at.atOffset(ZoneOffset.UTC);
  }

  /** The parameters as a link's query string, as kept. */
  public static String queryString(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public SavedSearch saved() {
    Map<String, String> asked = new LinkedHashMap<>();
    for (String pair : parameters.split("&")) {
      int equals = pair.indexOf('=');
      asked.put(
          pair.substring(0, equals),
          URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return new SavedSearch(id, name, asked, savedAt.toInstant());
  }
}
