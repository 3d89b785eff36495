package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.access.internal.keycloak.ClearanceRequests;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    update("insert into access.clearance_request (id, official, requested_by, requested_at) values (?, ?, ?, ?)",
        request.id(), request.official().value(), request.requestedBy().value(), request.requestedAt().atOffset(ZoneOffset.UTC));
  }

  @Override
  public List<ClearanceRequest> pending() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "select id, official, requested_by, requested_at from access.clearance_request"
                + " where confirmed_by is null order by requested_at");
        ResultSet rows = select.executeQuery()) {
      List<ClearanceRequest> pending = new ArrayList<>();
      while (rows.next()) {
        pending.add(new ClearanceRequest(rows.getObject(1, UUID.class), new Username(rows.getString(2)),
            new Username(rows.getString(3)), rows.getObject(4, OffsetDateTime.class).toInstant()));
      }
      return pending;
    } catch (SQLException e) {
      throw new IllegalStateException("Clearance requests cannot be read", e);
    }
  }

  @Override
  public void confirm(UUID id, Username confirmedBy, Instant at) {
    int confirmed = update(
        "update access.clearance_request set confirmed_by = ?, confirmed_at = ? where id = ? and confirmed_by is null",
        confirmedBy.value(), at.atOffset(ZoneOffset.UTC), id);
    if (confirmed != 1) {
      throw new RuleViolationException("Permintaan izin ini sudah diputuskan.");
    }
  }

  @Override
  public void cancelFor(Username official) {
    update("delete from access.clearance_request where official = ? and confirmed_by is null", official.value());
  }

  private int update(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Clearance requests cannot be written", e);
    }
  }
}
