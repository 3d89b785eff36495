package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.internal.audit.AuditLog;
import id.go.jogjaprov.warta.access.api.SealedAuditEntry;

import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.SealedAuditEntry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The audit trail in PostgreSQL, through plain JDBC on the application's JTA data source: entries
 * hold no protected text, and an append must happen inside the caller's transaction.
 */
@ApplicationScoped
class JdbcAuditLog implements AuditLog {

  /** Any constant: the key of the transaction-scoped advisory lock that serialises appenders. */
  private static final long APPEND_LOCK = 0x5741525441L;

  private static final String COLUMNS =
      "sequence, occurred_at, actor, origin, action, item_kind, item_id, level, detail, previous_hash, entry_hash";

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  @Override
  public Optional<SealedAuditEntry> lockAndReadLast() {
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
        lock.setLong(1, APPEND_LOCK);
        lock.execute();
      }
      try (PreparedStatement last =
              connection.prepareStatement("select " + COLUMNS + " from access.audit_entry order by sequence desc limit 1");
          ResultSet row = last.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The audit trail cannot be read", e);
    }
  }

  @Override
  public void append(SealedAuditEntry entry) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into access.audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, entry.sequence());
      insert.setObject(2, entry.at().atOffset(ZoneOffset.UTC));
      insert.setString(3, entry.actor());
      insert.setString(4, entry.origin());
      insert.setString(5, entry.action());
      insert.setString(6, entry.itemKind());
      insert.setString(7, entry.itemId());
      insert.setInt(8, entry.level());
      insert.setString(9, entry.detail());
      insert.setString(10, entry.previousHash());
      insert.setString(11, entry.entryHash());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("The audit entry could not be written", e);
    }
  }

  @Override
  public List<SealedAuditEntry> search(AuditQuery query) {
    StringBuilder sql = new StringBuilder("select " + COLUMNS + " from access.audit_entry where true");
    List<Object> parameters = new ArrayList<>();
    query.actor().ifPresent(actor -> add(sql, " and actor = ?", parameters, actor));
    query.action().ifPresent(action -> add(sql, " and action = ?", parameters, action.name()));
    query.itemId().ifPresent(item -> add(sql, " and item_id = ?", parameters, item));
    query.from().ifPresent(from -> add(sql, " and occurred_at >= ?", parameters, from.atOffset(ZoneOffset.UTC)));
    query.to().ifPresent(to -> add(sql, " and occurred_at < ?", parameters, to.atOffset(ZoneOffset.UTC)));
    sql.append(" order by sequence desc limit ").append(query.limit());
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < parameters.size(); i++) {
        select.setObject(i + 1, parameters.get(i));
      }
      List<SealedAuditEntry> entries = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(read(rows));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw new IllegalStateException("The audit trail cannot be searched", e);
    }
  }

  @Override
  public void walk(Consumer<SealedAuditEntry> visitor) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select " + COLUMNS + " from access.audit_entry order by sequence")) {
      select.setFetchSize(1000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          visitor.accept(read(rows));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The audit trail cannot be verified", e);
    }
  }

  private static void add(StringBuilder sql, String condition, List<Object> parameters, Object value) {
    sql.append(condition);
    parameters.add(value);
  }

  private static SealedAuditEntry read(ResultSet row) throws SQLException {
    return new SealedAuditEntry(
        row.getLong("sequence"),
        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        row.getString("actor"),
        row.getString("origin"),
        row.getString("action"),
        row.getString("item_kind"),
        row.getString("item_id"),
        row.getInt("level"),
        row.getString("detail"),
        row.getString("previous_hash"),
        row.getString("entry_hash"));
  }
}
