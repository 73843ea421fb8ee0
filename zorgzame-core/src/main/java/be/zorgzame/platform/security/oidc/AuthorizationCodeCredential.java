package be.zorgzame.platform.security.oidc;

import jakarta.security.enterprise.credential.Credential;

/**
 * The authorization code the provider sent the browser back with, together with the login it answers
 * (whose state has already been checked); {@link OidcIdentityStore} turns it into a user.
 */
public record AuthorizationCodeCredential(String code, PendingLogin login) implements Credential {
}
