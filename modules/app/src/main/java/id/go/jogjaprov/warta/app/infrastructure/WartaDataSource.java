package id.go.jogjaprov.warta.app.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one PostgreSQL data source every module's persistence unit uses; each module keeps to its own
 * schema. Warta connects as the runtime role ({@code warta.db.user}); connection settings come from
 * MicroProfile Config ({@code warta.db.*}).
 *
 * <p>Surviving a database restart: every connection is validated as it leaves the pool, and one
 * that fails empties the pool, so the first request after PostgreSQL is back gets a new connection
 * instead of a closed one. While PostgreSQL is away, requests fail within seconds (connect and
 * login timeouts, a bounded wait for the pool) and answer 503.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = WartaDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=warta.db.url}",
    user = "${MPCONFIG=warta.db.user}",
    password = "${MPCONFIG=warta.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    loginTimeout = 5,
    properties = {
      "ApplicationName=warta",
      // PostgreSQL's error details quote row values, which may be classified: keep them out of
      // exception messages and so out of every log.
      "logServerErrorDetail=false",
      "connectTimeout=5",
      "socketTimeout=120",
      "tcpKeepAlive=true",
      // EclipseLink binds an empty UUID (a translation's original, a new draft's working copy) as
      // a null string; untyped, PostgreSQL takes it for the column's own type.
      "stringtype=unspecified",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=5000",
      "fish.payara.statement-timeout-in-seconds=60"
    })
public class WartaDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/warta";
}
