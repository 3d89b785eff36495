package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.access.internal.grant.GrantLog;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
class JdbcGrantLog implements GrantLog {

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  @Override
  public void add(ItemGrant grant, String reason, Username grantedBy, Instant at) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into access.item_grant (id, item_kind, item_id, grantee, granted_by, reason, level,"
                    + " granted_at, valid_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, grant.itemKind());
      insert.setObject(3, grant.itemId());
      insert.setString(4, grant.grantee().value());
      insert.setString(5, grantedBy.value());
      insert.setString(6, reason);
      insert.setInt(7, grant.level().level());
      insert.setObject(8, at.atOffset(ZoneOffset.UTC));
      insert.setObject(9, grant.until().atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The grant could not be stored", e);
    }
  }
}
