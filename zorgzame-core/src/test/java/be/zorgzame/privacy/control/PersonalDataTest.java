package be.zorgzame.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.audit.FieldChanges;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void aReasonRepeatingTheNameEmailOrPhoneIsRecognisedWhateverTheCaseOrSpacing() {
        assertTrue(PersonalData.mentions("Verzoek van an  PEETERS", "An Peeters", null, null));
        assertTrue(PersonalData.mentions("mail aan AN@example.org", "X", "an@example.org", null));
        assertTrue(PersonalData.mentions("belde vanop 092101010", "X", null, "09 210 10 10"));
        assertFalse(PersonalData.mentions("Verzoek van de betrokkene per brief van 3 maart", "An Peeters", "an@example.org",
                "09 210 10 10"));
    }

    @Test
    void theAffiliationTextIsWhatTheAuditTrailWritesOnCreation() {
        String created = new FieldChanges().added("person", 42L).added("organisation", 7L).toJson();
        assertTrue(created.contains(PersonalData.affiliationOf(42)));
        assertFalse(created.contains(PersonalData.affiliationOf(4)));
    }

    @Test
    void thePlaceholderNamesTheErasureAndStaysDistinctPerPerson() {
        assertEquals("Gewiste persoon #12", PersonalData.placeholder(12));
    }
}
