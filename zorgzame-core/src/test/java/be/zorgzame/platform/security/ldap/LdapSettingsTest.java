package be.zorgzame.platform.security.ldap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.config.MapConfig;
import be.zorgzame.platform.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.junit.jupiter.api.Test;

class LdapSettingsTest {

    private static LdapSettings settings(Map<Role, String> groups) {
        return new LdapSettings("ldap://localhost", null, null, "", LdapSettings.DEFAULT_USER_FILTER, null,
                LdapSettings.DEFAULT_GROUP_FILTER, groups.entrySet().stream().collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> List.of(name(entry.getValue())))),
                "displayName", null, null);
    }

    private static LdapName name(String dn) {
        try {
            return new LdapName(dn);
        } catch (InvalidNameException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void groupsMapToRolesComparingDnsAsLdapDoes() {
        LdapSettings settings = settings(Map.of(
                Role.ADMIN, "cn=zorgzame-admins,ou=groups,dc=gent,dc=be",
                Role.PARTNER_STAFF, "cn=partners,ou=groups,dc=gent,dc=be"));

        assertEquals(Set.of(Role.ADMIN), settings.rolesOf(List.of(name("CN=Zorgzame-Admins, OU=Groups, DC=gent, DC=be"),
                name("cn=other,ou=groups,dc=gent,dc=be"))));
        assertTrue(settings.rolesOf(List.of(name("cn=other,ou=groups,dc=gent,dc=be"))).isEmpty());
    }

    @Test
    void noUrlMeansNoDirectory() {
        assertTrue(LdapSettings.from(new MapConfig(Map.of())).isEmpty());
    }

    @Test
    void aRoleGroupThatIsNoDnIsRefusedNamingTheKey() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LdapSettings.from(
                new MapConfig(Map.of("zorgzame.ldap.url", "ldap://x", "zorgzame.ldap.role.ADMIN", "admins"))));
        assertTrue(refused.getMessage().contains("zorgzame.ldap.role.ADMIN"), refused.getMessage());
    }

    @Test
    void severalGroupsMayGrantOneRole() {
        LdapSettings settings = LdapSettings.from(new MapConfig(Map.of("zorgzame.ldap.url", "ldap://x",
                "zorgzame.ldap.role.MUNICIPAL_STAFF", "cn=a,dc=x; cn=b,dc=x"))).orElseThrow();

        assertEquals(Set.of(Role.MUNICIPAL_STAFF), settings.rolesOf(List.of(name("cn=b,dc=x"))));
        assertEquals(LdapSettings.DEFAULT_USER_FILTER, settings.userFilter());
    }

    @Test
    void theServicePasswordIsNeverInTheText() {
        LdapSettings settings = LdapSettings.from(new MapConfig(Map.of("zorgzame.ldap.url", "ldap://x",
                "zorgzame.ldap.bind-password", "geheim-service-wachtwoord"))).orElseThrow();

        assertFalse(settings.toString().contains("geheim-service-wachtwoord"), settings.toString());
    }
}
