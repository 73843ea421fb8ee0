package be.zorgzame.platform.migration;

import be.zorgzame.platform.config.ZorgzameConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with Flyway when the application starts; nothing else touches the
 * schema (EclipseLink's schema generation is off). When it succeeds it fires {@link SchemaReady}, so
 * start-up work that needs the tables (demo data, the first administrator) runs after it. The
 * datasource is looked up rather than injected: resource injection into beans of a library jar is
 * not reliable across servers.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    MigrationStatus status;

    @Inject
    Event<SchemaReady> schemaReady;

    /** Called once by the web module when it starts, where the application's JNDI names are in scope. */
    public void migrate() {
        try {
            DataSource dataSource = InitialContext.doLookup(ZorgzameConfig.DATASOURCE_JNDI);
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations(locations(dataSource))
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            String version = Objects.requireNonNullElse(result.targetSchemaVersion, result.initialSchemaVersion);
            LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
            status.succeeded();
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Database migration failed: the application stays unavailable", e);
            status.failed(e.getMessage());
            return;
        }
        schemaReady.fire(new SchemaReady());
    }

    /**
     * The portable migrations, and on PostgreSQL also those that only it needs (db/postgresql), such as an index
     * its LIKE can use under a collation other than C.
     */
    private static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                    ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the schema is in", e);
        }
    }
}
