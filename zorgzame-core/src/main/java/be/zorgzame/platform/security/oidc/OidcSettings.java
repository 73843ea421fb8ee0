package be.zorgzame.platform.security.oidc;

import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.security.Role;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * How the municipality's OpenID Connect provider is reached and its ID tokens read, from the
 * {@code zorgzame.oidc.*} keys of {@link ZorgzameConfig}. Refuses at start-up, naming the key, an issuer
 * or redirect URI that is no absolute http(s) URI and a configured issuer without a client id.
 *
 * @param clientSecret null for a public client
 * @param redirectUri null: {@code /oidc/callback} of the address the browser used
 * @param roleGroups for each role, the values of the groups claim that grant it
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String scopes, URI redirectUri,
                           String usernameClaim, String groupsClaim, Map<Role, Set<String>> roleGroups,
                           String organisationClaim, String municipalityClaim) {

    static final String DEFAULT_SCOPES = "openid profile";
    static final String DEFAULT_USERNAME_CLAIM = "preferred_username";
    static final String DEFAULT_GROUPS_CLAIM = "groups";

    /** The settings, or empty when no provider is configured. */
    public static Optional<OidcSettings> from(Config config) {
        Optional<String> issuer = ZorgzameConfig.text(config, ZorgzameConfig.OIDC_ISSUER);
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        Map<Role, Set<String>> roleGroups = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            ZorgzameConfig.text(config, ZorgzameConfig.OIDC_ROLE_PREFIX + role.name()).ifPresent(values -> roleGroups.put(role,
                    Arrays.stream(values.split(";")).map(String::trim).filter(value -> !value.isEmpty())
                            .collect(Collectors.toCollection(LinkedHashSet::new))));
        }
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add("openid");
        scopes.addAll(Arrays.asList(ZorgzameConfig.text(config, ZorgzameConfig.OIDC_SCOPES).orElse(DEFAULT_SCOPES).split("\\s+")));
        return Optional.of(new OidcSettings(
                address(ZorgzameConfig.OIDC_ISSUER, issuer.get()),
                ZorgzameConfig.text(config, ZorgzameConfig.OIDC_CLIENT_ID).orElseThrow(() -> new IllegalArgumentException(
                        ZorgzameConfig.OIDC_CLIENT_ID + " is required with " + ZorgzameConfig.OIDC_ISSUER)),
                ZorgzameConfig.text(config, ZorgzameConfig.OIDC_CLIENT_SECRET).orElse(null),
                String.join(" ", scopes),
                ZorgzameConfig.text(config, ZorgzameConfig.OIDC_REDIRECT_URI)
                        .map(uri -> address(ZorgzameConfig.OIDC_REDIRECT_URI, uri)).orElse(null),
                ZorgzameConfig.text(config, ZorgzameConfig.OIDC_USERNAME_CLAIM).orElse(DEFAULT_USERNAME_CLAIM),
                ZorgzameConfig.text(config, ZorgzameConfig.OIDC_GROUPS_CLAIM).orElse(DEFAULT_GROUPS_CLAIM),
                Map.copyOf(roleGroups),
                ZorgzameConfig.text(config, ZorgzameConfig.OIDC_ORGANISATION_CLAIM).orElse(null),
                ZorgzameConfig.text(config, ZorgzameConfig.OIDC_MUNICIPALITY_CLAIM).orElse(null)));
    }

    /** The roles these values of the groups claim grant; compared exactly, as providers send them. */
    Set<Role> rolesOf(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleGroups.forEach((role, granting) -> {
            if (groups.stream().anyMatch(granting::contains)) {
                roles.add(role);
            }
        });
        return roles;
    }

    /** Without the client secret, so logging the settings never leaks it. */
    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", scopes=" + scopes
                + ", redirectUri=" + redirectUri + ", usernameClaim=" + usernameClaim + ", groupsClaim=" + groupsClaim
                + ", roleGroups=" + roleGroups + "]";
    }

    private static URI address(String key, String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " holds no URI: " + value, e);
        }
        throw new IllegalArgumentException(key + " holds no absolute http(s) URI: " + value);
    }
}
