package be.zorgzame.mandates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.mandates.control.MandateChecks.Facts;
import be.zorgzame.mandates.control.MandateWarning.Code;
import be.zorgzame.mandates.entity.FeedbackCadence;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.mandates.entity.MandateStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each warning appears with the data that causes it and disappears without it; dates around a fixed today. */
class MandateChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final int DAYS = 60;

    /** A mandate that raises no warning: an active coordinator with freedom, time, and feedback on schedule. */
    private static Facts sound(long id, long holder) {
        return new Facts(id, holder, MandateFunction.COORDINATOR, MandateStatus.ACTIVE, LocalDate.of(2026, 1, 1), null,
                true, new BigDecimal("4.0"), FeedbackCadence.QUARTERLY, LocalDate.of(2026, 5, 1));
    }

    private static Facts function(Facts m, MandateFunction function) {
        return new Facts(m.mandateId(), m.holderId(), function, m.status(), m.validFrom(), m.validTo(),
                m.hasDegreesOfFreedom(), m.daysPerMonth(), m.feedbackCadence(), m.lastFeedbackOn());
    }

    private static Facts status(Facts m, MandateStatus status) {
        return new Facts(m.mandateId(), m.holderId(), m.function(), status, m.validFrom(), m.validTo(),
                m.hasDegreesOfFreedom(), m.daysPerMonth(), m.feedbackCadence(), m.lastFeedbackOn());
    }

    private static Facts period(Facts m, LocalDate from, LocalDate to) {
        return new Facts(m.mandateId(), m.holderId(), m.function(), m.status(), from, to,
                m.hasDegreesOfFreedom(), m.daysPerMonth(), m.feedbackCadence(), m.lastFeedbackOn());
    }

    private static Facts grants(Facts m, boolean freedom, BigDecimal daysPerMonth) {
        return new Facts(m.mandateId(), m.holderId(), m.function(), m.status(), m.validFrom(), m.validTo(),
                freedom, daysPerMonth, m.feedbackCadence(), m.lastFeedbackOn());
    }

    private static Facts feedback(Facts m, FeedbackCadence cadence, LocalDate last) {
        return new Facts(m.mandateId(), m.holderId(), m.function(), m.status(), m.validFrom(), m.validTo(),
                m.hasDegreesOfFreedom(), m.daysPerMonth(), cadence, last);
    }

    private static List<Code> codes(List<MandateWarning> warnings) {
        return warnings.stream().map(MandateWarning::code).toList();
    }

    private static List<Code> neighbourhood(Facts... covering) {
        return codes(MandateChecks.forNeighbourhood(List.of(covering), TODAY, DAYS));
    }

    private static List<Code> mandate(Facts mandate) {
        return codes(MandateChecks.of(mandate, TODAY, DAYS));
    }

    @Test
    void aCoordinatorAndAWorkerOnScheduleRaiseNoWarning() {
        assertEquals(List.of(), neighbourhood(sound(1, 10), function(sound(2, 20), MandateFunction.NEIGHBOURHOOD_WORKER)));
    }

    @Test
    void noLinchpinWithoutACoordinatorMandateInForce() {
        Facts coordinator = sound(1, 10);
        Facts worker = function(sound(2, 20), MandateFunction.NEIGHBOURHOOD_WORKER);

        assertEquals(List.of(Code.NO_LINCHPIN), neighbourhood());
        assertTrue(neighbourhood(worker).contains(Code.NO_LINCHPIN));
        assertTrue(neighbourhood(worker, status(coordinator, MandateStatus.DRAFT)).contains(Code.NO_LINCHPIN));
        assertTrue(neighbourhood(worker, status(coordinator, MandateStatus.ENDED)).contains(Code.NO_LINCHPIN));
        assertFalse(neighbourhood(worker, coordinator).contains(Code.NO_LINCHPIN));
    }

    @Test
    void aLinchpinCountsFromItsFirstDayUntilItsLastDay() {
        Facts worker = function(sound(2, 20), MandateFunction.NEIGHBOURHOOD_WORKER);

        assertTrue(neighbourhood(worker, period(sound(1, 10), TODAY.plusDays(1), null)).contains(Code.NO_LINCHPIN));
        assertFalse(neighbourhood(worker, period(sound(1, 10), TODAY, null)).contains(Code.NO_LINCHPIN));
        assertFalse(neighbourhood(worker, period(sound(1, 10), TODAY.minusYears(1), TODAY)).contains(Code.NO_LINCHPIN));
        assertTrue(neighbourhood(worker, period(sound(1, 10), TODAY.minusYears(1), TODAY.minusDays(1)))
                .contains(Code.NO_LINCHPIN));
    }

    @Test
    void theWorkHangsOnOnePersonWhenASingleHolderHoldsEveryMandateInForce() {
        Facts coordinator = sound(1, 10);

        assertEquals(List.of(Code.SINGLE_HOLDER), neighbourhood(coordinator));
        assertEquals(List.of(Code.SINGLE_HOLDER),
                neighbourhood(coordinator, function(sound(2, 10), MandateFunction.NEIGHBOURHOOD_WORKER)));
        assertEquals(List.of(Code.SINGLE_HOLDER), neighbourhood(coordinator, status(sound(2, 20), MandateStatus.DRAFT)),
                "a deputy whose mandate is not yet active is no deputy yet");
        assertEquals(List.of(), neighbourhood(coordinator, function(sound(2, 20), MandateFunction.TEAM_MEMBER)));
        assertFalse(neighbourhood().contains(Code.SINGLE_HOLDER), "nobody is not one person");
    }

    @Test
    void anActiveMandateExpiresWithinTheConfiguredDaysIncludingTheLastOne() {
        Facts from = sound(1, 10);

        assertEquals(List.of(), mandate(period(from, from.validFrom(), null)));
        assertEquals(List.of(), mandate(period(from, from.validFrom(), TODAY.plusDays(DAYS + 1))));
        assertEquals(List.of(Code.EXPIRING), mandate(period(from, from.validFrom(), TODAY.plusDays(DAYS))));
        assertEquals(List.of(Code.EXPIRING), mandate(period(from, from.validFrom(), TODAY)));
        assertEquals(TODAY.plusDays(DAYS), MandateChecks.of(period(from, from.validFrom(), TODAY.plusDays(DAYS)), TODAY, DAYS)
                .get(0).date());
    }

    @Test
    void anActiveMandatePastItsEndIsExpiredButStillInUse() {
        Facts expired = period(sound(1, 10), LocalDate.of(2025, 1, 1), TODAY.minusDays(1));

        assertEquals(List.of(Code.EXPIRED_STILL_ACTIVE), mandate(expired));
        assertEquals(List.of(), mandate(status(expired, MandateStatus.ENDED)), "an ended mandate is no longer in use");
        assertTrue(neighbourhood(expired).containsAll(List.of(Code.NO_LINCHPIN, Code.EXPIRED_STILL_ACTIVE)));
    }

    @Test
    void aMandateWithoutDegreesOfFreedomOrTimeInTheNeighbourhoodIsFlagged() {
        Facts m = sound(1, 10);

        assertEquals(List.of(Code.NO_DEGREES_OF_FREEDOM), mandate(grants(m, false, m.daysPerMonth())));
        assertEquals(List.of(Code.NO_TIME_IN_NEIGHBOURHOOD), mandate(grants(m, true, null)));
        assertEquals(List.of(Code.NO_TIME_IN_NEIGHBOURHOOD), mandate(grants(m, true, BigDecimal.ZERO)));
        assertEquals(List.of(), mandate(grants(m, true, new BigDecimal("0.5"))));
        assertEquals(List.of(Code.NO_DEGREES_OF_FREEDOM, Code.NO_TIME_IN_NEIGHBOURHOOD),
                mandate(status(grants(m, false, null), MandateStatus.DRAFT)), "a draft is checked for what it grants");
    }

    @Test
    void feedbackIsOverdueTheDayAfterItWasDue() {
        Facts monthly = feedback(sound(1, 10), FeedbackCadence.MONTHLY, null);

        assertEquals(List.of(), mandate(period(monthly, TODAY.minusMonths(1), null)), "due today is not overdue");
        List<MandateWarning> overdue = MandateChecks.of(period(monthly, TODAY.minusMonths(1).minusDays(1), null), TODAY, DAYS);
        assertEquals(List.of(Code.FEEDBACK_OVERDUE), codes(overdue));
        assertEquals(TODAY.minusDays(1), overdue.get(0).date());
    }

    @Test
    void loggedFeedbackRestartsTheCadence() {
        Facts weekly = period(feedback(sound(1, 10), FeedbackCadence.WEEKLY, TODAY.minusDays(8)), LocalDate.of(2026, 1, 1), null);

        assertEquals(List.of(Code.FEEDBACK_OVERDUE), mandate(weekly));
        assertEquals(List.of(), mandate(feedback(weekly, FeedbackCadence.WEEKLY, TODAY.minusDays(7))));
        assertEquals(List.of(), mandate(feedback(weekly, null, null)), "no cadence agreed, nothing overdue");
        assertEquals(List.of(), mandate(status(weekly, MandateStatus.DRAFT)), "a draft owes no feedback yet");
    }

    @Test
    void theNeighbourhoodShowsTheWarningsOfActiveMandatesOnly() {
        Facts draft = status(grants(sound(2, 20), false, null), MandateStatus.DRAFT);

        assertEquals(List.of(Code.SINGLE_HOLDER), neighbourhood(sound(1, 10), draft));
        List<MandateWarning> active = MandateChecks.forNeighbourhood(List.of(sound(1, 10), status(draft, MandateStatus.ACTIVE)),
                TODAY, DAYS);
        assertEquals(List.of(Code.NO_DEGREES_OF_FREEDOM, Code.NO_TIME_IN_NEIGHBOURHOOD), codes(active));
        assertEquals(List.of(2L, 2L), active.stream().map(MandateWarning::mandateId).toList());
    }
}
