package be.zorgzame.mandates.control;

import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.partners.boundary.OrganisationsMerged;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** When two registry entries are merged, mandates employing or granted by the duplicate pass to the survivor. */
@ApplicationScoped
public class MandatesOnMerge {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    void passOn(@Observes OrganisationsMerged merge) {
        Organisation survivor = em.find(Organisation.class, merge.survivorId());
        em.createQuery("SELECT m FROM Mandate m WHERE m.employer.id = :duplicate OR m.grantingOrganisation.id = :duplicate",
                        Mandate.class)
                .setParameter("duplicate", merge.duplicateId())
                .getResultList()
                .forEach(mandate -> {
                    long employer = mandate.getEmployer().getId();
                    long granting = mandate.getGrantingOrganisation().getId();
                    mandate.replaceOrganisation(merge.duplicateId(), survivor);
                    auditTrail.updated(Mandate.class, mandate.getId(), new FieldChanges()
                            .compare("employerId", employer, mandate.getEmployer().getId())
                            .compare("grantingOrganisationId", granting, mandate.getGrantingOrganisation().getId()));
                });
    }
}
