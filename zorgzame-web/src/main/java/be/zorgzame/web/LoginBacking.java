package be.zorgzame.web;

import be.zorgzame.platform.security.LockoutPolicy;
import be.zorgzame.platform.security.LoginLockouts;
import be.zorgzame.platform.security.oidc.OpenIdProvider;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The login page: checks the credentials and returns the user to the page they asked for. Every failed
 * login gets one message, which names the lock rule but never says whether the account exists or is
 * locked. When the municipality's OpenID Connect provider is configured, a link starts a login there
 * ({@code OidcLoginServlet}). Logging out ends the session: its id no longer authenticates anything (the
 * session at the provider is left alone).
 */
@Named
@RequestScoped
public class LoginBacking {

    public static final String PAGE = "/login.xhtml";
    private static final String HOME = "/index.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    @Inject
    LoginLockouts lockouts;

    @Inject
    OpenIdProvider openIdProvider;

    private String username;
    private String password;

    private String next;

    public void login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            facesContext.responseComplete();
        } else {
            LockoutPolicy policy = lockouts.policy();
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(
                    facesContext.getViewRoot().getLocale(), "login.failed", policy.attempts(), policy.period().toMinutes()), null));
        }
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + PAGE);
    }

    /** Only a path inside this application, never another site (no open redirect). */
    String safeNext() {
        return safePath(next);
    }

    /** The path to return to after logging in: the one asked for when it is inside this application, else the start page. */
    public static String safePath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith(PAGE)) {
            return HOME;
        }
        return next;
    }

    /** Whether the login page offers logging in through the municipality's OpenID Connect provider. */
    public boolean isOidcEnabled() {
        return openIdProvider.settings().isPresent();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
