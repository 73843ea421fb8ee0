package be.zorgzame.checklist.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import be.zorgzame.checklist.entity.AssessmentStatus;
import be.zorgzame.checklist.entity.EvidenceLink;
import be.zorgzame.checklist.entity.EvidenceTarget;
import be.zorgzame.platform.problem.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    private static String refusedField(AssessmentStatus status, String reason, List<EvidenceLink> links) {
        return assertThrows(InvalidInputException.class, () -> AssessmentRules.check(status, reason, links)).field();
    }

    @Test
    void notApplicableNeedsAReason() {
        assertEquals("notApplicableReason", refusedField(AssessmentStatus.NOT_APPLICABLE, null, List.of()));
        assertEquals("notApplicableReason", refusedField(AssessmentStatus.NOT_APPLICABLE, "  ", List.of()));
        assertDoesNotThrow(() -> AssessmentRules.check(AssessmentStatus.NOT_APPLICABLE, "Geen GGC in Vlaanderen", List.of()));
    }

    @Test
    void aReasonBelongsOnlyToNotApplicable() {
        assertEquals("notApplicableReason", refusedField(AssessmentStatus.REALISED, "waarom", List.of()));
        assertDoesNotThrow(() -> AssessmentRules.check(AssessmentStatus.PLANNED, null, List.of()));
    }

    @Test
    void theSameEvidenceTwiceIsRefusedButTheSameIdOfAnotherKindIsNot() {
        EvidenceLink agreement = new EvidenceLink(EvidenceTarget.AGREEMENT, 4, null);
        EvidenceLink again = new EvidenceLink(EvidenceTarget.AGREEMENT, 4, "andere notitie");
        EvidenceLink mandate = new EvidenceLink(EvidenceTarget.MANDATE, 4, null);

        assertEquals("evidenceLinks", refusedField(AssessmentStatus.REALISED, null, List.of(agreement, again)));
        assertDoesNotThrow(() -> AssessmentRules.check(AssessmentStatus.REALISED, null, List.of(agreement, mandate)));
    }
}
