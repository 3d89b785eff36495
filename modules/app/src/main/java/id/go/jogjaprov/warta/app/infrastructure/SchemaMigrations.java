package id.go.jogjaprov.warta.app.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings every module's schema up to date at start-up, before anything else uses the database.
 * Migrations run as the owner role ({@code warta.db.owner.*}), which owns every table; the
 * application itself connects as the runtime role ({@code warta.db.user}), which each migration
 * grants exactly what the module needs (the audit trail: insert and select only). Each module ships
 * its migrations in {@code db/migration/<module>} and owns a schema of the same name with its own
 * history table, so modules migrate independently.
 */
@ApplicationScoped
class SchemaMigrations {

  /** In dependency order: access first, since the others' read filters call its function. */
  static final List<String> MODULES = List.of("access", "content", "workflow", "archives");

  /** Runs before anything else that reads the database at start-up. */
  static final int PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Inject
  @ConfigProperty(name = "warta.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "warta.db.owner.user")
  String owner;

  @Inject
  @ConfigProperty(name = "warta.db.owner.password")
  String ownerPassword;

  @Inject
  @ConfigProperty(name = "warta.db.user")
  String runtimeRole;

  void migrate(@Observes @Priority(PRIORITY) @Initialized(ApplicationScoped.class) Object started) {
    for (String module : MODULES) {
      var result =
          Flyway.configure(SchemaMigrations.class.getClassLoader())
              .dataSource(url, owner, ownerPassword)
              .schemas(module)
              .locations("classpath:db/migration/" + module)
              .placeholders(Map.of("runtime_role", runtimeRole))
              .load()
              .migrate();
      LOG.info(
          () -> "Schema " + module + ": " + result.migrationsExecuted + " migration(s) applied");
    }
  }
}
