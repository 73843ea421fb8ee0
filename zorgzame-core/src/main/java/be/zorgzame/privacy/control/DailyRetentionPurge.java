package be.zorgzame.privacy.control;

import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.privacy.boundary.RetentionPurge;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Purges the personal data past their retention every night, as the system. Non-persistent: on several
 * nodes each fires, and a second purge finds nothing left.
 */
@Singleton
public class DailyRetentionPurge {

    @Inject
    RetentionPurge purge;

    @Inject
    CurrentUser currentUser;

    @Schedule(hour = "3", minute = "30", persistent = false)
    void purgeExpiredPersonalData() {
        currentUser.actAsSystem(purge::purge);
    }
}
