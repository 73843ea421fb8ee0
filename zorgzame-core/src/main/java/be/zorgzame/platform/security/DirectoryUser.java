package be.zorgzame.platform.security;

import java.util.Set;

/**
 * What the municipality's directory (LDAP) or OpenID Connect provider says about a user it has just
 * authenticated.
 *
 * @param source the identity source of the user's account row, {@link AppUser#LDAP} or {@link AppUser#OIDC}
 * @param organisationKbo the enterprise number of a partner user's organisation, as the directory holds it
 * @param municipalityNisCode the NIS code of a municipal employee's municipality, as the directory holds it
 */
public record DirectoryUser(String source, String callerName, String displayName, Set<Role> roles,
                            String organisationKbo, String municipalityNisCode) {
}
