package be.zorgzame.platform.security.oidc;

import be.zorgzame.platform.security.AppUser;
import be.zorgzame.platform.security.DirectoryAccounts;
import be.zorgzame.platform.security.DirectoryUser;
import be.zorgzame.platform.security.Role;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Logs users in with the municipality's OpenID Connect provider when {@code zorgzame.oidc.issuer} is set;
 * without it this store takes part in nothing. It validates only the authorization code the provider
 * sent back ({@link AuthorizationCodeCredential}), never a password. Its groups are the module's roles
 * mapped from the groups claim; the account row is kept in step at each login ({@link DirectoryAccounts}),
 * which refuses a name of the built-in store or of the LDAP directory.
 */
@ApplicationScoped
public class OidcIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(OidcIdentityStore.class.getName());

    @Inject
    OpenIdProvider provider;

    @Inject
    DirectoryAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (provider.settings().isEmpty() || !(credential instanceof AuthorizationCodeCredential callback)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        DirectoryUser user;
        try {
            user = user(provider.settings().get(), provider.claimsFor(callback));
        } catch (OidcException e) {
            LOG.warning(() -> "A login through the OpenID Connect provider was refused: " + e.getMessage());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!accounts.keepInStep(user)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.callerName(),
                user.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return provider.settings().isEmpty()
                ? EnumSet.noneOf(ValidationType.class) : EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    /** What the ID token says about its user, read with the configured claims. */
    static DirectoryUser user(OidcSettings settings, JWTClaimsSet claims) throws OidcException {
        String name = text(claims.getClaims(), settings.usernameClaim());
        if (name == null || name.length() > AppUser.USERNAME_LENGTH) {
            throw new OidcException("the ID token of " + claims.getSubject() + " has no usable user name in the claim "
                    + settings.usernameClaim());
        }
        String displayName = text(claims.getClaims(), "name");
        return new DirectoryUser(AppUser.OIDC, name.toLowerCase(Locale.ROOT), displayName == null ? name : displayName,
                settings.rolesOf(groups(claim(claims.getClaims(), settings.groupsClaim()))),
                text(claims.getClaims(), settings.organisationClaim()),
                text(claims.getClaims(), settings.municipalityClaim()));
    }

    /** A claim by name, or by a dotted path into nested objects ({@code realm_access.roles}); null when absent. */
    private static Object claim(Map<String, Object> claims, String path) {
        if (path == null) {
            return null;
        }
        Object value = claims;
        for (String step : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(step);
        }
        return value;
    }

    private static String text(Map<String, Object> claims, String path) {
        Object value = claim(claims, path);
        return value instanceof String || value instanceof Number
                ? value.toString().trim().isEmpty() ? null : value.toString().trim() : null;
    }

    private static Collection<String> groups(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return value instanceof String single ? List.of(single) : List.of();
    }
}
