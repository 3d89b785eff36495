package id.go.jogjaprov.warta.access.internal.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The few lines every plain-JDBC store of the access module repeats: bind, run, map, wrap failures.
 */
final class Jdbc {

  /** Maps a result set; may throw what JDBC throws. */
  @FunctionalInterface
  interface Rows<T> {
    T map(ResultSet rows) throws SQLException;
  }

  private Jdbc() {}

  static int update(DataSource dataSource, String sql, Object... parameters) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, List.of(parameters));
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Access data could not be written", e);
    }
  }

  static <T> T query(DataSource dataSource, String sql, List<?> parameters, Rows<T> mapper) {
    try (Connection db = dataSource.getConnection()) {
      return query(db, sql, parameters, mapper);
    } catch (SQLException e) {
      throw new IllegalStateException("Access data could not be read", e);
    }
  }

  static <T> T query(Connection db, String sql, List<?> parameters, Rows<T> mapper)
      throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.setFetchSize(1000);
      try (ResultSet rows = statement.executeQuery()) {
        return mapper.map(rows);
      }
    }
  }

  private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
