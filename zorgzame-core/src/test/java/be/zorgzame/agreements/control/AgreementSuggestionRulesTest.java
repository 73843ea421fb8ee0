package be.zorgzame.agreements.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.agreements.control.AgreementSuggestionRules.Facts;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.checklist.entity.Recommendations;
import be.zorgzame.checklist.entity.Suggestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flemish 2 is suggested by an agreement in force that gives decision rights, and by nothing less. */
class AgreementSuggestionRulesTest {

    @Test
    void anActiveAgreementWithDecisionRightsSuggestsRolesAndTaskDivision() {
        List<Suggestion> suggestions = AgreementSuggestionRules.of(List.of(
                new Facts(7, "Rabot", AgreementStatus.ACTIVE, true),
                new Facts(3, "Brugse Poort", AgreementStatus.ACTIVE, true)));

        assertEquals(1, suggestions.size());
        Suggestion roles = suggestions.get(0);
        assertEquals(Recommendations.FLEMISH_ROLES, roles.itemCode());
        assertEquals("suggestion.agreementDecisionRights", roles.reasonKey());
        assertEquals(List.of("Brugse Poort, Rabot"), roles.reasonArguments());
        assertEquals(List.of(new Suggestion.Evidence(EvidenceTarget.AGREEMENT, 3), new Suggestion.Evidence(EvidenceTarget.AGREEMENT, 7)),
                roles.evidence());
    }

    @Test
    void withoutDecisionRightsOrNotInForceNothingIsSuggested() {
        assertEquals(List.of(), AgreementSuggestionRules.of(List.of(
                new Facts(1, "Rabot", AgreementStatus.ACTIVE, false),
                new Facts(2, "Rabot", AgreementStatus.EXPIRED, true),
                new Facts(3, "Rabot", AgreementStatus.SUBMITTED, true),
                new Facts(4, "Rabot", AgreementStatus.DRAFT, true))));
    }
}
