package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.CollaborationLevel;
import be.zorgzame.partners.entity.NetworkGap;
import be.zorgzame.partners.entity.OrganisationCategory;
import be.zorgzame.partners.entity.Sector;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A neighbourhood's network on one day: how many organisations take part, by kind of partner, by
 * sector and by level of collaboration (keyed by the names of {@link OrganisationCategory},
 * {@link Sector} and {@link CollaborationLevel}, all present, in that order), and the gaps the research names.
 */
public record NetworkOverview(long neighbourhoodId, LocalDate on, int organisations,
                              Map<String, Long> byCategory, Map<String, Long> bySector,
                              Map<String, Long> byCollaborationLevel, Set<NetworkGap> gaps) implements Serializable {
}
