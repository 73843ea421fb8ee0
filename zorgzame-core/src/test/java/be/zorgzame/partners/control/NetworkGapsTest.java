package be.zorgzame.partners.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import be.zorgzame.partners.control.NetworkGaps.Participant;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.partners.entity.NetworkGap;
import be.zorgzame.partners.entity.OrganisationCategory;
import be.zorgzame.partners.entity.Sector;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NetworkGapsTest {

    private static final Participant LDC = new Participant(1, InvolvementRole.REGIE_ACTOR, OrganisationCategory.FORMAL,
            Set.of(Sector.CARE, Sector.WELFARE));
    private static final Participant HOME_CARE = new Participant(2, InvolvementRole.PARTNER, OrganisationCategory.FORMAL,
            Set.of(Sector.HEALTH));
    private static final Participant NEIGHBOURS = new Participant(3, InvolvementRole.CORE_PARTNER, OrganisationCategory.INFORMAL,
            Set.of());
    private static final Participant SCHOOL = new Participant(4, InvolvementRole.PARTNER, OrganisationCategory.LOCAL_STAKEHOLDER,
            Set.of());
    private static final Participant HOUSING = new Participant(5, InvolvementRole.EXTERNAL_PARTNER, OrganisationCategory.FORMAL,
            Set.of(Sector.HOUSING));

    @Test
    void anEmptyNetworkHasEveryGap() {
        assertEquals(EnumSet.allOf(NetworkGap.class), NetworkGaps.of(List.of()));
    }

    @Test
    void aBroadNetworkWithACoordinatorHasNone() {
        assertEquals(Set.of(), NetworkGaps.of(List.of(LDC, NEIGHBOURS, SCHOOL)));
        assertEquals(Set.of(), NetworkGaps.of(List.of(LDC, NEIGHBOURS, HOUSING)));
    }

    @Test
    void onlyCareAndWelfareLacksTheOtherSectorsAndInformalPartners() {
        assertEquals(Set.of(NetworkGap.NO_INFORMAL_PARTNERS, NetworkGap.NO_PARTNERS_BEYOND_CARE_AND_WELFARE),
                NetworkGaps.of(List.of(LDC, HOME_CARE)));
    }

    @Test
    void oneOrganisationInSeveralRolesStillHangsOnOne() {
        Participant sameAgain = new Participant(1, InvolvementRole.PARTNER, OrganisationCategory.FORMAL, Set.of(Sector.HOUSING));
        assertEquals(Set.of(NetworkGap.NO_INFORMAL_PARTNERS, NetworkGap.HANGS_ON_ONE_ORGANISATION),
                NetworkGaps.of(List.of(LDC, sameAgain)));
    }

    @Test
    void withoutARegieActorTheGapIsNamed() {
        assertEquals(Set.of(NetworkGap.NO_REGIE_ACTOR), NetworkGaps.of(List.of(HOME_CARE, NEIGHBOURS, SCHOOL)));
    }
}
