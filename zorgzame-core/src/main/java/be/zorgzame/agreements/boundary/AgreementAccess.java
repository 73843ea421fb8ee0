package be.zorgzame.agreements.boundary;

import be.zorgzame.agreements.entity.Agreement;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodAccess;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may see, draft and sign agreements. Municipal staff and administrators see all; anyone else
 * (partner staff, regional support) only the agreements their organisation is a party to. Municipal
 * staff who may change the neighbourhood, and the staff of its present regie actor, draft and edit.
 * Each party signs for itself: the organisation comes from the account, never from the request.
 */
@ApplicationScoped
public class AgreementAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    NeighbourhoodAccess neighbourhoodAccess;

    @PersistenceContext
    EntityManager em;

    public boolean seesEveryAgreement() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    /** Empty when the caller sees every agreement, else the organisation whose agreements they see. */
    public Optional<Long> onlyThoseOfOrganisation() {
        return seesEveryAgreement() ? Optional.empty() : Optional.of(currentUser.organisationId().orElse(-1L));
    }

    public void requireMaySee(Agreement agreement) {
        Optional<Long> organisation = onlyThoseOfOrganisation();
        boolean party = organisation.isEmpty() || agreement.getVersions().stream()
                .anyMatch(version -> version.party(organisation.get()).isPresent());
        if (!party) {
            throw new ForbiddenException(currentUser.name() + " is not party to agreement " + agreement.getId());
        }
    }

    public void requireMayDraft(Neighbourhood neighbourhood) {
        if (!neighbourhoodAccess.mayChangeIn(neighbourhood.getMunicipality()) && !staffOfRegieActor(neighbourhood)) {
            throw new ForbiddenException(currentUser.name() + " may not draft agreements for neighbourhood " + neighbourhood.getId());
        }
    }

    /** The organisation the caller signs for. */
    public long signingOrganisation() {
        return currentUser.organisationId()
                .orElseThrow(() -> new ForbiddenException(currentUser.name() + " signs for no organisation"));
    }

    public String name() {
        return currentUser.name();
    }

    private boolean staffOfRegieActor(Neighbourhood neighbourhood) {
        Optional<Long> own = currentUser.hasRole(Role.PARTNER_STAFF) ? currentUser.organisationId() : Optional.empty();
        return own.isPresent() && em.createNamedQuery("Involvement.countInRoleOn", Long.class)
                .setParameter("organisation", own.get())
                .setParameter("neighbourhood", neighbourhood.getId())
                .setParameter("role", InvolvementRole.REGIE_ACTOR)
                .setParameter("day", LocalDate.now())
                .getSingleResult() > 0;
    }
}
