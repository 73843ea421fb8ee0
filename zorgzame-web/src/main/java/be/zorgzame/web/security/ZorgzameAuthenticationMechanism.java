package be.zorgzame.web.security;

import be.zorgzame.web.LoginBacking;
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
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for both kinds of caller. People log in on the Dutch login page (the credential
 * arrives through {@code SecurityContext.authenticate}) and stay logged in through their session;
 * API clients send HTTP Basic on each request and get no session; a valid Basic credential is
 * remembered briefly ({@link VerifiedBasicCredentials}) so that not every request pays for PBKDF2.
 * An anonymous request for a protected page is sent to the login page; the API answers 401 itself
 * (see the REST role filter).
 */
@ApplicationScoped
public class ZorgzameAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String API_PATH = "/api";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    VerifiedBasicCredentials verifiedBasicCredentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return logIn(submitted, request, context);
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent()) {
            return logInForThisRequest(basic.get(), context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity) {
            return context.notifyContainerAboutLogin(identity::name, identity.groups());
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

    private AuthenticationStatus logInForThisRequest(UsernamePasswordCredential credential, HttpMessageContext context) {
        String name = credential.getCaller();
        String password = credential.getPasswordAsString();
        Optional<Set<String>> remembered = verifiedBasicCredentials.groupsOf(name, password);
        if (remembered.isPresent()) {
            return context.notifyContainerAboutLogin(() -> name, remembered.get());
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.doNothing();
        }
        verifiedBasicCredentials.remember(name, password, result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus logIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SessionIdentity.ATTRIBUTE,
                new SessionIdentity(result.getCallerPrincipal().getName(), new HashSet<>(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
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
