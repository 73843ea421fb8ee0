package be.zorgzame.checklist.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.checklist.control.ReviewReminderMail.Facts;
import be.zorgzame.checklist.control.ReviewReminderMail.Kind;
import be.zorgzame.checklist.entity.AssessmentStatus;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReviewReminderMailTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Facts facts(String neighbourhood, String owner) {
        return new Facts(42, "Gent", neighbourhood, "Toetsingskader", "DOEL-1", "Kwaliteitsvol leven", AssessmentStatus.PLANNED,
                owner, LocalDate.of(2026, 12, 1));
    }

    @Test
    void aReviewIsDueUpToItsDateAndOverdueFromTheDayAfter() {
        assertEquals(Kind.REVIEW_DUE, Kind.on(TODAY.plusDays(30), TODAY));
        assertEquals(Kind.REVIEW_DUE, Kind.on(TODAY, TODAY));
        assertEquals(Kind.REVIEW_OVERDUE, Kind.on(TODAY.minusDays(1), TODAY));
    }

    @Test
    void theMailNamesWhereWhatWhoAndWhenAndThePageWithoutALink() {
        ReviewReminderMail mail = ReviewReminderMail.of(Kind.REVIEW_DUE, facts("Zorgzaam Rabot", "Dienst Welzijn"), Locale.forLanguageTag("nl"));

        assertEquals("Beleidschecklist Gent, buurt Zorgzaam Rabot: herziening van DOEL-1 op 01/12/2026", mail.subject());
        for (String part : new String[] {"Toetsingskader", "DOEL-1 \u201eKwaliteitsvol leven\u201d", "Status: Gepland",
                "Trekker: Dienst Welzijn", "01/12/2026", "(checklist/assessment.xhtml?id=42)"}) {
            assertTrue(mail.body().contains(part), part + " in " + mail.body());
        }
        assertFalse(mail.body().contains("http"), mail.body());
    }

    @Test
    void aMunicipalAssessmentNamesOnlyTheMunicipalityAndAMissingOwnerIsSaid() {
        ReviewReminderMail mail = ReviewReminderMail.of(Kind.REVIEW_OVERDUE, facts(null, " "), Locale.forLanguageTag("nl"));

        assertEquals("Beleidschecklist Gent: herziening van DOEL-1 was voorzien op 01/12/2026", mail.subject());
        assertTrue(mail.body().contains("Trekker: niet ingevuld"), mail.body());
    }

    @Test
    void theMailIsInTheInstallationsLanguage() {
        ReviewReminderMail french = ReviewReminderMail.of(Kind.REVIEW_OVERDUE, facts("Rabot", null), Locale.forLanguageTag("fr"));
        ReviewReminderMail english = ReviewReminderMail.of(Kind.REVIEW_DUE, facts("Rabot", null), Locale.forLanguageTag("en"));

        assertEquals("Check-list politique Gent, quartier Rabot : la révision de DOEL-1 était prévue le 01/12/2026", french.subject());
        assertTrue(french.body().contains("l'évaluation") && french.body().contains("Statut : Prévu"), french.body());
        assertEquals("Policy checklist Gent, neighbourhood Rabot: review of DOEL-1 on 01/12/2026", english.subject());
        assertTrue(english.body().contains("Owner: not filled in") && english.body().contains("Status: Planned"), english.body());
    }
}
