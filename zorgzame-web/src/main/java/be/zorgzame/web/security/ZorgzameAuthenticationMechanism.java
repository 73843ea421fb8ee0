package be.zorgzame.web.security;

import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.security.oidc.AuthorizationCodeCredential;
import be.zorgzame.web.LoginBacking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One mechanism for both kinds of caller (Jakarta Security allows one per application). People log in
 * on the Dutch login page, or through the municipality's OpenID Connect provider (the authorization code
 * from {@link OidcLoginServlet}, which needs no lockout: there is no password to guess here); either
 * credential arrives through {@code SecurityContext.authenticate}, and they stay logged in through their session;
 * API clients send HTTP Basic on each request and get no session; a valid Basic credential is
 * remembered briefly ({@link VerifiedBasicCredentials}) so that not every request pays for PBKDF2.
 * An anonymous request for a protected page is sent to the login page; the API answers 401 itself
 * (see the REST role filter). Both kinds of login go through {@link GuardedCredentialCheck}, which
 * locks an account after too many failures. A session ends after {@link SessionLimits}: the server
 * ends an idle one, this mechanism one older than the absolute limit.
 *
 * <p>A Basic credential remembered by {@link VerifiedBasicCredentials} stays valid while its account is
 * locked, for at most its few minutes: it was checked before the lock, so it is no guess, and the lock
 * is there to stop guessing. A guess made during the lock is never remembered, as it is refused.
 */
@ApplicationScoped
public class ZorgzameAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String API_PATH = "/api";
    private static final String BASIC_CHECKED = ZorgzameAuthenticationMechanism.class.getName() + ".basicChecked";

    @Inject
    GuardedCredentialCheck credentialCheck;

    @Inject
    VerifiedBasicCredentials verifiedBasicCredentials;

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.SESSION_IDLE_MINUTES, defaultValue = "" + SessionLimits.DEFAULT_IDLE_MINUTES)
    int idleMinutes;

    @Inject
    @ConfigProperty(name = ZorgzameConfig.SESSION_ABSOLUTE_HOURS, defaultValue = "" + SessionLimits.DEFAULT_ABSOLUTE_HOURS)
    int absoluteHours;

    private final Clock clock = Clock.systemUTC();
    private SessionLimits limits;

    @PostConstruct
    void configure() {
        limits = SessionLimits.of(idleMinutes, absoluteHours);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return logIn(submitted, request, context);
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent()) {
            return logInForThisRequest(basic.get(), request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity) {
            if (!identity.expiredAt(clock.instant(), limits.absolute())) {
                return context.notifyContainerAboutLogin(identity::name, identity.groups());
            }
            session.invalidate();
        }
        if (context.isProtected() && !request.getServletPath().startsWith(API_PATH)) {
            return context.redirect(request.getContextPath() + LoginBacking.PAGE
                    + "?next=" + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /**
     * The server may ask this mechanism more than once about one request; the Basic credential is
     * checked only the first time (kept in a request attribute), so one request is one attempt for
     * the lockout count and pays for PBKDF2 once.
     */
    private AuthenticationStatus logInForThisRequest(UsernamePasswordCredential credential, HttpServletRequest request,
                                                     HttpMessageContext context) {
        String name = credential.getCaller();
        String password = credential.getPasswordAsString();
        Optional<Set<String>> remembered = verifiedBasicCredentials.groupsOf(name, password);
        if (remembered.isPresent()) {
            return context.notifyContainerAboutLogin(() -> name, remembered.get());
        }
        CredentialValidationResult result = request.getAttribute(BASIC_CHECKED) instanceof CredentialValidationResult earlier
                ? earlier : credentialCheck.check(credential);
        request.setAttribute(BASIC_CHECKED, result);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.doNothing();
        }
        verifiedBasicCredentials.remember(name, password, result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus logIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result;
        if (credential instanceof UsernamePasswordCredential usernamePassword) {
            result = credentialCheck.check(usernamePassword);
        } else if (credential instanceof AuthorizationCodeCredential) {
            result = identityStoreHandler.validate(credential);
        } else {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(limits.idleSeconds());
        session.setAttribute(SessionIdentity.ATTRIBUTE, SessionIdentity.loggedIn(
                result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups()), clock.instant()));
        return context.notifyContainerAboutLogin(result);
    }

    /** The HTTP Basic credential of the request; when there is one, it alone decides who the caller is. */
    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
