package be.zorgzame.mandates.boundary;

import be.zorgzame.mandates.entity.Mandate;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodAccess;
import be.zorgzame.neighbourhoods.entity.Neighbourhood;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and manage mandates. Municipal staff and administrators see all; partner staff see the
 * mandates of their own organisation, as employer or as granting organisation; regional support sees
 * none (only whether a neighbourhood has a linchpin). Managed by administrators, municipal staff who may
 * change every neighbourhood the mandate covers, and the granting organisation's staff for neighbourhoods
 * their organisation takes part in. Accounts are not linked to persons, so the holder's side (seeing the
 * mandate, logging feedback) is taken by the staff of the employing organisation.
 */
@ApplicationScoped
public class MandateAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    NeighbourhoodAccess neighbourhoodAccess;

    public boolean seesEveryMandate() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    /** The overviews across organisations are for municipal staff and administrators. */
    public void requireSeesEveryMandate() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.ADMIN);
    }

    /** Mandate details are for municipal staff, partner staff and administrators, not for regional support. */
    public void requireMaySeeMandates() {
        if (!maySeeMandates()) {
            throw new ForbiddenException(currentUser.name() + " may not see mandates");
        }
    }

    public boolean maySeeMandates() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.PARTNER_STAFF)
                || currentUser.hasRole(Role.ADMIN);
    }

    /** Empty when the caller sees every mandate, else the organisation whose mandates (employing or granting) they see. */
    public Optional<Long> onlyThoseOfOrganisation() {
        requireMaySeeMandates();
        return seesEveryMandate() ? Optional.empty() : Optional.of(partnerOrganisation().orElse(-1L));
    }

    public boolean maySee(Mandate mandate) {
        return onlyThoseOfOrganisation().map(mandate::concerns).orElse(true);
    }

    public void requireMaySee(Mandate mandate) {
        if (!maySee(mandate)) {
            throw new ForbiddenException(currentUser.name() + " may not see mandate " + mandate.getId());
        }
    }

    public void requireMayManage(Mandate mandate) {
        requireMayManage(mandate.getGrantingOrganisation().getId(), mandate.getNeighbourhoods());
    }

    /** For a mandate granted by this organisation, covering these neighbourhoods. */
    public void requireMayManage(long grantingOrganisationId, Collection<Neighbourhood> neighbourhoods) {
        if (!mayManage(grantingOrganisationId, neighbourhoods)) {
            throw new ForbiddenException(currentUser.name() + " may not manage mandates granted by " + grantingOrganisationId);
        }
    }

    public boolean mayManage(Mandate mandate) {
        return mayManage(mandate.getGrantingOrganisation().getId(), mandate.getNeighbourhoods());
    }

    public boolean mayManage(long grantingOrganisationId, Collection<Neighbourhood> neighbourhoods) {
        boolean municipal = neighbourhoods.stream().allMatch(n -> neighbourhoodAccess.mayChangeIn(n.getMunicipality()));
        boolean granting = currentUser.actsFor(grantingOrganisationId) && neighbourhoods.stream()
                .allMatch(n -> neighbourhoodAccess.maySee(n.getId()));
        return !neighbourhoods.isEmpty() && (municipal || granting);
    }

    /** Whether the caller may draft a mandate for the neighbourhood: partner staff as granted by their own organisation. */
    public boolean mayDraftIn(Neighbourhood neighbourhood) {
        return maySeeMandates() && mayManage(currentUser.organisationId().orElse(-1L), List.of(neighbourhood));
    }

    /** Those who manage the mandate, and the staff of the holder's employer. */
    public void requireMayLogFeedback(Mandate mandate) {
        if (!mayLogFeedback(mandate)) {
            throw new ForbiddenException(currentUser.name() + " may not log feedback on mandate " + mandate.getId());
        }
    }

    public boolean mayLogFeedback(Mandate mandate) {
        return currentUser.actsFor(mandate.getEmployer().getId()) || mayManage(mandate);
    }

    /** The neighbourhood's warnings: for those who see mandates and the neighbourhood. */
    public void requireMaySeeWarnings(long neighbourhoodId) {
        requireMaySeeMandates();
        neighbourhoodAccess.requireMaySee(neighbourhoodId);
    }

    public String name() {
        return currentUser.name();
    }

    private Optional<Long> partnerOrganisation() {
        return currentUser.hasRole(Role.PARTNER_STAFF) ? currentUser.organisationId() : Optional.empty();
    }
}
