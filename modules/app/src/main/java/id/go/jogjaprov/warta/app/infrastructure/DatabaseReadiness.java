package id.go.jogjaprov.warta.app.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers. */
@Readiness
@ApplicationScoped
class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = WartaDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var check = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      return check.status(connection.isValid(2)).build();
    } catch (SQLException e) {
      return check.down().withData("sqlState", String.valueOf(e.getSQLState())).build();
    }
  }
}
