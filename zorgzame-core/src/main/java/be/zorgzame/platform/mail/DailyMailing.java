package be.zorgzame.platform.mail;

import be.zorgzame.platform.scheduling.ScheduledJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Starts the reminder mailing every morning, as the system (not as a logged-in user). A non-persistent
 * timer: on several nodes each fires, and only the node with scheduled jobs on mails ({@link ScheduledJobs}).
 */
@Singleton
public class DailyMailing {

    @Inject
    Event<MailingDay> mailingDay;

    @Inject
    ScheduledJobs jobs;

    @Schedule(hour = "6", minute = "30", persistent = false)
    void mailTheDaysReminders() {
        jobs.run("Reminder mailing", () -> mailingDay.fire(new MailingDay(LocalDate.now())));
    }
}
