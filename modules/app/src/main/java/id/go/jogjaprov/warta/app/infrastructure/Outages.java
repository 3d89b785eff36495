package id.go.jogjaprov.warta.app.infrastructure;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Tells a failure because the database is away (stopped, restarting, unreachable, the pool unable
 * to connect) from any other: those answer 503, "try again shortly", not 500.
 */
public final class Outages {

  private Outages() {}

  public static boolean databaseUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
        return true;
      }
      if (t instanceof ConnectException || t.getClass().getName().endsWith("PoolingException")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** SQLSTATE class 08 (connection exception) and 57P (the server shut down or is starting). */
  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
