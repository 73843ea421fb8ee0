package be.zorgzame.checklist.boundary;

import be.zorgzame.checklist.entity.Assessment;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodAccess;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who may do what with the checklist. The catalogue is read by everyone and kept by administrators.
 * Municipal staff and administrators read every assessment; municipal staff assess their own municipality
 * and its neighbourhoods (staff without a municipality and administrators: all). Partner staff read and
 * comment on the assessments of the neighbourhoods their organisation takes part in, never the
 * municipality's. Regional support reads the regional aggregate only.
 */
@ApplicationScoped
public class ChecklistAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    NeighbourhoodAccess neighbourhoodAccess;

    public void requireReadsCatalogue() {
        currentUser.requireAnyOf(Role.values());
    }

    public void requireAdministers() {
        currentUser.requireAnyOf(Role.ADMIN);
    }

    /** Every assessment, of municipalities and neighbourhoods: municipal staff and administrators. */
    public boolean seesEveryAssessment() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    public void requireSeesMunicipalities() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.ADMIN);
    }

    /** A neighbourhood's checklist: municipal staff, administrators, and partner staff taking part in it. */
    public void requireMaySeeNeighbourhood(long neighbourhoodId) {
        if (!seesEveryAssessment()) {
            currentUser.requireAnyOf(Role.PARTNER_STAFF);
            neighbourhoodAccess.requireMaySee(neighbourhoodId);
        }
    }

    public boolean maySee(Assessment assessment) {
        if (seesEveryAssessment()) {
            return true;
        }
        return currentUser.hasRole(Role.PARTNER_STAFF) && assessment.getNeighbourhood() != null
                && neighbourhoodAccess.maySee(assessment.getNeighbourhood().getId());
    }

    public void requireMaySee(Assessment assessment) {
        if (!maySee(assessment)) {
            throw new ForbiddenException(currentUser.name() + " may not see assessment " + assessment.getId());
        }
    }

    public boolean mayAssess(Municipality municipality) {
        return neighbourhoodAccess.mayChangeIn(municipality);
    }

    public void requireMayAssess(Municipality municipality) {
        if (!mayAssess(municipality)) {
            throw new ForbiddenException(currentUser.name() + " may not assess for " + municipality.getNisCode());
        }
    }

    /** The reviews list: empty when the caller follows every municipality, else the one they work for. */
    public Optional<String> onlyMunicipality() {
        return currentUser.hasRole(Role.ADMIN) ? Optional.empty() : currentUser.municipalityNisCode();
    }

    /** Reviews due: municipal staff, partner staff (their neighbourhoods') and administrators. */
    public void requireReadsReviews() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.PARTNER_STAFF, Role.ADMIN);
    }

    public void requireReadsAggregates() {
        currentUser.requireAnyOf(Role.REGIONAL_SUPPORT, Role.MUNICIPAL_STAFF, Role.ADMIN);
    }

    /** Meeting places are read by municipal staff, partner staff and administrators. */
    public void requireReadsMeetingPlaces() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.PARTNER_STAFF, Role.ADMIN);
    }

    /** Meeting places are kept by municipal staff of the municipality and administrators. */
    public void requireMayKeepMeetingPlacesIn(Municipality municipality) {
        requireMayAssess(municipality);
    }

    public String name() {
        return currentUser.name();
    }
}
