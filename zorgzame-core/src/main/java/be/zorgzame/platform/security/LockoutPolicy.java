package be.zorgzame.platform.security;

import be.zorgzame.platform.config.ZorgzameConfig;
import java.time.Duration;

/**
 * How many consecutive failed logins lock an account, and for how long. Refuses a setting that would
 * switch the protection off or lock nobody out in practice, naming the configuration key.
 */
public record LockoutPolicy(int attempts, Duration period) {

    public static final int DEFAULT_ATTEMPTS = 10;
    public static final int DEFAULT_MINUTES = 15;
    static final int MAXIMUM_ATTEMPTS = 1000;
    static final int MAXIMUM_MINUTES = 24 * 60;

    public LockoutPolicy {
        if (attempts < 1 || attempts > MAXIMUM_ATTEMPTS) {
            throw new IllegalArgumentException(ZorgzameConfig.LOCKOUT_ATTEMPTS + " must be between 1 and "
                    + MAXIMUM_ATTEMPTS + ", not " + attempts);
        }
        if (period == null || period.compareTo(Duration.ofMinutes(1)) < 0
                || period.compareTo(Duration.ofMinutes(MAXIMUM_MINUTES)) > 0) {
            throw new IllegalArgumentException(ZorgzameConfig.LOCKOUT_MINUTES + " must be between 1 and "
                    + MAXIMUM_MINUTES + " minutes, not " + period);
        }
    }

    public static LockoutPolicy of(int attempts, int minutes) {
        return new LockoutPolicy(attempts, Duration.ofMinutes(minutes));
    }
}
