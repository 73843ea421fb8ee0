package be.zorgzame.platform.security.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.config.MapConfig;
import be.zorgzame.platform.security.AppUser;
import be.zorgzame.platform.security.DirectoryUser;
import be.zorgzame.platform.security.Role;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code zorgzame.oidc.*} keys, and how the claims of an ID token become a user. */
class OidcSettingsTest {

    private static final Map<String, String> KEYS = Map.of(
            "zorgzame.oidc.issuer", "https://login.gent.be/realms/gent",
            "zorgzame.oidc.client-id", "zorgzame",
            "zorgzame.oidc.scopes", "profile email",
            "zorgzame.oidc.groups-claim", "realm_access.roles",
            "zorgzame.oidc.role.ADMIN", "beheer; ict",
            "zorgzame.oidc.role.PARTNER_STAFF", "partners",
            "zorgzame.oidc.organisation-claim", "kbo",
            "zorgzame.oidc.municipality-claim", "nis");

    private static OidcSettings settings(Map<String, String> keys) {
        return OidcSettings.from(new MapConfig(keys)).orElseThrow();
    }

    @Test
    void noIssuerMeansNoProvider() {
        assertTrue(OidcSettings.from(new MapConfig(Map.of())).isEmpty());
    }

    @Test
    void anIssuerNeedsAClientIdAndMustBeAnAbsoluteAddress() {
        IllegalArgumentException noClient = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of("zorgzame.oidc.issuer", "https://login.gent.be")));
        assertTrue(noClient.getMessage().contains("zorgzame.oidc.client-id"), noClient.getMessage());
        IllegalArgumentException noAddress = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of("zorgzame.oidc.issuer", "login.gent.be", "zorgzame.oidc.client-id", "z")));
        assertTrue(noAddress.getMessage().contains("zorgzame.oidc.issuer"), noAddress.getMessage());
    }

    @Test
    void openidIsAlwaysAskedForAndTheClientSecretIsNeverShown() {
        Map<String, String> keys = new HashMap<>(KEYS);
        keys.put("zorgzame.oidc.client-secret", "geheim-2026");
        OidcSettings settings = settings(keys);

        assertEquals("openid profile email", settings.scopes());
        assertTrue(!settings.toString().contains("geheim-2026"), settings.toString());
    }

    @Test
    void theClaimsGiveTheUserWithTheRolesOfTheMappedGroupsFromANestedClaim() throws OidcException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("f81d4fae")
                .claim("preferred_username", "Pieter.Peeters")
                .claim("name", "Pieter Peeters")
                .claim("realm_access", Map.of("roles", List.of("ict", "partners", "offline_access")))
                .claim("kbo", "0419.052.173")
                .claim("nis", 44021)
                .build();

        DirectoryUser user = OidcIdentityStore.user(settings(KEYS), claims);

        assertEquals(new DirectoryUser(AppUser.OIDC, "pieter.peeters", "Pieter Peeters",
                Set.of(Role.ADMIN, Role.PARTNER_STAFF), "0419.052.173", "44021"), user);
    }

    @Test
    void aUserWithoutMappedGroupsGetsNoRoleAndOneWithoutUserNameIsRefused() throws OidcException {
        JWTClaimsSet unmapped = new JWTClaimsSet.Builder().subject("a").claim("preferred_username", "an")
                .claim("realm_access", Map.of("roles", "other")).build();
        DirectoryUser user = OidcIdentityStore.user(settings(KEYS), unmapped);
        assertTrue(user.roles().isEmpty());
        assertEquals("an", user.displayName());
        assertNull(user.organisationKbo());

        assertThrows(OidcException.class, () -> OidcIdentityStore.user(settings(KEYS),
                new JWTClaimsSet.Builder().subject("b").claim("preferred_username", " ").build()));
        assertThrows(OidcException.class, () -> OidcIdentityStore.user(settings(KEYS),
                new JWTClaimsSet.Builder().subject("c").claim("preferred_username", "x".repeat(101)).build()));
    }
}
