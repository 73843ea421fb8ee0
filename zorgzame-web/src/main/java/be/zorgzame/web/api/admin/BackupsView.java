package be.zorgzame.web.api.admin;

import be.zorgzame.platform.backup.BackupOverview;
import java.util.List;

/**
 * The backups and how they are made: {@code supported} is false when the database is not embedded Derby
 * (PostgreSQL is backed up with pg_dump), and then the list is empty.
 */
public record BackupsView(boolean supported, String database, String directory, int keep, String schedule,
                          List<BackupView> backups) {

    public static BackupsView of(BackupOverview overview) {
        return new BackupsView(overview.derby(), overview.database(), overview.directory().toString(), overview.keep(),
                overview.schedule(), overview.backups().stream().map(BackupView::of).toList());
    }
}
