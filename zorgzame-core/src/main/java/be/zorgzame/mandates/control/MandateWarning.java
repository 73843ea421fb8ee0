package be.zorgzame.mandates.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A continuity risk: what ({@code code}), about which mandate ({@code mandateId}, null for the
 * neighbourhood as a whole) and, for the date-driven ones, the date concerned (the end date, the day
 * feedback was due).
 */
public record MandateWarning(Code code, Long mandateId, LocalDate date) implements Serializable {

    /** The risks the research names for the linchpin and the workers' mandate. */
    public enum Code {
        NO_LINCHPIN, SINGLE_HOLDER, EXPIRING, EXPIRED_STILL_ACTIVE, NO_DEGREES_OF_FREEDOM, NO_TIME_IN_NEIGHBOURHOOD,
        FEEDBACK_OVERDUE
    }
}
