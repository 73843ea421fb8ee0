package be.zorgzame.web.security;

import be.zorgzame.web.Languages;
import be.zorgzame.web.api.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * Cross-site request forgery protection of the REST API (OWASP CSRF cheat sheet: synchronizer token,
 * sent in a custom request header). A browser adds the session cookie to any request, also one a
 * foreign site makes it send; so a state-changing call (POST, PUT, PATCH, DELETE) authenticated by
 * the session alone is refused with 403 unless it carries the session's request token in
 * {@value #HEADER}. A foreign site can neither read the token (same-origin policy) nor send a custom
 * header without a CORS preflight, which this API never grants. Calls with HTTP Basic are not
 * affected: a browser never adds those credentials to a request on its own. Reading (GET, HEAD) never
 * needs the token, so links to exports keep working.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class RequestForgeryFilter implements ContainerRequestFilter {

    /** The header that carries the request token of the page's session. */
    public static final String HEADER = "X-Zorgzame-Request-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Problems problems;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || ZorgzameAuthenticationMechanism.basicCredential(servletRequest).isPresent()) {
            return;
        }
        HttpSession session = servletRequest.getSession(false);
        if (session == null || !(session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity)) {
            return;
        }
        if (!identity.hasRequestToken(request.getHeaderString(HEADER))) {
            request.abortWith(problems.of(Response.Status.FORBIDDEN, Problems.Type.REQUEST_TOKEN_MISSING,
                    Languages.bestOf(request.getAcceptableLanguages()), request.getUriInfo().getRequestUri(), List.of()));
        }
    }
}
