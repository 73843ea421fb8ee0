package be.zorgzame.mandates.control;

import be.zorgzame.mandates.control.MandateWarning.Code;
import be.zorgzame.mandates.entity.FeedbackCadence;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.mandates.entity.MandateStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The continuity warnings: a neighbourhood needs a lasting linchpin with a mandate, the work must not
 * hang on one person, and a mandate needs degrees of freedom, time in the neighbourhood, a valid period
 * and feedback as agreed. Warnings, not refusals; computed for a given day so that they can be tested.
 */
public final class MandateChecks {

    /** What the checks need to know of a mandate. */
    public record Facts(long mandateId, long holderId, MandateFunction function, MandateStatus status,
                        LocalDate validFrom, LocalDate validTo, boolean hasDegreesOfFreedom, BigDecimal daysPerMonth,
                        FeedbackCadence feedbackCadence, LocalDate lastFeedbackOn) {
    }

    private MandateChecks() {
    }

    /** Active, and {@code today} within its period. */
    public static boolean inForce(Facts mandate, LocalDate today) {
        return mandate.status() == MandateStatus.ACTIVE && !mandate.validFrom().isAfter(today)
                && (mandate.validTo() == null || !mandate.validTo().isBefore(today));
    }

    /** A coordinator mandate is in force among these. */
    public static boolean hasLinchpin(List<Facts> mandates, LocalDate today) {
        return mandates.stream().anyMatch(m -> m.function() == MandateFunction.COORDINATOR && inForce(m, today));
    }

    /** The day the next feedback is due: the cadence after the last feedback, or after the start when none was logged yet. */
    public static Optional<LocalDate> feedbackDue(Facts mandate) {
        if (mandate.feedbackCadence() == null) {
            return Optional.empty();
        }
        LocalDate since = mandate.lastFeedbackOn() == null ? mandate.validFrom() : mandate.lastFeedbackOn();
        return Optional.of(since.plus(mandate.feedbackCadence().period()));
    }

    /**
     * The warnings about one mandate. A draft is checked for what it grants (degrees of freedom, time);
     * an active one also for its period and its feedback; an ended one not at all.
     */
    public static List<MandateWarning> of(Facts mandate, LocalDate today, int expiringWithinDays) {
        List<MandateWarning> warnings = new ArrayList<>();
        if (mandate.status() == MandateStatus.ENDED) {
            return warnings;
        }
        if (!mandate.hasDegreesOfFreedom()) {
            warnings.add(new MandateWarning(Code.NO_DEGREES_OF_FREEDOM, mandate.mandateId(), null));
        }
        if (mandate.daysPerMonth() == null || mandate.daysPerMonth().signum() <= 0) {
            warnings.add(new MandateWarning(Code.NO_TIME_IN_NEIGHBOURHOOD, mandate.mandateId(), null));
        }
        if (mandate.status() != MandateStatus.ACTIVE) {
            return warnings;
        }
        LocalDate validTo = mandate.validTo();
        if (validTo != null && validTo.isBefore(today)) {
            warnings.add(new MandateWarning(Code.EXPIRED_STILL_ACTIVE, mandate.mandateId(), validTo));
        } else if (validTo != null && !validTo.isAfter(today.plusDays(expiringWithinDays))) {
            warnings.add(new MandateWarning(Code.EXPIRING, mandate.mandateId(), validTo));
        }
        feedbackDue(mandate).filter(due -> due.isBefore(today))
                .ifPresent(due -> warnings.add(new MandateWarning(Code.FEEDBACK_OVERDUE, mandate.mandateId(), due)));
        return warnings;
    }

    /**
     * The warnings of a neighbourhood, from the mandates covering it: no coordinator mandate in force,
     * a single person holding every mandate in force, and the warnings about each active mandate.
     */
    public static List<MandateWarning> forNeighbourhood(List<Facts> covering, LocalDate today, int expiringWithinDays) {
        List<MandateWarning> warnings = new ArrayList<>();
        if (!hasLinchpin(covering, today)) {
            warnings.add(new MandateWarning(Code.NO_LINCHPIN, null, null));
        }
        long holders = covering.stream().filter(m -> inForce(m, today)).map(Facts::holderId).distinct().count();
        if (holders == 1) {
            warnings.add(new MandateWarning(Code.SINGLE_HOLDER, null, null));
        }
        covering.stream()
                .filter(m -> m.status() == MandateStatus.ACTIVE)
                .forEach(m -> warnings.addAll(of(m, today, expiringWithinDays)));
        return warnings;
    }
}
