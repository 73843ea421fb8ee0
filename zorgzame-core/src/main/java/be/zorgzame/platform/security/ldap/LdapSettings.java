package be.zorgzame.platform.security.ldap;

import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.eclipse.microprofile.config.Config;

/**
 * How the municipality's directory is reached and read, from the {@code zorgzame.ldap.*} keys of
 * {@link ZorgzameConfig}. Refuses, at start-up and naming the key, a group DN that is no DN.
 */
record LdapSettings(String url, String bindDn, String bindPassword, String userBaseDn, String userFilter,
                    String groupBaseDn, String groupFilter, Map<Role, List<LdapName>> roleGroups,
                    String displayNameAttribute, String organisationAttribute, String municipalityAttribute) {

    static final String DEFAULT_USER_FILTER = "(&(objectClass=person)(uid=%s))";
    static final String DEFAULT_GROUP_FILTER = "(|(member=%s)(uniqueMember=%s))";
    static final String DEFAULT_DISPLAY_NAME_ATTRIBUTE = "displayName";

    /** The settings, or empty when no directory is configured. */
    static Optional<LdapSettings> from(Config config) {
        Optional<String> url = ZorgzameConfig.text(config, ZorgzameConfig.LDAP_URL);
        if (url.isEmpty()) {
            return Optional.empty();
        }
        Map<Role, List<LdapName>> roleGroups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            ZorgzameConfig.text(config, ZorgzameConfig.LDAP_ROLE_PREFIX + role.name())
                    .ifPresent(dns -> roleGroups.put(role, names(ZorgzameConfig.LDAP_ROLE_PREFIX + role.name(), dns)));
        }
        return Optional.of(new LdapSettings(url.get(),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_BIND_DN).orElse(null),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_BIND_PASSWORD).orElse(null),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_USER_BASE_DN).orElse(""),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_USER_FILTER).orElse(DEFAULT_USER_FILTER),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_GROUP_BASE_DN).orElse(null),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_GROUP_FILTER).orElse(DEFAULT_GROUP_FILTER),
                Map.copyOf(roleGroups),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_DISPLAY_NAME_ATTRIBUTE).orElse(DEFAULT_DISPLAY_NAME_ATTRIBUTE),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_ORGANISATION_ATTRIBUTE).orElse(null),
                ZorgzameConfig.text(config, ZorgzameConfig.LDAP_MUNICIPALITY_ATTRIBUTE).orElse(null)));
    }

    /** The roles the groups with these DNs grant; DNs compare as LDAP does, ignoring case and spacing. */
    Set<Role> rolesOf(List<LdapName> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleGroups.forEach((role, granting) -> {
            if (granting.stream().anyMatch(groups::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** Without the service account's password, so logging the settings never leaks it. */
    @Override
    public String toString() {
        return "LdapSettings[url=" + url + ", bindDn=" + bindDn + ", userBaseDn=" + userBaseDn
                + ", userFilter=" + userFilter + ", groupBaseDn=" + groupBaseDn + ", groupFilter=" + groupFilter
                + ", roleGroups=" + roleGroups + "]";
    }

    private static List<LdapName> names(String key, String dns) {
        return Arrays.stream(dns.split(";")).map(String::trim).filter(dn -> !dn.isEmpty()).map(dn -> {
            try {
                return new LdapName(dn);
            } catch (InvalidNameException e) {
                throw new IllegalArgumentException(key + " holds no DN: " + dn, e);
            }
        }).toList();
    }
}
