package be.zorgzame.agreements.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.agreements.boundary.VersionDifference.Aspect;
import be.zorgzame.agreements.entity.AgreementStatus;
import be.zorgzame.agreements.entity.BodyKind;
import be.zorgzame.agreements.entity.DecisionLevel;
import be.zorgzame.agreements.entity.PartyRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionDifferencesTest {

    private static final PartyView LDC = new PartyView(1, "LDC De Rabotter", Set.of(PartyRole.REGIE), "Coördineert",
            Map.of("Budget", DecisionLevel.DECIDES_ALONE), null, null, new BigDecimal("8.00"), null, null, null);
    private static final PartyView OCMW = new PartyView(2, "OCMW Gent", Set.of(PartyRole.FINANCING), null,
            Map.of("Budget", DecisionLevel.AFTER_CONSULTATION), null, null, null, new BigDecimal("5000"), null, null);
    private static final PartyView SCHOOL = new PartyView(3, "Basisschool", Set.of(PartyRole.PROVIDING_SPACE), null,
            Map.of(), null, null, null, null, "Turnzaal", null);

    @Test
    void sameVersionHasNoDifferences() {
        AgreementVersionView v = version(List.of("Budget"), List.of(LDC, OCMW), List.of());
        assertEquals(List.of(), VersionDifferences.between(v, v));
    }

    @Test
    void addedAndRemovedPartiesAreNamed() {
        List<VersionDifference> differences = VersionDifferences.between(
                version(List.of("Budget"), List.of(LDC, OCMW), List.of()),
                version(List.of("Budget"), List.of(LDC, SCHOOL), List.of()));
        assertEquals(List.of(
                new VersionDifference(Aspect.PARTY, "OCMW Gent", null, "OCMW Gent", null),
                new VersionDifference(Aspect.PARTY, "Basisschool", null, null, "Basisschool")), differences);
    }

    @Test
    void changedRolesTasksAndDecisionRightsOfAPartyAreShownPerArea() {
        PartyView changed = new PartyView(1, "LDC De Rabotter", Set.of(PartyRole.REGIE, PartyRole.EXECUTING), "Coördineert en voert uit",
                Map.of("Budget", DecisionLevel.AFTER_CONSULTATION, "Activiteiten", DecisionLevel.DECIDES_ALONE), null, null,
                new BigDecimal("8.0"), null, null, null);
        List<VersionDifference> differences = VersionDifferences.between(
                version(List.of("Budget"), List.of(LDC), List.of()),
                version(List.of("Budget", "Activiteiten"), List.of(changed), List.of()));
        assertEquals(List.of(
                new VersionDifference(Aspect.DECISION_AREA, null, "Activiteiten", null, "Activiteiten"),
                new VersionDifference(Aspect.ROLES, "LDC De Rabotter", null, LDC.roles(), changed.roles()),
                new VersionDifference(Aspect.TASKS, "LDC De Rabotter", null, "Coördineert", "Coördineert en voert uit"),
                new VersionDifference(Aspect.DECISION_RIGHT, "LDC De Rabotter", "Budget",
                        DecisionLevel.DECIDES_ALONE, DecisionLevel.AFTER_CONSULTATION),
                new VersionDifference(Aspect.DECISION_RIGHT, "LDC De Rabotter", "Activiteiten", null, DecisionLevel.DECIDES_ALONE)),
                differences, "8.00 and 8.0 hours are no difference");
    }

    @Test
    void bodyMembersAreComparedByName() {
        BodyView before = new BodyView("Stuurgroep", BodyKind.STEERING_GROUP, "maandelijks", Set.of(1L));
        BodyView after = new BodyView("Stuurgroep", BodyKind.STEERING_GROUP, "maandelijks", Set.of(1L, 2L));
        List<VersionDifference> differences = VersionDifferences.between(
                version(List.of(), List.of(LDC, OCMW), List.of(before)),
                version(List.of(), List.of(LDC, OCMW), List.of(after)));
        assertEquals(1, differences.size());
        VersionDifference members = differences.get(0);
        assertEquals(Aspect.BODY_MEMBERS, members.aspect());
        assertEquals("Stuurgroep", members.detail());
        assertTrue(members.after().toString().contains("OCMW Gent"));
    }

    private static AgreementVersionView version(List<String> areas, List<PartyView> parties, List<BodyView> bodies) {
        return new AgreementVersionView(1, 1, "Rabot", 1, AgreementStatus.DRAFT, "Afsprakenkader", null,
                LocalDate.of(2026, 1, 1), null, LocalDate.of(2027, 1, 1), null, areas, parties, bodies, List.of(),
                List.of(), null, 0);
    }
}
