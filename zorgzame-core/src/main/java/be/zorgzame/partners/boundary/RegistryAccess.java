package be.zorgzame.partners.boundary;

import be.zorgzame.platform.problem.ForbiddenException;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Who may see and change what in the partner registry. Municipal staff and administrators manage it,
 * regional support reads it, partner staff see and change their own organisation and its people only.
 * The organisation a partner acts for always comes from their account, never from the request.
 */
@ApplicationScoped
public class RegistryAccess {

    @Inject
    CurrentUser currentUser;

    public boolean seesWholeRegistry() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN)
                || currentUser.hasRole(Role.REGIONAL_SUPPORT);
    }

    public boolean managesRegistry() {
        return currentUser.hasRole(Role.MUNICIPAL_STAFF) || currentUser.hasRole(Role.ADMIN);
    }

    /** Empty when the caller sees the whole registry, else the one organisation they may see. */
    public Optional<Long> onlyVisibleOrganisation() {
        return seesWholeRegistry() ? Optional.empty() : Optional.of(currentUser.organisationId().orElse(-1L));
    }

    /**
     * Which organisations the caller may see, decided once (one account lookup) for checking many,
     * as when a person's affiliations are shown.
     */
    public LongPredicate visibility() {
        Optional<Long> only = onlyVisibleOrganisation();
        return organisationId -> only.map(own -> own == organisationId).orElse(true);
    }

    public boolean maySee(long organisationId) {
        return seesWholeRegistry() || currentUser.actsFor(organisationId);
    }

    public boolean mayChange(long organisationId) {
        return managesRegistry() || currentUser.actsFor(organisationId);
    }

    public void requireMaySee(long organisationId) {
        if (!maySee(organisationId)) {
            throw new ForbiddenException(currentUser.name() + " may not see organisation " + organisationId);
        }
    }

    public void requireMayChange(long organisationId) {
        if (!mayChange(organisationId)) {
            throw new ForbiddenException(currentUser.name() + " may not change organisation " + organisationId);
        }
    }

    public void requireManages() {
        currentUser.requireAnyOf(Role.MUNICIPAL_STAFF, Role.ADMIN);
    }
}
