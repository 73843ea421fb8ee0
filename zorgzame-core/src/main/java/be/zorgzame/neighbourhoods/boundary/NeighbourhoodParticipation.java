package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

/**
 * Whether an organisation takes part in a neighbourhood. The partner registry knows (it keeps the
 * involvements); neighbourhoods only ask, so the dependency runs from partners to neighbourhoods.
 */
public interface NeighbourhoodParticipation {

    /** The organisation takes or took part in the neighbourhood, at any time. */
    boolean takesPart(long organisationId, long neighbourhoodId);

    /** The same, as a condition on the neighbourhoods a query selects. */
    Predicate takesPart(CriteriaBuilder cb, AbstractQuery<?> query, Path<Neighbourhood> neighbourhood, long organisationId);
}
