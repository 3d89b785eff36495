package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.internal.keycloak.Accounts.Account;
import id.go.jogjaprov.warta.access.internal.keycloak.ClearanceLedger;
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

  /** Any constant: the key of the transaction-scoped advisory lock that guards the ledger. */
  private static final long LEDGER_LOCK = 0x4C45444745L;

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  @Override
  public void lock() {
    Jdbc.query(
        dataSource, "select pg_advisory_xact_lock(?)", List.of(LEDGER_LOCK), rows -> rows.next());
  }

  @Override
  public boolean takeBaseline(Map<Account, Integer> clearances, Instant at) {
    if (Jdbc.update(
            dataSource,
            "insert into access.clearance_baseline (id, taken_at) values (1, ?) on conflict do nothing",
            at.atOffset(ZoneOffset.UTC))
        != 1) {
      return false;
    }
    clearances.forEach((official, level) -> granted(official, level, at));
    return true;
  }

  @Override
  public void granted(Account official, int level, Instant at) {
    Jdbc.update(
        dataSource,
        "insert into access.clearance_ledger (account, username, granted_level, alerted_level, updated_at)"
            + " values (?, ?, ?, null, ?) on conflict (account) do update set username = excluded.username,"
            + " granted_level = excluded.granted_level, alerted_level = null, updated_at = excluded.updated_at",
        official.id().value(),
        official.username().value(),
        level,
        at.atOffset(ZoneOffset.UTC));
  }

  @Override
  public int grantedLevel(Account official) {
    return Jdbc.query(
        dataSource,
        "select granted_level from access.clearance_ledger where account = ?",
        List.of(official.id().value()),
        rows -> rows.next() ? rows.getInt(1) : 0);
  }

  @Override
  public boolean alertOnce(Account official, int level, Instant at) {
    return Jdbc.update(
            dataSource,
            "insert into access.clearance_ledger (account, username, granted_level, alerted_level, updated_at)"
                + " values (?, ?, 0, ?, ?) on conflict (account) do update set alerted_level = excluded.alerted_level,"
                + " updated_at = excluded.updated_at where clearance_ledger.alerted_level is distinct from excluded.alerted_level",
            official.id().value(),
            official.username().value(),
            level,
            at.atOffset(ZoneOffset.UTC))
        == 1;
  }
}
