package be.zorgzame.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    @TempDir
    Path directory;

    @Test
    void keepsTheNewestAndRemovesOnlyOlderBackups() throws IOException {
        backup("zorgzame-20260101-020000");
        backup("zorgzame-20260102-020000");
        backup("zorgzame-20260102-020000-2");
        backup("zorgzame-20260103-020000");
        Files.createDirectories(directory.resolve("notes").resolve("kept"));
        Files.createDirectories(directory.resolve("zorgzame-19990101-000000"));

        List<Backup> removed = new BackupFolder(directory).keepNewest(2);

        assertEquals(List.of("zorgzame-20260102-020000", "zorgzame-20260101-020000"), removed.stream().map(Backup::name).toList());
        assertEquals(List.of("zorgzame-20260103-020000", "zorgzame-20260102-020000-2"),
                new BackupFolder(directory).list().stream().map(Backup::name).toList());
        assertTrue(Files.isDirectory(directory.resolve("notes").resolve("kept")));
        assertTrue(Files.isDirectory(directory.resolve("zorgzame-19990101-000000")));
    }

    @Test
    void aBackupKnowsWhereToRestoreFromAndItsSize() throws IOException {
        backup("zorgzame-20260101-020000");

        Backup backup = new BackupFolder(directory).find("zorgzame-20260101-020000").orElseThrow();

        assertEquals(directory.resolve("zorgzame-20260101-020000").resolve("derby").toAbsolutePath(), backup.restoreFrom());
        assertEquals(3, backup.sizeBytes());
        assertEquals("2026-01-01T02:00", backup.takenAt().toString());
    }

    @Test
    void aMissingDirectoryHoldsNoBackups() {
        assertEquals(List.of(), new BackupFolder(directory.resolve("nowhere")).list());
    }

    private void backup(String name) throws IOException {
        Path database = Files.createDirectories(directory.resolve(name).resolve("derby"));
        Files.writeString(database.resolve("service.properties"), "abc");
    }
}
