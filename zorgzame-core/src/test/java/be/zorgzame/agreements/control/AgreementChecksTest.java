package be.zorgzame.agreements.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.agreements.control.AgreementWarning.Code;
import be.zorgzame.agreements.entity.DecisionLevel;
import be.zorgzame.agreements.entity.PartyRole;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgreementChecksTest {

    private static final LocalDate REVIEW = LocalDate.of(2027, 1, 1);

    private static AgreementChecks.Party regie() {
        return new AgreementChecks.Party(1, "LDC", Set.of(PartyRole.REGIE), "coördinatie",
                Map.of("Budget", DecisionLevel.AFTER_CONSULTATION), true);
    }

    @Test
    void aCompleteAgreementRaisesNoWarning() {
        AgreementChecks.Party school = new AgreementChecks.Party(2, "School", Set.of(PartyRole.PROVIDING_SPACE), null,
                Map.of("Ruimte", DecisionLevel.DECIDES_ALONE), false);

        assertEquals(List.of(), AgreementChecks.of(REVIEW, List.of("Budget", "Ruimte"), List.of(regie(), school), Set.of(1L, 2L)));
    }

    @Test
    void everyGapIsNamedWithItsSubject() {
        AgreementChecks.Party volunteers = new AgreementChecks.Party(3, "Vrijwilligers", Set.of(PartyRole.EXECUTING),
                "buurtbezoeken", Map.of(), false);

        List<AgreementWarning> warnings = AgreementChecks.of(null, List.of("Budget", "Communicatie"), List.of(volunteers), Set.of());

        assertEquals(List.of(
                new AgreementWarning(Code.NO_REGIE_PARTY, null),
                new AgreementWarning(Code.AREA_WITHOUT_OWNER, "Budget"),
                new AgreementWarning(Code.AREA_WITHOUT_OWNER, "Communicatie"),
                new AgreementWarning(Code.TASKS_WITHOUT_DECISION_RIGHTS, "Vrijwilligers"),
                new AgreementWarning(Code.TASKS_WITHOUT_CONTACT, "Vrijwilligers"),
                new AgreementWarning(Code.PARTY_NOT_INVOLVED, "Vrijwilligers"),
                new AgreementWarning(Code.NO_REVIEW_DATE, null)), warnings);
    }

    @Test
    void anAreaLeftToTheCoordinationBodyIsOwned() {
        AgreementChecks.Party partner = new AgreementChecks.Party(4, "Partner", Set.of(PartyRole.SUPPORTING), null,
                Map.of("Communicatie", DecisionLevel.COORDINATION_BODY_ONLY), false);

        assertEquals(List.of(), AgreementChecks.of(REVIEW, List.of("Budget", "Communicatie"), List.of(regie(), partner),
                Set.of(1L, 4L)));
    }
}
