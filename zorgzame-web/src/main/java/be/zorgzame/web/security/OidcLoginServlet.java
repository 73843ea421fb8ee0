package be.zorgzame.web.security;

import be.zorgzame.platform.security.oidc.AuthorizationCodeCredential;
import be.zorgzame.platform.security.oidc.OidcException;
import be.zorgzame.platform.security.oidc.OpenIdProvider;
import be.zorgzame.platform.security.oidc.PendingLogin;
import be.zorgzame.web.LoginBacking;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Logger;

/**
 * The browser's side of a login through the municipality's OpenID Connect provider (authorization code
 * flow). {@value #START} sends the browser to the provider, keeping a {@link PendingLogin} in its
 * session; {@value #CALLBACK} takes the provider's answer, refuses it unless its {@code state} is that of
 * the login this session started (each is used once), and hands the code to the application's one
 * authentication mechanism ({@link ZorgzameAuthenticationMechanism}), which logs the user in as it does
 * after the login page. A refused login returns to the login page with a message; the server log says
 * why. Without {@code zorgzame.oidc.issuer} both answer 404.
 */
@WebServlet(urlPatterns = {OidcLoginServlet.START, OidcLoginServlet.CALLBACK})
public class OidcLoginServlet extends HttpServlet {

    public static final String START = "/oidc/login";
    static final String CALLBACK = "/oidc/callback";
    static final String FAILED = LoginBacking.PAGE + "?oidc=failed";

    private static final String PENDING = OidcLoginServlet.class.getName() + ".pending";
    private static final Logger LOG = Logger.getLogger(OidcLoginServlet.class.getName());

    @Inject
    OpenIdProvider provider;

    @Inject
    SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (provider.settings().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (START.equals(request.getServletPath())) {
            start(request, response);
        } else {
            callback(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        URI redirectUri = provider.settings().get().redirectUri() != null ? provider.settings().get().redirectUri()
                : URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + CALLBACK);
        PendingLogin login = PendingLogin.start(redirectUri, LoginBacking.safePath(request.getParameter("next")));
        URI authorization;
        try {
            authorization = provider.authorizationUri(login);
        } catch (OidcException e) {
            LOG.warning(() -> "A login through the OpenID Connect provider could not start: " + e.getMessage());
            response.sendRedirect(request.getContextPath() + FAILED);
            return;
        }
        request.getSession(true).setAttribute(PENDING, login);
        response.sendRedirect(authorization.toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        PendingLogin login = session != null && session.getAttribute(PENDING) instanceof PendingLogin pending ? pending : null;
        if (login != null) {
            session.removeAttribute(PENDING);
        }
        String code = request.getParameter("code");
        if (login == null || !login.hasState(request.getParameter("state")) || code == null || code.isBlank()) {
            String error = request.getParameter("error");
            LOG.warning(() -> "An answer of the OpenID Connect provider was refused: " + (login == null
                    ? "this session started no login" : !login.hasState(request.getParameter("state"))
                    ? "its state is not that of the login this session started" : "it holds no code but the error " + error));
            response.sendRedirect(request.getContextPath() + FAILED);
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new AuthorizationCodeCredential(code, login)));
        response.sendRedirect(request.getContextPath() + (status == AuthenticationStatus.SUCCESS ? login.next() : FAILED));
    }
}
