package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.internal.keycloak.ClearanceLedger;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The ledger in PostgreSQL. Every write decides with the database which node acts first, so that
 * nodes comparing at the same time record one alert, not one each.
 */
@ApplicationScoped
class JdbcClearanceLedger implements ClearanceLedger {

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  @Override
  public boolean takeBaseline(Map<Username, Integer> clearances, Instant at) {
    if (Jdbc.update(dataSource, "insert into access.clearance_baseline (id, taken_at) values (1, ?) on conflict do nothing",
        at.atOffset(ZoneOffset.UTC)) != 1) {
      return false;
    }
    clearances.forEach((official, level) -> granted(official, level, at));
    return true;
  }

  @Override
  public void granted(Username official, int level, Instant at) {
    Jdbc.update(dataSource,
        "insert into access.clearance_ledger (username, granted_level, alerted_level, updated_at) values (?, ?, null, ?)"
            + " on conflict (username) do update set granted_level = excluded.granted_level, alerted_level = null,"
            + " updated_at = excluded.updated_at",
        official.value(), level, at.atOffset(ZoneOffset.UTC));
  }

  @Override
  public int grantedLevel(Username official) {
    return Jdbc.query(dataSource, "select granted_level from access.clearance_ledger where username = ?",
        List.of(official.value()), rows -> rows.next() ? rows.getInt(1) : 0);
  }

  @Override
  public boolean alertOnce(Username official, int level, Instant at) {
    return Jdbc.update(dataSource,
        "insert into access.clearance_ledger (username, granted_level, alerted_level, updated_at) values (?, 0, ?, ?)"
            + " on conflict (username) do update set alerted_level = excluded.alerted_level, updated_at = excluded.updated_at"
            + " where clearance_ledger.alerted_level is distinct from excluded.alerted_level",
        official.value(), level, at.atOffset(ZoneOffset.UTC)) == 1;
  }
}
