package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.access.internal.keycloak.ClearanceRequests;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
class JdbcClearanceRequests implements ClearanceRequests {

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  @Override
  public void add(ClearanceRequest request) {
    Jdbc.update(dataSource,
        "insert into access.clearance_request (id, official, requested_by, requested_at) values (?, ?, ?, ?)",
        request.id(), request.official().value(), request.requestedBy().value(),
        request.requestedAt().atOffset(ZoneOffset.UTC));
  }

  @Override
  public List<ClearanceRequest> pending() {
    return Jdbc.query(dataSource,
        "select id, official, requested_by, requested_at from access.clearance_request"
            + " where confirmed_by is null order by requested_at",
        List.of(), rows -> {
          List<ClearanceRequest> pending = new ArrayList<>();
          while (rows.next()) {
            pending.add(new ClearanceRequest(rows.getObject(1, UUID.class), new Username(rows.getString(2)),
                new Username(rows.getString(3)), rows.getObject(4, OffsetDateTime.class).toInstant()));
          }
          return pending;
        });
  }

  @Override
  public void confirm(UUID id, Username confirmedBy, Instant at) {
    int confirmed = Jdbc.update(dataSource,
        "update access.clearance_request set confirmed_by = ?, confirmed_at = ? where id = ? and confirmed_by is null",
        confirmedBy.value(), at.atOffset(ZoneOffset.UTC), id);
    if (confirmed != 1) {
      throw new RuleViolationException("Permintaan izin ini sudah diputuskan.");
    }
  }

  @Override
  public void cancelFor(Username official) {
    Jdbc.update(dataSource, "delete from access.clearance_request where official = ? and confirmed_by is null",
        official.value());
  }
}
