package be.zorgzame.demo;

import be.zorgzame.neighbourhoods.boundary.NeighbourhoodInput;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.neighbourhoods.entity.Pillar;
import be.zorgzame.partners.boundary.InvolvementInput;
import be.zorgzame.partners.boundary.InvolvementService;
import be.zorgzame.partners.boundary.OrganisationInput;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.entity.CollaborationLevel;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
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
 * Demo users (one per role, all with the password {@value #PASSWORD}; the partner users act for
 * "LDC De Rabotter" and for the neighbourhood committee, so that an agreement can be signed by two parties) and a few organisations and neighbourhoods, loaded
 * once into an empty database when {@value ZorgzameConfig#DEMO_ENABLED} is true. A production start
 * leaves it off and so has no demo users.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "zorgzaam-demo-2026";

    private static final String GENT = "44021";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = ZorgzameConfig.DEMO_ENABLED, defaultValue = "false")
    boolean enabled;

    @Inject
    UserService users;

    @Inject
    NeighbourhoodService neighbourhoods;

    @Inject
    OrganisationService organisations;

    @Inject
    InvolvementService involvements;

    @Inject
    CurrentUser currentUser;

    @Transactional
    void load(@Observes SchemaReady ready) {
        if (enabled && users.findByUsername("admin").isEmpty()) {
            currentUser.actAsSystem(this::load);
        }
    }

    private void load() {
        long rabotter = organisation("LDC De Rabotter", OrganisationKind.CARE_WELFARE_PROVIDER, Sector.CARE, Sector.WELFARE);
        long committee = organisation("Buurtcomité Rabot-Blaisantvest", OrganisationKind.CITIZEN_INITIATIVE, Sector.OTHER);
        long school = organisation("Basisschool De Zonnebloem", OrganisationKind.LOCAL_STAKEHOLDER, Sector.EDUCATION);
        long carers = organisation("Mantelzorgers Rabot", OrganisationKind.INFORMAL_CARERS, Sector.CARE);
        organisation("Woonzorgcentrum Het Rabothuis", OrganisationKind.CARE_WELFARE_PROVIDER, Sector.CARE, Sector.HEALTH);

        user("admin", "Beheerder Demo", null, Role.ADMIN, Role.MUNICIPAL_STAFF);
        user("gemeente", "An Gemeente (demo)", null, Role.MUNICIPAL_STAFF);
        user("partner", "Pieter Partner (demo, LDC De Rabotter)", rabotter, Role.PARTNER_STAFF);
        user("comite", "Chris Comité (demo, Buurtcomité Rabot-Blaisantvest)", committee, Role.PARTNER_STAFF);
        user("regio", "Rita Regio (demo)", null, Role.REGIONAL_SUPPORT);
        long rabot = neighbourhood("Zorgzaam Rabot", "44021", NeighbourhoodStatus.SUSTAINED,
                Pillar.PARTICIPATION, Pillar.INFORMAL_FORMAL_CARE);
        involve(rabot, rabotter, InvolvementRole.REGIE_ACTOR, CollaborationLevel.ORGANISING_TOGETHER, "Buurtwerker, 1 week per maand");
        involve(rabot, committee, InvolvementRole.CORE_PARTNER, CollaborationLevel.ORGANISING_TOGETHER, "Buurtfeest, buurtbabbels");
        involve(rabot, school, InvolvementRole.PARTNER, CollaborationLevel.ALIGNING_ACTIVITIES, "Ontmoetingsruimte na schooltijd");
        involve(rabot, carers, InvolvementRole.PARTNER, CollaborationLevel.EXCHANGING_INFORMATION, null);
        neighbourhood("Buurtzorg Kiel", "11002", NeighbourhoodStatus.RUNNING, Pillar.INTERSECTORAL_COLLABORATION);
        neighbourhood("Samen in Kessel-Lo", "24062", NeighbourhoodStatus.RUNNING, Pillar.PARTICIPATION);
        neighbourhood("Zorgzaam Pajottegem", "23106", NeighbourhoodStatus.STARTING, Pillar.INFORMAL_FORMAL_CARE);
        neighbourhood("Warme buurt Molenbeek-Centrum", "21012", NeighbourhoodStatus.STOPPED, Pillar.PARTICIPATION);
        LOG.warning("Demo mode: demo users and data loaded; never use demo mode in production");
    }

    private void user(String username, String displayName, Long organisationId, Role... roles) {
        users.create(username, displayName, PASSWORD.toCharArray(), Set.of(roles), organisationId,
                Set.of(roles).equals(Set.of(Role.MUNICIPAL_STAFF)) ? GENT : null);
    }

    private long organisation(String name, OrganisationKind kind, Sector... sectors) {
        return organisations.create(new OrganisationInput(name, "vzw", kind, Set.of(sectors), LocalDate.of(2022, 3, 1),
                null, null, null, "9000", GENT, null, null, null, null, null, null, null)).id();
    }

    private void involve(long neighbourhood, long organisation, InvolvementRole role, CollaborationLevel level,
                         String contribution) {
        involvements.add(neighbourhood, new InvolvementInput(organisation, role, level, contribution,
                LocalDate.of(2022, 3, 1), null, null));
    }

    private long neighbourhood(String name, String nisCode, NeighbourhoodStatus status, Pillar... pillars) {
        return neighbourhoods.create(new NeighbourhoodInput(name, nisCode,
                "Demo: " + name, status, LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 1), LocalDate.of(2024, 2, 29), new BigDecimal("50000.00"),
                Set.of(pillars), null)).id();
    }
}
