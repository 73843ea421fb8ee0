package be.zorgzame.platform.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What the administrator sees: whether this module backs the database up ({@code derby}), where to,
 * how many it keeps, when (the schedule as configured), and the backups there are.
 */
public record BackupOverview(boolean derby, String database, Path directory, int keep, String schedule,
                             List<Backup> backups) {
}
