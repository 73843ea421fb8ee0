package be.zorgzame.agreements.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.agreements.control.AgreementReminders.Periods;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.ReminderKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementRemindersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Periods PERIODS = new Periods(30, 60, 14);

    private static List<ReminderKind> kinds(AgreementStatus status, LocalDate review, LocalDate validTo, LocalDate submittedOn) {
        AgreementReminders.Version version = new AgreementReminders.Version(1, 1, "Afspraken", "Rabot", status, review,
                validTo, submittedOn, List.of("Buurtcomité"));
        return AgreementReminders.of(version, PERIODS, TODAY).stream().map(AgreementReminder::kind).toList();
    }

    @Test
    void aReviewDateIsAnnouncedFromThirtyDaysAheadAndStaysWhenPassed() {
        assertEquals(List.of(), kinds(AgreementStatus.ACTIVE, TODAY.plusDays(31), null, null));
        assertEquals(List.of(ReminderKind.REVIEW_DUE), kinds(AgreementStatus.ACTIVE, TODAY.plusDays(30), null, null));
        assertEquals(List.of(ReminderKind.REVIEW_DUE), kinds(AgreementStatus.ACTIVE, TODAY.minusDays(5), null, null));
    }

    @Test
    void anEndDateIsAnnouncedFromSixtyDaysAheadUntilItPasses() {
        assertEquals(List.of(), kinds(AgreementStatus.ACTIVE, null, TODAY.plusDays(61), null));
        assertEquals(List.of(ReminderKind.EXPIRING), kinds(AgreementStatus.ACTIVE, null, TODAY.plusDays(60), null));
        assertEquals(List.of(ReminderKind.EXPIRING), kinds(AgreementStatus.ACTIVE, null, TODAY, null));
        assertEquals(List.of(), kinds(AgreementStatus.ACTIVE, null, TODAY.minusDays(1), null));
    }

    @Test
    void aSubmittedVersionIsChasedAfterFourteenDaysNamingWhoHasNotAnswered() {
        assertEquals(List.of(), kinds(AgreementStatus.SUBMITTED, null, null, TODAY.minusDays(13)));
        List<AgreementReminder> due = AgreementReminders.of(new AgreementReminders.Version(1, 2, "Afspraken", "Rabot",
                AgreementStatus.SUBMITTED, null, null, TODAY.minusDays(14), List.of("Buurtcomité")), PERIODS, TODAY);
        assertEquals(List.of(new AgreementReminder(ReminderKind.SIGN_OFF_PENDING, 1, 2, "Afspraken", "Rabot", TODAY,
                List.of("Buurtcomité"))), due);
    }

    @Test
    void draftsAndEndedVersionsNeedNoReminder() {
        for (AgreementStatus status : List.of(AgreementStatus.DRAFT, AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED)) {
            assertEquals(List.of(), kinds(status, TODAY, TODAY, TODAY.minusDays(30)), status.name());
        }
    }
}
