package be.zorgzame.web.api;

import be.zorgzame.demo.DemoData;
import be.zorgzame.platform.migration.SchemaReady;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.platform.security.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Accounts that {@link LoginProtectionIT} and the administrators' page test may lock, so that no demo user other test classes log in
 * with is ever locked; created at start-up in that deployment only, with the demo users' password.
 */
@ApplicationScoped
public class LoginProtectionAccounts {

    static final String LOCKED = "slot-proef";
    static final String RESET = "slot-herstel";

    /** Locked and lifted on the administrators' page (PrivacyPagesIT). */
    public static final String PAGE = "slot-pagina";

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    void create(@Observes SchemaReady ready) {
        currentUser.actAsSystem(() -> {
            create(LOCKED, "Sofie Slotproef");
            create(RESET, "Herman Herstel");
            create(PAGE, "Paula Paginaslot");
        });
    }

    /** Once per database: on PostgreSQL all test classes share one. */
    private void create(String username, String displayName) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(username, displayName, DemoData.PASSWORD.toCharArray(), Set.of(Role.REGIONAL_SUPPORT));
        }
    }
}
