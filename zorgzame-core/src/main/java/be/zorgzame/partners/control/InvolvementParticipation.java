package be.zorgzame.partners.control;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodParticipation;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.entity.Involvement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

/** Taking part in a neighbourhood means having been involved in it, in any role and period. */
@ApplicationScoped
public class InvolvementParticipation implements NeighbourhoodParticipation {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean takesPart(long organisationId, long neighbourhoodId) {
        return em.createNamedQuery("Involvement.countByOrganisationAndNeighbourhood", Long.class)
                .setParameter("organisation", organisationId)
                .setParameter("neighbourhood", neighbourhoodId)
                .getSingleResult() > 0;
    }

    @Override
    public Predicate takesPart(CriteriaBuilder cb, AbstractQuery<?> query, Path<Neighbourhood> neighbourhood,
                               long organisationId) {
        Subquery<Long> involved = query.subquery(Long.class);
        Root<Involvement> involvement = involved.from(Involvement.class);
        involved.select(involvement.get("id")).where(
                cb.equal(involvement.get("neighbourhood"), neighbourhood),
                cb.equal(involvement.get("organisation").get("id"), organisationId));
        return cb.exists(involved);
    }
}
