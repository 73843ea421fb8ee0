package be.zorgzame.platform.security.oidc;

/** A login through the OpenID Connect provider failed; the message says why, for the server log. */
public class OidcException extends Exception {

    public OidcException(String message) {
        super(message);
    }

    public OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}
