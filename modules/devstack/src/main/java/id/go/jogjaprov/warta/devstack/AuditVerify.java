package id.go.jogjaprov.warta.devstack;

import id.go.jogjaprov.warta.access.api.AnchoredHead;
import id.go.jogjaprov.warta.access.api.AuditChain;
import id.go.jogjaprov.warta.access.api.AuditRecord;
import id.go.jogjaprov.warta.access.api.AuditSeal;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Verifies the audit trail straight from the database, without the application: the keyed chain
 * from its first entry, against the head anchored outside the database.
 *
 * <pre>java ... AuditVerify [jdbc-url [user [password]]]</pre>
 *
 * The key comes from the environment variable {@code WARTA_AUDIT_KEY} and the anchor file from
 * {@code WARTA_AUDIT_ANCHOR_FILE} (both default to the run command's development values). Prints
 * the verdict naming the first bad entry; exits 1 when the chain is broken, 2 when the database
 * cannot be read.
 */
public final class AuditVerify {

  private AuditVerify() {}

  public static void main(String[] args) throws IOException {
    String url = args.length > 0 ? args[0] : Postgres.url(WartaStack.DATABASE);
    String user = args.length > 1 ? args[1] : Postgres.USER;
    String password = args.length > 2 ? args[2] : Postgres.PASSWORD;
    AuditChain chain =
        AuditChain.keyedWith(
            System.getenv().getOrDefault("WARTA_AUDIT_KEY", PayaraMicro.DEV_AUDIT_KEY));
    Path anchor =
        Path.of(
            System.getenv()
                .getOrDefault(
                    "WARTA_AUDIT_ANCHOR_FILE",
                    PayaraMicro.auditAnchor(WartaStack.stateDir(WartaStack.DATABASE)).toString()));
    try {
      ChainVerification verdict = verify(url, user, password, chain, anchoredHead(anchor));
      if (verdict.intact()) {
        System.out.println("Jejak audit utuh: " + verdict.entriesChecked() + " entri diperiksa.");
        return;
      }
      System.out.println(
          "Jejak audit RUSAK pada entri nomor urut "
              + verdict.firstBrokenSequence().getAsLong()
              + ": "
              + verdict.problem()
              + " ("
              + verdict.entriesChecked()
              + " entri diperiksa).");
      System.exit(1);
    } catch (SQLException e) {
      System.err.println("Basis data tidak dapat dibaca: " + e.getMessage());
      System.exit(2);
    }
  }

  public static Optional<AnchoredHead> anchoredHead(Path file) throws IOException {
    return Files.exists(file) ? AnchoredHead.parse(Files.readString(file)) : Optional.empty();
  }

  public static ChainVerification verify(
      String url, String user, String password, AuditChain chain, Optional<AnchoredHead> anchor)
      throws SQLException {
    AuditChain.Verifier verifier = chain.verifier(anchor);
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      try (PreparedStatement select =
          db.prepareStatement(
              "select s.position, s.record_id, s.previous_seal, s.seal, s.key_id, r.occurred_at, r.actor, r.origin,"
                  + " r.action, r.item_kind, r.item_id, r.level, r.detail"
                  + " from access.audit_seal s join access.audit_record r on r.id = s.record_id order by s.position")) {
        select.setFetchSize(1000);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            verifier.accept(
                new AuditSeal(
                    row.getLong(1),
                    row.getLong(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5)),
                new AuditRecord(
                    row.getLong(2),
                    row.getObject(6, OffsetDateTime.class).toInstant(),
                    row.getString(7),
                    row.getString(8),
                    row.getString(9),
                    row.getString(10),
                    row.getString(11),
                    row.getInt(12),
                    row.getString(13)));
          }
        }
      }
      ChainVerification chainResult = verifier.result();
      if (!chainResult.intact()) {
        return chainResult;
      }
      try (PreparedStatement unsealed =
              db.prepareStatement(
                  // The same question the application asks (JdbcAuditLog.unsealedSince).
                  "select min(r.id) from access.audit_record r where not exists"
                      + " (select 1 from access.audit_seal s where s.record_id = r.id)"
                      + " and (r.occurred_at < now() - interval '1 minute'"
                      + " or r.txid < (select watermark from access.audit_seal order by position desc limit 1))");
          ResultSet row = unsealed.executeQuery()) {
        row.next();
        long id = row.getLong(1);
        return row.wasNull()
            ? chainResult
            : ChainVerification.brokenAt(
                chainResult.entriesChecked(),
                chainResult.entriesChecked() + 1,
                "catatan " + id + " tidak pernah disegel ke dalam rantai");
      }
    }
  }
}
