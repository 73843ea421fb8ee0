package be.zorgzame.platform.mail;

import be.zorgzame.platform.security.CurrentUser;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Starts the reminder mailing every morning, as the system (not as a logged-in user). A non-persistent
 * timer: on several nodes each fires, and each component records what it mailed before sending.
 */
@Singleton
public class DailyMailing {

    @Inject
    Event<MailingDay> mailingDay;

    @Inject
    CurrentUser currentUser;

    @Schedule(hour = "6", minute = "30", persistent = false)
    void mailTheDaysReminders() {
        currentUser.actAsSystem(() -> mailingDay.fire(new MailingDay(LocalDate.now())));
    }
}
