package be.zorgzame.agreements.control;

import be.zorgzame.agreements.entity.AgreementParty;
import be.zorgzame.agreements.entity.CoordinationBody;
import be.zorgzame.partners.boundary.OrganisationsMerged;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * When two registry entries are merged, the duplicate's places in agreements (as a party, a signer, a
 * body member) pass to the survivor. Two entries that are both party to one version cannot be merged
 * without changing what was agreed, so that merge is refused.
 */
@ApplicationScoped
public class AgreementPartiesOnMerge {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    void passOn(@Observes OrganisationsMerged merge) {
        List<AgreementParty> parties = em.createQuery(
                        "SELECT p FROM AgreementParty p WHERE p.organisation.id = :duplicate", AgreementParty.class)
                .setParameter("duplicate", merge.duplicateId())
                .getResultList();
        Organisation survivor = em.find(Organisation.class, merge.survivorId());
        for (AgreementParty party : parties) {
            if (party.getAgreementVersion().party(merge.survivorId()).isPresent()) {
                throw new InvalidInputException("duplicateId", "{zorgzame.merge.bothParties}");
            }
            party.moveTo(survivor);
            auditTrail.updated(AgreementParty.class, party.getId(),
                    new FieldChanges().compare("organisationId", merge.duplicateId(), merge.survivorId()));
        }
        em.createQuery("UPDATE SignOff s SET s.organisation = :survivor WHERE s.organisation.id = :duplicate")
                .setParameter("survivor", survivor)
                .setParameter("duplicate", merge.duplicateId())
                .executeUpdate();
        em.createQuery("SELECT DISTINCT b FROM CoordinationBody b JOIN b.memberOrganisationIds m WHERE m = :duplicate",
                        CoordinationBody.class)
                .setParameter("duplicate", merge.duplicateId())
                .getResultList()
                .forEach(body -> body.replaceMember(merge.duplicateId(), merge.survivorId()));
    }
}
