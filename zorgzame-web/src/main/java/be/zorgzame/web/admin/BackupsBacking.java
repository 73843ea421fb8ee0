package be.zorgzame.web.admin;

import be.zorgzame.platform.backup.BackupOverview;
import be.zorgzame.platform.backup.DatabaseBackups;
import be.zorgzame.web.PageOutcomes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** admin/backups.xhtml: the database backups, and one now on request (embedded Derby only). */
@Named
@RequestScoped
public class BackupsBacking {

    @Inject
    DatabaseBackups backups;

    private BackupOverview overview;

    public BackupOverview getOverview() {
        if (overview == null) {
            overview = backups.overview();
        }
        return overview;
    }

    public void backUp() {
        backups.backUp();
        overview = null;
        PageOutcomes.confirm("backup.made");
    }
}
