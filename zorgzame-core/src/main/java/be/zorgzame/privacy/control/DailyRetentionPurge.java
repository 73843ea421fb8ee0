package be.zorgzame.privacy.control;

import be.zorgzame.platform.scheduling.ScheduledJobs;
import be.zorgzame.privacy.boundary.RetentionPurge;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Purges the personal data past their retention every night, as the system. Non-persistent: on several
 * nodes each fires, and only the node with scheduled jobs on purges ({@link ScheduledJobs}).
 */
@Singleton
public class DailyRetentionPurge {

    @Inject
    RetentionPurge purge;

    @Inject
    ScheduledJobs jobs;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void purgeExpiredPersonalData() {
        jobs.run("Retention purge", purge::purge);
    }
}
