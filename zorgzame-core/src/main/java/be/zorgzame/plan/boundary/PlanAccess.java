package be.zorgzame.plan.boundary;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodAccess;
import be.zorgzame.neighbourhoods.entity.Municipality;
import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see and keep multi-year plans. Municipal staff and administrators read every plan; municipal
 * staff keep (create, import, link) only their own municipality's (all, for staff without a municipality),
 * administrators every one. Partner staff read only the actions linked to neighbourhoods their
 * organisation takes part in, and those neighbourhoods' coverage. Regional support reads the aggregate
 * coverage of a municipality, never the items themselves.
 */
@ApplicationScoped
public class PlanAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    NeighbourhoodAccess neighbourhoodAccess;

    public boolean seesWholePlans() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    /** Plans, their revisions and (some of) their items: municipal staff, partner staff, administrators. */
    public void requireMayReadPlans() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.PARTNER_STAFF, Role.ADMIN);
    }

    /** Links, revision differences and imports: for those who see whole plans. */
    public void requireSeesWholePlans() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.ADMIN);
    }

    public void requireMayManage(Municipality municipality) {
        if (!neighbourhoodAccess.mayChangeIn(municipality)) {
            throw new ForbiddenException(currentUser.name() + " may not keep the plans of " + municipality.getNisCode());
        }
    }

    /** A neighbourhood's coverage with its actions: for those who read plans and see the neighbourhood. */
    public void requireMaySeeCoverageOf(long neighbourhoodId) {
        requireMayReadPlans();
        neighbourhoodAccess.requireMaySee(neighbourhoodId);
    }

    /** The totals per neighbourhood and year, without items: municipal staff, regional support, administrators. */
    public void requireMaySeeAggregates() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.REGIONAL_SUPPORT, Role.ADMIN);
    }

    public boolean maySee(long neighbourhoodId) {
        return neighbourhoodAccess.maySee(neighbourhoodId);
    }

    public String name() {
        return currentUser.name();
    }
}
