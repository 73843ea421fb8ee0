package be.zorgzame.checklist.control;

import be.zorgzame.checklist.entity.MeetingPlace;
import be.zorgzame.partners.boundary.OrganisationsMerged;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** When two registry entries are merged, the meeting places the duplicate owns pass to the survivor. */
@ApplicationScoped
public class MeetingPlacesOnMerge {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    void passOn(@Observes OrganisationsMerged merge) {
        Organisation survivor = em.find(Organisation.class, merge.survivorId());
        em.createNamedQuery("MeetingPlace.findByOwner", MeetingPlace.class)
                .setParameter("owner", merge.duplicateId())
                .getResultList()
                .forEach(place -> {
                    place.setOwner(survivor);
                    auditTrail.updated(MeetingPlace.class, place.getId(), new FieldChanges()
                            .compare("ownerOrganisationId", merge.duplicateId(), merge.survivorId()));
                });
    }
}
