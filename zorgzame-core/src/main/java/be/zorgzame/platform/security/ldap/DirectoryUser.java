package be.zorgzame.platform.security.ldap;

import be.zorgzame.platform.security.Role;
import java.util.Set;

/**
 * What the directory says about a user whose password it has just accepted.
 *
 * @param organisationKbo the enterprise number of a partner user's organisation, as the directory holds it
 * @param municipalityNisCode the NIS code of a municipal employee's municipality, as the directory holds it
 */
public record DirectoryUser(String callerName, String displayName, Set<Role> roles,
                     String organisationKbo, String municipalityNisCode) {
}
