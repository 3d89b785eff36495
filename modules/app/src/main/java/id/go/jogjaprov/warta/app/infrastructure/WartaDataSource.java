package id.go.jogjaprov.warta.app.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one PostgreSQL data source every module's persistence unit uses; each module keeps to its
 * own schema. Connection settings come from MicroProfile Config ({@code warta.db.*}).
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
    // PostgreSQL's error details quote row values, which may be classified: keep them out of
    // exception messages and so out of every log.
    properties = {"ApplicationName=warta", "logServerErrorDetail=false"})
public class WartaDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/warta";
}
