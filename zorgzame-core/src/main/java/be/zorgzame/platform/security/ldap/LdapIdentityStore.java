package be.zorgzame.platform.security.ldap;

import be.zorgzame.platform.security.AppUser;
import be.zorgzame.platform.security.DirectoryAccounts;
import be.zorgzame.platform.security.DirectoryUser;
import be.zorgzame.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;

/**
 * Logs users in with the municipality's directory (LDAP / Active Directory), next to the built-in
 * store, when {@code zorgzame.ldap.url} is set; without it this store takes part in nothing. It is
 * asked after the built-in store, and its groups are the module's roles mapped from directory groups.
 * A directory user's account row is kept in step at each login ({@link DirectoryAccounts}).
 */
@ApplicationScoped
public class LdapIdentityStore implements IdentityStore {

    /** After the built-in store (priority 70), so a directory cannot shadow a built-in account's login. */
    private static final int PRIORITY = 80;
    private static final Logger LOG = Logger.getLogger(LdapIdentityStore.class.getName());

    @Inject
    Config config;

    @Inject
    DirectoryAccounts accounts;

    private LdapDirectory directory;

    @PostConstruct
    void configure() {
        directory = LdapSettings.from(config).map(LdapDirectory::new).orElse(null);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (directory == null || !(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = login.getCaller();
        if (name == null || name.isBlank() || name.length() > AppUser.USERNAME_LENGTH) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<DirectoryUser> user;
        try {
            user = directory.authenticate(name.trim(), login.getPassword().getValue());
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The directory could not be asked about a login", e);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (user.isEmpty() || !accounts.keepInStep(user.get())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.get().callerName(),
                user.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return directory == null ? EnumSet.noneOf(ValidationType.class) : EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
