package be.zorgzame.partners.boundary;

import be.zorgzame.partners.entity.Affiliation;
import be.zorgzame.partners.entity.Involvement;
import be.zorgzame.partners.entity.Organisation;
import be.zorgzame.partners.entity.OrganisationMerge;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.platform.audit.AuditEntry;
import be.zorgzame.platform.audit.AuditTrail;
import be.zorgzame.platform.audit.FieldChanges;
import be.zorgzame.platform.problem.EditConflicts;
import be.zorgzame.platform.problem.InvalidInputException;
import be.zorgzame.platform.problem.NotFoundException;
import be.zorgzame.platform.security.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Merges two registry entries that turn out to be the same organisation. The survivor keeps its own
 * values and takes from the duplicate what it lacks (identifiers, contact details, the address when it
 * has none, the sectors of both); the duplicate's involvements, affiliations and partner accounts pass
 * to the survivor and the duplicate is removed, all audited in one transaction. The audit trail itself
 * is never rewritten: the survivor's history includes that of every entry merged into it.
 * Other components that refer to organisations pass their references on when {@link OrganisationsMerged} is fired.
 */
@ApplicationScoped
@Transactional
public class OrganisationMerger {

    private static final String ENTITY = "Organisation";
    private static final String DUPLICATE = "duplicateId";

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistryAccess access;

    @Inject
    OrganisationService organisations;

    @Inject
    UserService users;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<OrganisationsMerged> mergeEvents;

    public OrganisationView merge(long survivorId, @NotNull @Valid OrganisationMergeInput input) {
        access.requireManages();
        if (input.duplicateId() == survivorId) {
            throw new InvalidInputException(DUPLICATE, "{zorgzame.merge.same}");
        }
        Organisation survivor = Optional.ofNullable(em.find(Organisation.class, survivorId))
                .orElseThrow(() -> new NotFoundException(ENTITY, survivorId));
        Organisation duplicate = Optional.ofNullable(em.find(Organisation.class, input.duplicateId()))
                .orElseThrow(() -> new InvalidInputException(DUPLICATE, "{zorgzame.organisation.unknown}"));
        EditConflicts.requireCurrent(ENTITY, survivorId, survivor.getVersion(), input.version());
        EditConflicts.requireCurrent(ENTITY, duplicate.getId(), duplicate.getVersion(), input.duplicateVersion());

        OrganisationView kept = OrganisationView.of(survivor);
        OrganisationView gone = OrganisationView.of(duplicate);
        passOnInvolvements(duplicate, survivor);
        passOnAffiliations(duplicate, survivor);
        users.passOnOrganisation(duplicate.getId(), survivorId);
        mergeEvents.fire(new OrganisationsMerged(duplicate.getId(), survivorId));
        em.createNamedQuery("OrganisationMerge.passOn")
                .setParameter("merged", duplicate.getId())
                .setParameter("survivor", survivorId)
                .executeUpdate();
        em.persist(new OrganisationMerge(duplicate.getId(), survivorId));
        em.remove(duplicate);
        em.flush();
        auditTrail.deleted(Organisation.class, gone.id(),
                OrganisationService.changes(gone, null).added("mergedInto", survivorId));
        auditTrail.updated(Organisation.class, survivorId, new FieldChanges().added("mergedFrom", gone.id()));
        return organisations.update(survivorId, combined(kept, gone));
    }

    /** The survivor's history with that of every entry merged into it, oldest first. */
    public List<AuditEntry> history(long organisationId) {
        access.requireManages();
        if (em.find(Organisation.class, organisationId) == null) {
            throw new NotFoundException(ENTITY, organisationId);
        }
        List<String> ids = new ArrayList<>();
        ids.add(String.valueOf(organisationId));
        em.createNamedQuery("OrganisationMerge.mergedInto", Long.class)
                .setParameter("survivor", organisationId)
                .getResultStream()
                .forEach(id -> ids.add(String.valueOf(id)));
        return auditTrail.history(Organisation.class.getSimpleName(), ids);
    }

    private void passOnInvolvements(Organisation duplicate, Organisation survivor) {
        em.createQuery("SELECT i FROM Involvement i WHERE i.organisation = :duplicate", Involvement.class)
                .setParameter("duplicate", duplicate)
                .getResultList()
                .forEach(involvement -> {
                    involvement.moveTo(survivor);
                    auditTrail.updated(Involvement.class, involvement.getId(),
                            new FieldChanges().compare("organisationId", duplicate.getId(), survivor.getId()));
                });
    }

    /** A person already affiliated with the survivor keeps that affiliation; the duplicate one ends. */
    private void passOnAffiliations(Organisation duplicate, Organisation survivor) {
        em.createNamedQuery("Affiliation.findByOrganisation", Affiliation.class)
                .setParameter("organisation", duplicate.getId())
                .getResultList()
                .forEach(affiliation -> {
                    boolean alreadyThere = affiliation.getPerson().getAffiliations().stream()
                            .anyMatch(other -> other.getOrganisation().equals(survivor));
                    if (alreadyThere) {
                        affiliation.getPerson().removeAffiliation(affiliation);
                        auditTrail.deleted(Affiliation.class, affiliation.getId(), new FieldChanges()
                                .removed("person", affiliation.getPerson().getId()).removed("organisation", duplicate.getId()));
                    } else {
                        affiliation.moveTo(survivor);
                        auditTrail.updated(Affiliation.class, affiliation.getId(),
                                new FieldChanges().compare("organisation", duplicate.getId(), survivor.getId()));
                    }
                });
    }

    private static OrganisationInput combined(OrganisationView kept, OrganisationView merged) {
        boolean keptHasAddress = Stream.of(kept.street(), kept.houseNumber(), kept.postcode(), kept.municipalityNisCode())
                .anyMatch(value -> value != null);
        OrganisationView address = keptHasAddress ? kept : merged;
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        sectors.addAll(kept.sectors());
        sectors.addAll(merged.sectors());
        return new OrganisationInput(kept.name(), either(kept.legalForm(), merged.legalForm()), kept.kind(), sectors,
                either(kept.activeFrom(), merged.activeFrom()), either(kept.activeTo(), merged.activeTo()),
                address.street(), address.houseNumber(), address.postcode(), address.municipalityNisCode(),
                either(kept.website(), merged.website()), either(kept.email(), merged.email()),
                either(kept.phone(), merged.phone()), either(kept.kboNumber(), merged.kboNumber()),
                either(kept.vcode(), merged.vcode()), either(kept.ovoCode(), merged.ovoCode()), kept.version());
    }

    private static <T> T either(T kept, T merged) {
        return kept != null ? kept : merged;
    }
}
