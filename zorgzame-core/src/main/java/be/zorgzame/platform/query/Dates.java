package be.zorgzame.platform.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Dates that every supported database takes: ISO dates parse with years of five digits or more, which
 * Derby's DATE refuses with an error, in a query as in a stored value.
 */
public final class Dates {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    /** The ISO date (2024-01-15) in the years 1 to 9999, or empty when the text is not one. */
    public static Optional<LocalDate> parse(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso)).filter(Dates::isStorable);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether the date lies in the years 1 to 9999. */
    public static boolean isStorable(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
