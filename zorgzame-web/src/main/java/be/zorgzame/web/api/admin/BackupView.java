package be.zorgzame.web.api.admin;

import be.zorgzame.platform.backup.Backup;
import java.time.LocalDateTime;

/** One backup; {@code restoreFrom} is the directory to name in Derby's {@code restoreFrom=} attribute. */
public record BackupView(String name, LocalDateTime takenAt, long sizeBytes, String restoreFrom) {

    public static BackupView of(Backup backup) {
        return new BackupView(backup.name(), backup.takenAt(), backup.sizeBytes(), backup.restoreFrom().toString());
    }
}
