package be.zorgzame.demo;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodInput;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.neighbourhoods.entity.Pillar;
import be.zorgzame.platform.config.ZorgzameConfig;
import be.zorgzame.platform.migration.SchemaReady;
import be.zorgzame.platform.security.CurrentUser;
import be.zorgzame.platform.security.Role;
import be.zorgzame.platform.security.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo users (one per role, all with the password {@value #PASSWORD}) and a few neighbourhoods, loaded
 * once into an empty database when {@value ZorgzameConfig#DEMO_ENABLED} is true. A production start
 * leaves it off and so has no demo users.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "zorgzaam-demo-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = ZorgzameConfig.DEMO_ENABLED, defaultValue = "false")
    boolean enabled;

    @Inject
    UserService users;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    CurrentUser currentUser;

    @Transactional
    void load(@Observes SchemaReady ready) {
        if (enabled && users.findByUsername("admin").isEmpty()) {
            currentUser.actAsSystem(this::load);
        }
    }

    private void load() {
        user("admin", "Beheerder Demo", Role.ADMIN, Role.MUNICIPAL_STAFF);
        user("gemeente", "An Gemeente (demo)", Role.MUNICIPAL_STAFF);
        user("partner", "Pieter Partner (demo)", Role.PARTNER_STAFF);
        user("regio", "Rita Regio (demo)", Role.REGIONAL_SUPPORT);
        neighbourhood("Zorgzaam Rabot", "44021", NeighbourhoodStatus.SUSTAINED, Pillar.PARTICIPATION, Pillar.INFORMAL_FORMAL_CARE);
        neighbourhood("Buurtzorg Kiel", "11002", NeighbourhoodStatus.RUNNING, Pillar.INTERSECTORAL_COLLABORATION);
        neighbourhood("Samen in Kessel-Lo", "24062", NeighbourhoodStatus.RUNNING, Pillar.PARTICIPATION);
        neighbourhood("Zorgzaam Pajottegem", "23106", NeighbourhoodStatus.STARTING, Pillar.INFORMAL_FORMAL_CARE);
        neighbourhood("Warme buurt Molenbeek-Centrum", "21012", NeighbourhoodStatus.STOPPED, Pillar.PARTICIPATION);
        LOG.warning("Demo mode: demo users and data loaded; never use demo mode in production");
    }

    private void user(String username, String displayName, Role... roles) {
        users.create(username, displayName, PASSWORD.toCharArray(), Set.of(roles));
    }

    private void neighbourhood(String name, String nisCode, NeighbourhoodStatus status, Pillar... pillars) {
        neighbourhoods.create(new NeighbourhoodInput(name, nisCode,
                "Demo: " + name, status, LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 1), LocalDate.of(2024, 2, 29), new BigDecimal("50000.00"),
                Set.of(pillars), null));
    }
}
