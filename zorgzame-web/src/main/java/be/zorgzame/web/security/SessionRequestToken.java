package be.zorgzame.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The request token of the logged-in session, written into every page ({@code meta} element
 * {@value #META_NAME}) so that a script of the page can send it back in
 * {@value RequestForgeryFilter#HEADER} when it changes data through the API.
 */
@Named
@RequestScoped
public class SessionRequestToken {

    public static final String META_NAME = "zorgzame-request-token";

    @Inject
    HttpServletRequest request;

    /** The token, or nothing before login. */
    public String getValue() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SessionIdentity.ATTRIBUTE) instanceof SessionIdentity identity
                ? identity.requestToken() : "";
    }
}
