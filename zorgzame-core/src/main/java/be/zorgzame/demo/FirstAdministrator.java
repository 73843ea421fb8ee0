package be.zorgzame.demo;

import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.migration.SchemaReady;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.PasswordHashing;
import be.zorgzame.platform.security.Role;
import be.zorgzame.platform.security.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the administrator "admin" of a new production installation from
 * {@value ZorgzameConfig#BOOTSTRAP_ADMIN_PASSWORD}, once, when no administrator exists yet. A password
 * shorter than {@value PasswordHashing#MINIMUM_LENGTH} characters is refused with a message naming the
 * key, rather than failing the start-up, so the module can still be reached to read the log.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = ZorgzameConfig.BOOTSTRAP_ADMIN_PASSWORD)
    Optional<String> password;

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    @Transactional
    void create(@Observes SchemaReady ready) {
        if (password.isEmpty() || users.anyUserHas(Role.ADMIN)) {
            return;
        }
        if (password.get().length() < PasswordHashing.MINIMUM_LENGTH) {
            LOG.severe(() -> ZorgzameConfig.BOOTSTRAP_ADMIN_PASSWORD + " is shorter than " + PasswordHashing.MINIMUM_LENGTH
                    + " characters: no first administrator created; set a longer password and restart");
            return;
        }
        currentUser.actAsSystem(() -> users.create("admin", "Beheerder", password.get().toCharArray(), Set.of(Role.ADMIN)));
        LOG.info("First administrator 'admin' created; remove " + ZorgzameConfig.BOOTSTRAP_ADMIN_PASSWORD + " from the configuration");
    }
}
