package be.zorgzame.web.security;

import be.zorgzame.platform.config.ZorgzameConfig;
import java.time.Duration;

/**
 * How long a login lasts: ended after a while without requests (idle) and in any case some hours after
 * logging in (absolute), so a session left open on a shared computer or stolen does not last for ever
 * (OWASP ASVS 3.3.1, 3.3.2). Refuses settings that would switch either off, naming the key.
 */
record SessionLimits(Duration idle, Duration absolute) {

    static final int DEFAULT_IDLE_MINUTES = 30;
    static final int DEFAULT_ABSOLUTE_HOURS = 8;
    static final int MAXIMUM_IDLE_MINUTES = 24 * 60;
    static final int MAXIMUM_ABSOLUTE_HOURS = 7 * 24;

    SessionLimits {
        if (idle.compareTo(Duration.ofMinutes(1)) < 0 || idle.compareTo(Duration.ofMinutes(MAXIMUM_IDLE_MINUTES)) > 0) {
            throw new IllegalArgumentException(ZorgzameConfig.SESSION_IDLE_MINUTES + " must be between 1 and "
                    + MAXIMUM_IDLE_MINUTES + ", not " + idle.toMinutes());
        }
        if (absolute.compareTo(Duration.ofHours(1)) < 0 || absolute.compareTo(Duration.ofHours(MAXIMUM_ABSOLUTE_HOURS)) > 0) {
            throw new IllegalArgumentException(ZorgzameConfig.SESSION_ABSOLUTE_HOURS + " must be between 1 and "
                    + MAXIMUM_ABSOLUTE_HOURS + ", not " + absolute.toHours());
        }
    }

    static SessionLimits of(int idleMinutes, int absoluteHours) {
        return new SessionLimits(Duration.ofMinutes(idleMinutes), Duration.ofHours(absoluteHours));
    }

    int idleSeconds() {
        return Math.toIntExact(idle.toSeconds());
    }
}
