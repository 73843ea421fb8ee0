package be.zorgzame.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.Derby;
import be.zorgzame.platform.migration.SampleRows.Row;
import be.zorgzame.platform.migration.SampleRows.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by every migration but the newest upgrades to the current schema with all its rows
 * intact. The two versions are read from the migrations, so each new migration is checked against the
 * schema before it without touching this test; the rows are made from that schema's metadata, in every
 * table. On embedded Derby always; on PostgreSQL too when {@code -Dit.datasource.url=jdbc:postgresql:…}
 * is given (as for the integration tests), in a schema of its own that is dropped afterwards.
 */
class SchemaUpgradeTest {

    @Test
    void theNewestMigrationKeepsEveryRowOnDerby(@TempDir Path directory) throws Exception {
        Path database = directory.resolve("derby");
        try {
            upgradeKeepsEveryRow(Derby.url(database), null, null, null);
        } finally {
            Derby.shutDown(database);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "it.datasource.url", matches = "jdbc:postgresql:.*")
    void theNewestMigrationKeepsEveryRowOnPostgresql() throws Exception {
        String url = System.getProperty("it.datasource.url");
        String user = System.getProperty("it.datasource.user", "postgres");
        String password = System.getProperty("it.datasource.password", "postgres");
        String schema = "upgrade_test_" + UUID.randomUUID().toString().replace("-", "");
        try {
            upgradeKeepsEveryRow(url, user, password, schema);
        } finally {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement drop = connection.createStatement()) {
                drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static void upgradeKeepsEveryRow(String url, String user, String password, String schema) throws SQLException {
        List<MigrationVersion> versions = Arrays.stream(flyway(url, user, password, schema).load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        assertTrue(versions.size() >= 2, "needs two migrations at least: " + versions);
        MigrationVersion previous = versions.get(versions.size() - 2);
        MigrationVersion newest = versions.get(versions.size() - 1);

        flyway(url, user, password, schema).target(previous).load().migrate();
        Map<String, List<Row>> before;
        try (Connection connection = connect(url, user, password, schema)) {
            before = new SampleRows(connection).insertIntoEveryTable();
        }

        flyway(url, user, password, schema).target(newest).load().migrate();
        try (Connection connection = connect(url, user, password, schema)) {
            assertEquals(List.of(), differences(before, new SampleRows(connection)),
                    "rows made at version " + previous + " after migrating to " + newest);
        }
    }

    /** What became of each row made before the upgrade: every column it had, with the same value. */
    private static List<String> differences(Map<String, List<Row>> before, SampleRows after) throws SQLException {
        Map<String, Table> tables = after.tables();
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, List<Row>> entry : before.entrySet()) {
            Table table = tables.get(entry.getKey());
            if (table == null) {
                differences.add("table " + entry.getKey() + " is gone");
                continue;
            }
            Map<List<String>, Row> rows = after.rowsOf(table);
            for (Row row : entry.getValue()) {
                Row now = rows.get(row.key(table.primaryKey()));
                if (now == null) {
                    differences.add(table.name() + " lost row " + row.values());
                    continue;
                }
                row.values().forEach((column, value) -> {
                    if (!now.values().containsKey(column)) {
                        differences.add(table.name() + "." + column + " is gone");
                    } else if (!Objects.equals(value, now.values().get(column))) {
                        differences.add(table.name() + "." + column + " of " + row.key(table.primaryKey())
                                + " changed from " + value + " to " + now.values().get(column));
                    }
                });
            }
        }
        return differences;
    }

    private static FluentConfiguration flyway(String url, String user, String password, String schema) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
        return schema == null ? configuration : configuration.schemas(schema);
    }

    private static Connection connect(String url, String user, String password, String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        if (schema != null) {
            connection.setSchema(schema);
        }
        return connection;
    }
}
