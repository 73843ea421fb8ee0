package be.zorgzame.web.api;

import be.zorgzame.web.api.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Enforces each operation's {@link RoleRule}, portably across JAX-RS implementations. Deny by default:
 * an operation declaring no rule is refused. Anonymous callers get 401, callers lacking a role 403.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleRuleFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(RoleRuleFilter.class.getName());

    @Context
    ResourceInfo resourceInfo;

    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        Optional<RoleRule> rule = RoleRule.of(method, resourceInfo.getResourceClass());
        if (rule.isPresent() && rule.get().permitAll()) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(problems.unauthorized(request));
        } else if (rule.isEmpty()) {
            LOG.severe(() -> "Operation without a role rule refused: " + method);
            request.abortWith(problems.status(Response.Status.FORBIDDEN, request));
        } else if (!rule.get().admits(security::isUserInRole)) {
            request.abortWith(problems.status(Response.Status.FORBIDDEN, request));
        }
    }
}
