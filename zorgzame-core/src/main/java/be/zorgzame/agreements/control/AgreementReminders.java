package be.zorgzame.agreements.control;

import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.ReminderKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reminders a version calls for on a day. A review date is announced {@code reviewDays}
 * ahead and stays until the version is amended or ends; an end date {@code expiryDays} ahead; a
 * version submitted for sign-off is chased once it has waited {@code signOffDays}.
 */
public final class AgreementReminders {

    /** How far ahead, or how long after, each reminder comes. */
    public record Periods(int reviewDays, int expiryDays, int signOffDays) {
    }

    /** What the rules need to know of a version. */
    public record Version(long agreementId, int number, String title, String neighbourhoodName, AgreementStatus status,
                          LocalDate reviewDate, LocalDate validTo, LocalDate submittedOn, List<String> waitingFor) {
    }

    private AgreementReminders() {
    }

    public static List<AgreementReminder> of(Version v, Periods periods, LocalDate today) {
        List<AgreementReminder> reminders = new ArrayList<>();
        if (v.status() == AgreementStatus.ACTIVE) {
            if (v.reviewDate() != null && !v.reviewDate().isAfter(today.plusDays(periods.reviewDays()))) {
                reminders.add(reminder(ReminderKind.REVIEW_DUE, v, v.reviewDate()));
            }
            if (v.validTo() != null && !v.validTo().isBefore(today)
                    && !v.validTo().isAfter(today.plusDays(periods.expiryDays()))) {
                reminders.add(reminder(ReminderKind.EXPIRING, v, v.validTo()));
            }
        }
        if (v.status() == AgreementStatus.SUBMITTED && v.submittedOn() != null) {
            LocalDate chaseOn = v.submittedOn().plusDays(periods.signOffDays());
            if (!chaseOn.isAfter(today)) {
                reminders.add(reminder(ReminderKind.SIGN_OFF_PENDING, v, chaseOn));
            }
        }
        return reminders;
    }

    private static AgreementReminder reminder(ReminderKind kind, Version v, LocalDate dueOn) {
        return new AgreementReminder(kind, v.agreementId(), v.number(), v.title(), v.neighbourhoodName(), dueOn,
                kind == ReminderKind.SIGN_OFF_PENDING ? List.copyOf(v.waitingFor()) : List.of());
    }
}
