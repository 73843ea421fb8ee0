package be.zorgzame.partners.control;

import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.partners.entity.NetworkGap;
import be.zorgzame.partners.entity.OrganisationCategory;
import be.zorgzame.partners.entity.Sector;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the gaps the research names in a neighbourhood's network on one day: the other two pillars
 * (informal–formal links, intersectoral collaboration) lag behind social contact, a lasting
 * coordinator is a necessary condition, and the work must not hang on one organisation.
 */
public final class NetworkGaps {

    /** What one involved organisation brings to the network. */
    public record Participant(long organisationId, InvolvementRole role, OrganisationCategory category, Set<Sector> sectors) {
    }

    private NetworkGaps() {
    }

    /** A local stakeholder (school, shop, ...) or an organisation working in a sector other than care, welfare, health. */
    static boolean isBeyondCareAndWelfare(Participant participant) {
        return participant.category() == OrganisationCategory.LOCAL_STAKEHOLDER
                || participant.sectors().stream().anyMatch(sector -> !sector.isCareOrWelfare());
    }

    public static Set<NetworkGap> of(List<Participant> participants) {
        Set<NetworkGap> gaps = EnumSet.noneOf(NetworkGap.class);
        if (participants.stream().noneMatch(p -> p.role() == InvolvementRole.REGIE_ACTOR)) {
            gaps.add(NetworkGap.NO_REGIE_ACTOR);
        }
        if (participants.stream().noneMatch(p -> p.category() == OrganisationCategory.INFORMAL)) {
            gaps.add(NetworkGap.NO_INFORMAL_PARTNERS);
        }
        if (participants.stream().noneMatch(NetworkGaps::isBeyondCareAndWelfare)) {
            gaps.add(NetworkGap.NO_PARTNERS_BEYOND_CARE_AND_WELFARE);
        }
        if (participants.stream().map(Participant::organisationId).distinct().count() <= 1) {
            gaps.add(NetworkGap.HANGS_ON_ONE_ORGANISATION);
        }
        return gaps;
    }
}
