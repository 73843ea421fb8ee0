package be.zorgzame.platform.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One backup: a directory named after its time, holding the copy of the database that Derby opens
 * with {@code restoreFrom} (or {@code createFrom}) set to {@code restoreFrom}.
 */
public record Backup(String name, LocalDateTime takenAt, long sizeBytes, Path restoreFrom) {
}
