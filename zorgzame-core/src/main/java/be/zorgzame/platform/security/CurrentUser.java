package be.zorgzame.platform.security;

import be.zorgzame.platform.problem.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;

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

    public void requireAnyOf(Role... roles) {
        if (Arrays.stream(roles).noneMatch(this::hasRole)) {
            throw new ForbiddenException(name() + " lacks one of " + Arrays.toString(roles));
        }
    }
}
