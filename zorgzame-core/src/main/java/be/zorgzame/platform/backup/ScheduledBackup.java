package be.zorgzame.platform.backup;

import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.migration.SchemaReady;
import be.zorgzame.platform.scheduling.ScheduledJobs;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the backup on the configured schedule, as the system. A timer made in code because its
 * schedule is configuration; non-persistent, so a node that is down simply misses one. It starts
 * only once the schema is ready.
 */
@Singleton
public class ScheduledBackup {

    private static final Logger LOG = Logger.getLogger(ScheduledBackup.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    DatabaseBackups backups;

    @Inject
    ScheduledJobs jobs;

    /** A schedule it cannot read is logged and leaves the backup unscheduled, rather than failing the start. */
    public void start(@Observes SchemaReady ready) {
        try {
            backups.schedule().ifPresentOrElse(schedule -> {
                timerService.createCalendarTimer(schedule.expression(), new TimerConfig("database backup", false));
                LOG.info(() -> "Database backup scheduled: " + schedule.days() + " " + schedule.time());
            }, () -> LOG.info("Scheduled database backup is off"));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.SEVERE, "No scheduled database backup: " + ZorgzameConfig.BACKUP_SCHEDULE + " is not readable", e);
        }
    }

    @Timeout
    void backUp() {
        jobs.run("Database backup", backups::backUpOnSchedule);
    }
}
