package be.zorgzame.web.api.intervision;

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
 * Accounts the demo lacks for the confidentiality matrix, created at start-up in the deployment under
 * test only (the class is added to the shipped WAR): a second regional support worker, an administrator
 * without any other role, and two more partner workers. Same password as the demo users.
 */
@ApplicationScoped
public class IntervisionAccounts {

    static final String OTHER_REGIONAL = "regio2";
    static final String ADMIN_ONLY = "beheer";
    static final String NEWCOMER = "nieuwkomer";
    static final String OUTSIDER = "buitenstaander";
    static final String OUTSIDER_NAME = "Bart Buitenstaander";

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    void create(@Observes SchemaReady ready) {
        currentUser.actAsSystem(() -> {
            create(OTHER_REGIONAL, "Rik Regio", Role.REGIONAL_SUPPORT);
            create(ADMIN_ONLY, "Bea Beheer", Role.ADMIN);
            create(NEWCOMER, "Nina Nieuwkomer", Role.PARTNER_STAFF);
            create(OUTSIDER, OUTSIDER_NAME, Role.PARTNER_STAFF);
        });
    }

    /** Once per database: on PostgreSQL all test classes share one, and each deploys this class. */
    private void create(String username, String displayName, Role role) {
        if (users.findByUsername(username).isEmpty()) {
            users.create(username, displayName, DemoData.PASSWORD.toCharArray(), Set.of(role));
        }
    }
}
