package be.zorgzame.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import be.zorgzame.platform.Derby;
import be.zorgzame.platform.migration.SampleRows;
import be.zorgzame.platform.migration.SampleRows.Row;
import be.zorgzame.platform.migration.SampleRows.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup made by {@link BackupFolder} while the database is in use brings back exactly the rows it
 * held at that moment, both ways the README describes: {@code restoreFrom} in the URL, or copying the
 * backup into place while the application is stopped. One backup serves both: neither test changes it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private Path directory;
    private Path live;
    private Backup backup;
    private Map<String, Map<List<String>, Row>> atBackupTime;

    @BeforeAll
    void backUpAFilledDatabaseAndChangeItAfterwards(@TempDir Path directory) throws Exception {
        this.directory = directory;
        live = directory.resolve("data").resolve("derby");
        Flyway.configure().dataSource(Derby.url(live), null, null).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(Derby.url(live))) {
            SampleRows rows = new SampleRows(connection);
            rows.insertIntoEveryTable();
            atBackupTime = everyRow(rows);

            backup = new BackupFolder(directory.resolve("backups")).backUp(connection, LocalDateTime.now());

            rows.insertIntoEveryTable();
            assertNotEquals(atBackupTime, everyRow(rows));
        }
        Derby.shutDown(live);
    }

    @Test
    void restoreFromReplacesTheDatabaseWithTheBackup() throws Exception {
        try (Connection restored = DriverManager.getConnection("jdbc:derby:" + live + ";restoreFrom=" + backup.restoreFrom())) {
            assertEquals(atBackupTime, everyRow(new SampleRows(restored)));
        } finally {
            Derby.shutDown(live);
        }
    }

    @Test
    void aBackupCopiedIntoPlaceOpensAsTheDatabase() throws Exception {
        Path copy = directory.resolve("copy").resolve("derby");
        copyTree(backup.restoreFrom(), copy);

        try (Connection restored = DriverManager.getConnection("jdbc:derby:" + copy)) {
            assertEquals(atBackupTime, everyRow(new SampleRows(restored)));
        } finally {
            Derby.shutDown(copy);
        }
    }

    private static Map<String, Map<List<String>, Row>> everyRow(SampleRows rows) throws SQLException {
        Map<String, Map<List<String>, Row>> tables = new LinkedHashMap<>();
        for (Table table : rows.tables().values()) {
            tables.put(table.name(), rows.rowsOf(table));
        }
        return tables;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }
}
