package be.zorgzame.mandates.entity;

import java.time.Period;

/** How often the holder reports back to the home organisation. */
public enum FeedbackCadence {
    WEEKLY(Period.ofWeeks(1)),
    FORTNIGHTLY(Period.ofWeeks(2)),
    MONTHLY(Period.ofMonths(1)),
    QUARTERLY(Period.ofMonths(3)),
    HALF_YEARLY(Period.ofMonths(6)),
    YEARLY(Period.ofYears(1));

    private final Period period;

    FeedbackCadence(Period period) {
        this.period = period;
    }

    public Period period() {
        return period;
    }
}
