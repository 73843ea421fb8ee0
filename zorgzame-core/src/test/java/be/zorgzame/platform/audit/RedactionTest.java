package be.zorgzame.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final Set<String> PERSONAL = Set.of("name", "email");

    @Test
    void blanksTheValuesOfPersonalFieldsAndKeepsThatTheyChanged() {
        String stored = new FieldChanges().compare("name", "An Peeters", "An Peeters-Claes")
                .added("email", "an@example.org").added("legalBasis", "CONSENT").toJson();

        String redacted = Redaction.of(stored, PERSONAL);

        assertEquals("{\"name\":{\"from\":\"[gewist]\",\"to\":\"[gewist]\"},\"email\":{\"from\":null,\"to\":\"[gewist]\"},"
                + "\"legalBasis\":{\"from\":null,\"to\":\"CONSENT\"}}", redacted);
        assertFalse(redacted.contains("Peeters"));
    }

    @Test
    void leavesChangesWithoutPersonalFieldsAsTheyAre() {
        String stored = new FieldChanges().added("function", "buurtwerker").toJson();
        assertEquals(stored, Redaction.of(stored, PERSONAL));
    }

    @Test
    void replacesAValueOnlyWhereItStandsAsAWhole() {
        String snapshot = "[PartyView[organisationName=Vzw Antwerpen, contactPersonName=An, tasks=Anna helpt An]]";
        assertEquals("[PartyView[organisationName=Vzw Antwerpen, contactPersonName=Gewiste persoon #3,"
                + " tasks=Anna helpt Gewiste persoon #3]]", Redaction.replaceWhole(snapshot, "An", "Gewiste persoon #3"));
        assertEquals("mail aan [gewist], niet aan xan@example.org",
                Redaction.replaceWhole("mail aan an@example.org, niet aan xan@example.org", "an@example.org", "[gewist]"));
    }

    @Test
    void anEntryWithoutChangesStaysWithout() {
        assertNull(Redaction.of(null, PERSONAL));
    }
}
