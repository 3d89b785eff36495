package id.go.jogjaprov.warta.devstack;

import id.go.jogjaprov.warta.access.api.AuditChain;
import id.go.jogjaprov.warta.access.api.ChainVerification;
import id.go.jogjaprov.warta.access.api.SealedAuditEntry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Verifies the audit trail's hash chain straight from the database, without the application:
 * {@code java ... AuditVerify [jdbc-url [user [password]]]}. Prints the verdict; exits 1 when the
 * chain is broken, 2 when the database cannot be read.
 */
public final class AuditVerify {

  private AuditVerify() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : Postgres.url(WartaStack.DATABASE);
    String user = args.length > 1 ? args[1] : Postgres.USER;
    String password = args.length > 2 ? args[2] : Postgres.PASSWORD;
    try {
      ChainVerification verdict = verify(url, user, password);
      if (verdict.intact()) {
        System.out.println("Jejak audit utuh: " + verdict.entriesChecked() + " entri diperiksa.");
        return;
      }
      System.out.println("Jejak audit RUSAK pada entri nomor " + verdict.firstBrokenSequence().getAsLong()
          + " (" + verdict.entriesChecked() + " entri diperiksa).");
      System.exit(1);
    } catch (SQLException e) {
      System.err.println("Basis data tidak dapat dibaca: " + e.getMessage());
      System.exit(2);
    }
  }

  static ChainVerification verify(String url, String user, String password) throws SQLException {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      db.setAutoCommit(false);
      try (PreparedStatement select =
          db.prepareStatement(
              "select sequence, occurred_at, actor, origin, action, item_kind, item_id, level, detail,"
                  + " previous_hash, entry_hash from access.audit_entry order by sequence")) {
        select.setFetchSize(1000);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            verifier.accept(
                new SealedAuditEntry(
                    row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getInt(8),
                    row.getString(9), row.getString(10), row.getString(11)));
          }
        }
      }
    }
    return verifier.result();
  }
}
