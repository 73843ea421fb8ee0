package be.zorgzame.platform.security;

import be.zorgzame.platform.problem.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who is acting in this request. Services check roles here as well as at the REST and page layer,
 * so a forgotten rule at the edge does not open the business logic.
 */
@ApplicationScoped
public class CurrentUser {

    /** Name recorded in the audit trail for work done by the application itself (demo data, first administrator). */
    public static final String SYSTEM = "system";

    private static final ThreadLocal<Boolean> ACTING_AS_SYSTEM = ThreadLocal.withInitial(() -> false);

    @Inject
    SecurityContext securityContext;

    @PersistenceContext
    EntityManager em;

    /** Runs start-up work (demo data, the first administrator) as the system, which holds every role. */
    public void actAsSystem(Runnable work) {
        ACTING_AS_SYSTEM.set(true);
        try {
            work.run();
        } finally {
            ACTING_AS_SYSTEM.remove();
        }
    }

    public String name() {
        if (ACTING_AS_SYSTEM.get()) {
            return SYSTEM;
        }
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? SYSTEM : principal.getName();
    }

    public boolean hasRole(Role role) {
        return ACTING_AS_SYSTEM.get() || securityContext.isCallerInRole(role.name());
    }

    /** The organisation a partner user acts for, read fresh so a changed link takes effect at once. */
    public Optional<Long> organisationId() {
        return account().map(AppUser::getOrganisationId);
    }

    /** The municipality a municipal employee works for; empty for staff of every municipality. */
    public Optional<String> municipalityNisCode() {
        return account().map(AppUser::getMunicipalityNisCode);
    }

    /** Partner staff acting for this organisation. */
    public boolean actsFor(long organisationId) {
        return hasRole(Role.PARTNER_STAFF) && organisationId().filter(own -> own == organisationId).isPresent();
    }

    private Optional<AppUser> account() {
        if (ACTING_AS_SYSTEM.get() || securityContext.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", name())
                .getResultStream()
                .findFirst();
    }

    public void requireAnyOf(Role... roles) {
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new ForbiddenException(name() + " lacks one of " + Arrays.toString(roles));
        }
    }
}
