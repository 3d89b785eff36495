package id.go.jogjaprov.warta.app.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings every module's schema up to date at start-up, before the first request. Each module ships
 * its migrations in {@code db/migration/<module>} and owns a schema of the same name with its own
 * history table, so modules migrate independently.
 */
@ApplicationScoped
class SchemaMigrations {

  /** In dependency order: access first, since the others' read filters call its function. */
  static final List<String> MODULES = List.of("access", "content", "workflow", "archives");

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = WartaDataSource.JNDI_NAME)
  DataSource dataSource;

  void migrate(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (String module : MODULES) {
      var result =
          Flyway.configure(SchemaMigrations.class.getClassLoader())
              .dataSource(dataSource)
              .schemas(module)
              .locations("classpath:db/migration/" + module)
              .load()
              .migrate();
      LOG.info(() -> "Schema " + module + ": " + result.migrationsExecuted + " migration(s) applied");
    }
  }
}
