package be.zorgzame.intervision.control;

import be.zorgzame.intervision.boundary.NotePurge;
import be.zorgzame.platform.security.CurrentUser;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Purges expired confidential texts every night, as the system. Non-persistent: on several nodes each
 * fires, and a second purge finds nothing left.
 */
@Singleton
public class DailyNotePurge {

    @Inject
    NotePurge purge;

    @Inject
    CurrentUser currentUser;

    @Schedule(hour = "3", minute = "15", persistent = false)
    void purgeExpiredNotes() {
        currentUser.actAsSystem(purge::purge);
    }
}
