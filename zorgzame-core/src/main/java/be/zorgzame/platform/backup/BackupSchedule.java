package be.zorgzame.platform.backup;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When the scheduled backup runs, from {@code zorgzame.backup.schedule}: a time of day ({@code 02:00},
 * every day), optionally after the days in EJB calendar syntax ({@code Sun 03:30}, {@code Mon-Fri 22:00}),
 * or {@code off}.
 */
public record BackupSchedule(String days, LocalTime time) {

    public static final String OFF = "off";

    /** The schedule, or empty when it is off; a value that is neither is refused at start-up. */
    public static Optional<BackupSchedule> parse(String value) {
        String text = value.strip();
        if (text.equalsIgnoreCase(OFF)) {
            return Optional.empty();
        }
        String[] parts = text.split("\\s+");
        if (parts.length > 2) {
            throw new IllegalArgumentException("Not a backup schedule: " + value);
        }
        try {
            LocalTime time = LocalTime.parse(parts[parts.length - 1]);
            return Optional.of(new BackupSchedule(parts.length == 2 ? parts[0] : "*", time));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a backup schedule: " + value, e);
        }
    }

    public ScheduleExpression expression() {
        return new ScheduleExpression()
                .dayOfWeek(days)
                .hour(time.getHour())
                .minute(time.getMinute())
                .second(0);
    }
}
