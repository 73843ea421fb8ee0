package be.zorgzame.demo;

import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.migration.SchemaReady;
import be.zorgzame.platform.security.CurrentUser;
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
 * {@value ZorgzameConfig#BOOTSTRAP_ADMIN_PASSWORD}, once, when no administrator exists yet.
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
        currentUser.actAsSystem(() -> users.create("admin", "Beheerder", password.get().toCharArray(), Set.of(Role.ADMIN)));
        LOG.info("First administrator 'admin' created; remove " + ZorgzameConfig.BOOTSTRAP_ADMIN_PASSWORD + " from the configuration");
    }
}
