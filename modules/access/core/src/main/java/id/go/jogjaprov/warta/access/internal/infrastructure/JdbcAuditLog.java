package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.AnchoredHead;
import id.go.jogjaprov.warta.access.api.AuditChain;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditRecord;
import id.go.jogjaprov.warta.access.api.AuditSeal;
import id.go.jogjaprov.warta.access.internal.audit.AuditLog;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
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
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The audit trail in PostgreSQL, through plain JDBC on the application's data source: entries hold
 * no protected text. Records are written inside the caller's transaction; seals in rounds of their
 * own (see {@link #sealCommitted}).
 */
@ApplicationScoped
class JdbcAuditLog implements AuditLog {

  /** Any constant: the key of the advisory lock that lets one sealer in at a time, cluster-wide. */
  private static final long SEALER_LOCK = 0x5741525441L;

  private static final String RECORD_COLUMNS =
      "r.id, r.occurred_at, r.actor, r.origin, r.action, r.item_kind, r.item_id, r.level, r.detail";

  private static final String ENTRY_SELECT =
      "select "
          + RECORD_COLUMNS
          + ", s.position, greatest(r.level, coalesce(l.level, 0)) as visible_level"
          + " from access.audit_record r"
          + " left join access.audit_seal s on s.record_id = r.id"
          + " left join access.item_level l on l.item_kind = r.item_kind and l.item_id = r.item_id";

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  /**
   * The events travel as one array per column, so a page's twenty entries cost one round trip; the
   * database stamps the time and the transaction (trigger audit_record_stamped).
   */
  @Override
  public void append(String actor, String origin, List<AuditEvent> events) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into access.audit_record (occurred_at, actor, origin, action, item_kind, item_id, level, detail)"
                    + " select clock_timestamp(), ?, ?, e.action, e.item_kind, e.item_id, e.level, e.detail"
                    + " from unnest(?::text[], ?::text[], ?::text[], ?::int[], ?::text[])"
                    + " with ordinality as e(action, item_kind, item_id, level, detail, n)"
                    + " order by e.n")) {
      insert.setString(1, actor);
      insert.setString(2, origin);
      insert.setArray(3, column(db, "text", events, event -> event.action().name()));
      insert.setArray(4, column(db, "text", events, AuditEvent::itemKind));
      insert.setArray(5, column(db, "text", events, AuditEvent::itemId));
      insert.setArray(6, column(db, "int4", events, event -> event.level().level()));
      insert.setArray(7, column(db, "text", events, AuditEvent::detail));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Access data could not be written", e);
    }
  }

  private static java.sql.Array column(
      Connection db, String type, List<AuditEvent> events, Function<AuditEvent, Object> value)
      throws SQLException {
    return db.createArrayOf(type, events.stream().map(value).toArray());
  }

  @Override
  public Page<StoredEntry> search(AuditQuery query, PageRequest page) {
    StringBuilder where = new StringBuilder(" where true");
    List<Object> parameters = new ArrayList<>();
    query.actor().ifPresent(actor -> add(where, " and r.actor = ?", parameters, actor.value()));
    query.action().ifPresent(action -> add(where, " and r.action = ?", parameters, action.name()));
    query.itemId().ifPresent(item -> add(where, " and r.item_id = ?", parameters, item));
    query
        .from()
        .ifPresent(
            from ->
                add(where, " and r.occurred_at >= ?", parameters, from.atOffset(ZoneOffset.UTC)));
    query
        .to()
        .ifPresent(
            to -> add(where, " and r.occurred_at < ?", parameters, to.atOffset(ZoneOffset.UTC)));
    query.beforeId().ifPresent(id -> add(where, " and r.id < ?", parameters, id));
    return page(where.toString(), parameters, page);
  }

  @Override
  public Page<StoredEntry> readsOf(String itemKind, String itemId, PageRequest page) {
    return page(
        " where r.item_id = ? and r.item_kind = ? and r.action = 'READ'",
        List.of(itemId, itemKind),
        page);
  }

  private Page<StoredEntry> page(String where, List<Object> parameters, PageRequest page) {
    long total =
        Jdbc.query(
            dataSource,
            "select count(*) from access.audit_record r" + where,
            parameters,
            rows -> rows.next() ? rows.getLong(1) : 0L);
    List<Object> paged = new ArrayList<>(parameters);
    paged.add(page.size());
    paged.add(page.offset());
    List<StoredEntry> entries =
        Jdbc.query(
            dataSource,
            ENTRY_SELECT + where + " order by r.id desc limit ? offset ?",
            paged,
            rows -> {
              List<StoredEntry> found = new ArrayList<>();
              while (rows.next()) {
                long position = rows.getLong("position");
                found.add(
                    new StoredEntry(
                        record(rows),
                        rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(position),
                        Classification.ofLevel(rows.getInt("visible_level"))));
              }
              return found;
            });
    return new Page<>(entries, total, page);
  }

  /**
   * One round: under a session-wide advisory lock (so one node seals at a time), a repeatable-read
   * transaction takes its snapshot, reads the head, and seals the committed records nobody sealed
   * yet, oldest first. Only records of transactions at or after the last round's watermark (the
   * oldest transaction still running anywhere on the server when it looked) can be unsealed, so a
   * round reads the records of recent transactions, not the whole trail. When a round seals
   * everything it saw, the watermark moves up to its own; a long transaction elsewhere on the
   * server holds it back, and rounds read more until it ends.
   */
  @Override
  public Optional<SealingRound> sealCommitted(AuditChain chain, int batch) {
    try (Connection db = dataSource.getConnection()) {
      db.setAutoCommit(true);
      if (!Jdbc.query(
          db,
          "select pg_try_advisory_lock(?)",
          List.of(SEALER_LOCK),
          rows -> rows.next() && rows.getBoolean(1))) {
        return Optional.empty();
      }
      try {
        return Optional.of(sealUnderLock(db, chain, batch));
      } finally {
        releaseLock(db);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The audit trail could not be sealed", e);
    }
  }

  /**
   * Rolls back what is open and gives the lock up; a session that may still hold it is not pooled
   * again.
   */
  private static void releaseLock(Connection db) throws SQLException {
    try {
      if (!db.getAutoCommit()) {
        db.rollback();
      }
      db.setAutoCommit(true);
      db.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      Jdbc.query(db, "select pg_advisory_unlock(?)", List.of(SEALER_LOCK), rows -> rows.next());
    } catch (SQLException e) {
      db.abort(Runnable::run);
      throw e;
    }
  }

  private SealingRound sealUnderLock(Connection db, AuditChain chain, int batch)
      throws SQLException {
    db.setAutoCommit(false);
    db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    String snapshotXmin =
        Jdbc.query(
            db,
            "select pg_snapshot_xmin(pg_current_snapshot())::text",
            List.of(),
            rows -> rows.next() ? rows.getString(1) : "0");
    record Head(long position, String seal, String watermark) {}
    Head head =
        Jdbc.query(
            db,
            "select position, seal, watermark::text from access.audit_seal order by position desc limit 1",
            List.of(),
            rows ->
                rows.next()
                    ? new Head(rows.getLong(1), rows.getString(2), rows.getString(3))
                    : new Head(0, AuditChain.GENESIS, "0"));
    List<AuditRecord> unsealed =
        Jdbc.query(
            db,
            "select "
                + RECORD_COLUMNS
                + " from access.audit_record r where r.txid >= ?::xid8"
                + " and not exists (select 1 from access.audit_seal s where s.record_id = r.id) order by r.id limit ?",
            List.of(head.watermark(), batch + 1),
            rows -> {
              List<AuditRecord> found = new ArrayList<>();
              while (rows.next()) {
                found.add(record(rows));
              }
              return found;
            });
    if (unsealed.isEmpty()) {
      return new SealingRound(0, Optional.empty());
    }
    boolean sawAll = unsealed.size() <= batch;
    String watermark = sawAll ? snapshotXmin : head.watermark();
    Instant now = Instant.now();
    long position = head.position();
    String previous = head.seal();
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into access.audit_seal (position, record_id, previous_seal, seal, key_id, sealed_at, watermark)"
                + " values (?, ?, ?, ?, ?, ?, ?::xid8)")) {
      for (AuditRecord record : unsealed.subList(0, Math.min(batch, unsealed.size()))) {
        position++;
        String seal = chain.seal(previous, position, record);
        insert.setLong(1, position);
        insert.setLong(2, record.id());
        insert.setString(3, previous);
        insert.setString(4, seal);
        insert.setString(5, chain.keyId());
        insert.setObject(6, now.atOffset(ZoneOffset.UTC));
        insert.setString(7, watermark);
        insert.addBatch();
        previous = seal;
      }
      insert.executeBatch();
    }
    db.commit();
    return new SealingRound(
        (int) (position - head.position()), Optional.of(new AnchoredHead(position, previous, now)));
  }

  @Override
  public void walkChain(BiConsumer<AuditSeal, AuditRecord> visitor) {
    Jdbc.query(
        dataSource,
        "select s.position, s.record_id, s.previous_seal, s.seal, s.key_id, "
            + RECORD_COLUMNS
            + " from access.audit_seal s join access.audit_record r on r.id = s.record_id order by s.position",
        List.of(),
        rows -> {
          while (rows.next()) {
            visitor.accept(
                new AuditSeal(
                    rows.getLong("position"),
                    rows.getLong("record_id"),
                    rows.getString("previous_seal"),
                    rows.getString("seal"),
                    rows.getString("key_id")),
                record(rows));
          }
          return null;
        });
  }

  @Override
  public OptionalLong unsealedSince(Instant before) {
    return Jdbc.query(
        dataSource,
        "select min(r.id) from access.audit_record r where not exists"
            + " (select 1 from access.audit_seal s where s.record_id = r.id)"
            + " and (r.occurred_at < ? or r.txid < (select watermark from access.audit_seal order by position desc limit 1))",
        List.of(before.atOffset(ZoneOffset.UTC)),
        rows -> {
          rows.next();
          long id = rows.getLong(1);
          return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(id);
        });
  }

  @Override
  public void itemLevelChanged(String itemKind, String itemId, Classification level) {
    Jdbc.update(
        dataSource,
        "insert into access.item_level (item_kind, item_id, level) values (?, ?, ?)"
            + " on conflict (item_kind, item_id) do update set level = excluded.level",
        itemKind,
        itemId,
        level.level());
  }

  @Override
  public boolean firstUse(String credentialFingerprint, Instant at) {
    return Jdbc.update(
            dataSource,
            "insert into access.privileged_use (fingerprint, used_at) values (?, ?) on conflict do nothing",
            credentialFingerprint,
            at.atOffset(ZoneOffset.UTC))
        == 1;
  }

  private static void add(
      StringBuilder sql, String condition, List<Object> parameters, Object value) {
    sql.append(condition);
    parameters.add(value);
  }

  private static AuditRecord record(ResultSet row) throws SQLException {
    return new AuditRecord(
        row.getLong("id"),
        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        row.getString("actor"),
        row.getString("origin"),
        row.getString("action"),
        row.getString("item_kind"),
        row.getString("item_id"),
        row.getInt("level"),
        row.getString("detail"));
  }
}
