package be.zorgzame.platform.scheduling;

import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a scheduled job as the system, or not at all on a node where scheduled jobs are off. The timers
 * are non-persistent, so every node of a cluster fires each of them; without this, N nodes would mail
 * the reminders N times. One node keeps them on, the others set the key to {@code false}.
 */
@ApplicationScoped
public class ScheduledJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.SCHEDULED_JOBS_ENABLED, defaultValue = "true")
    boolean enabled;

    public void run(String name, Runnable job) {
        if (enabled) {
            currentUser.actAsSystem(job);
        } else {
            LOG.fine(() -> name + " skipped: scheduled jobs are off on this node");
        }
    }
}
