package be.zorgzame.neighbourhoods.boundary;

import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may see and change which neighbourhoods, and so everything kept per neighbourhood. Municipal
 * staff, regional support and administrators see every neighbourhood; partner staff only those their
 * organisation takes part in. Municipal staff linked to a municipality change only its neighbourhoods;
 * administrators and staff without a municipality (an intermunicipal service) change all.
 */
@ApplicationScoped
public class NeighbourhoodAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    NeighbourhoodParticipation participation;

    public boolean seesEveryNeighbourhood() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN)
                || currentUser.hasRole(Role.REGIONAL_SUPPORT);
    }

    /** Empty when the caller sees every neighbourhood, else the organisation whose neighbourhoods they see. */
    public Optional<Long> onlyThoseOfOrganisation() {
        return seesEveryNeighbourhood() ? Optional.empty() : Optional.of(currentUser.organisationId().orElse(-1L));
    }

    public boolean maySee(long neighbourhoodId) {
        Optional<Long> organisation = onlyThoseOfOrganisation();
        return organisation.isEmpty() || participation.takesPart(organisation.get(), neighbourhoodId);
    }

    public void requireMaySee(long neighbourhoodId) {
        if (!maySee(neighbourhoodId)) {
            throw new ForbiddenException(currentUser.name() + " does not take part in neighbourhood " + neighbourhoodId);
        }
    }

    /** Municipal staff of this municipality, or of every municipality, and administrators. */
    public boolean mayChangeIn(Municipality municipality) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return currentUser.hasRole(Role.MUNICIPAL_STAFF)
                && currentUser.municipalityNisCode().map(own -> own.equals(municipality.getNisCode())).orElse(true);
    }

    public void requireMayChangeIn(Municipality municipality) {
        if (!mayChangeIn(municipality)) {
            throw new ForbiddenException(currentUser.name() + " may not change neighbourhoods of " + municipality.getNisCode());
        }
    }
}
