package be.zorgzame.intervision.control;

import be.zorgzame.intervision.boundary.NotePurge;
import be.zorgzame.platform.scheduling.ScheduledJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Purges expired confidential texts every night, as the system. Non-persistent: on several nodes each
 * fires, and only the node with scheduled jobs on purges ({@link ScheduledJobs}).
 */
@Singleton
public class DailyNotePurge {

    @Inject
    NotePurge purge;

    @Inject
    ScheduledJobs jobs;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void purgeExpiredNotes() {
        jobs.run("Intervision note purge", purge::purge);
    }
}
