package be.zorgzame.demo;

import be.zorgzame.agreements.boundary.AgreementInput;
import be.zorgzame.agreements.boundary.AgreementLifecycle;
import be.zorgzame.agreements.boundary.AgreementService;
import be.zorgzame.agreements.boundary.AgreementVersionView;
import be.zorgzame.agreements.boundary.StepInput;
import be.zorgzame.mandates.boundary.Freedom;
import be.zorgzame.mandates.boundary.MandateInput;
import be.zorgzame.mandates.boundary.MandateLifecycle;
import be.zorgzame.mandates.boundary.MandateService;
import be.zorgzame.mandates.boundary.MandateStepInput;
import be.zorgzame.mandates.entity.FeedbackCadence;
import be.zorgzame.mandates.entity.FreedomLevel;
import be.zorgzame.mandates.entity.MandateFunction;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodInput;
import be.zorgzame.neighbourhoods.boundary.NeighbourhoodService;
import be.zorgzame.neighbourhoods.entity.NeighbourhoodStatus;
import be.zorgzame.neighbourhoods.entity.Pillar;
import be.zorgzame.partners.boundary.InvolvementInput;
import be.zorgzame.partners.boundary.InvolvementService;
import be.zorgzame.partners.boundary.OrganisationInput;
import be.zorgzame.partners.boundary.OrganisationService;
import be.zorgzame.partners.boundary.PersonInput;
import be.zorgzame.partners.boundary.PersonService;
import be.zorgzame.partners.entity.CollaborationLevel;
import be.zorgzame.partners.entity.InvolvementRole;
import be.zorgzame.partners.entity.LegalBasis;
import be.zorgzame.partners.entity.OrganisationKind;
import be.zorgzame.partners.entity.Sector;
import be.zorgzame.plan.boundary.LinkInput;
import be.zorgzame.plan.boundary.PlanImport;
import be.zorgzame.plan.boundary.PlanInput;
import be.zorgzame.plan.boundary.PlanLinkService;
import be.zorgzame.plan.boundary.PlanService;
import be.zorgzame.plan.entity.LinkTarget;
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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo users (one per role, all with the password {@value #PASSWORD}; the partner users act for
 * "LDC De Rabotter" and for the neighbourhood committee, who can sign the demo agreement between the two,
 * submitted for sign-off), a few organisations and neighbourhoods, and the active mandate of Rabot's coordinator
 * (employed and granted by LDC De Rabotter), a small multi-year plan of Gent whose neighbourhood-work action
 * carries Rabot until 2028, a few checklist assessments and an intervision group, loaded once into an empty database when
 * {@value ZorgzameConfig#DEMO_ENABLED} is true. A production start leaves it off and so has no demo users.
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
    AgreementService agreements;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    PersonService persons;

    @Inject
    MandateService mandates;

    @Inject
    MandateLifecycle mandateLifecycle;

    @Inject
    PlanService plans;

    @Inject
    PlanImport planImport;

    @Inject
    PlanLinkService planLinks;

    @Inject
    ChecklistDemo checklist;

    @Inject
    IntervisionDemo intervision;

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
        agreement(rabot, Set.of(rabotter, committee));
        linchpin(rabot, rabotter);
        plan(rabot);
        checklist.load(rabot, rabotter, GENT);
        intervision.load(rabot);
        neighbourhood("Buurtzorg Kiel", "11002", NeighbourhoodStatus.RUNNING, Pillar.INTERSECTORAL_COLLABORATION);
        neighbourhood("Samen in Kessel-Lo", "24062", NeighbourhoodStatus.RUNNING, Pillar.PARTICIPATION);
        neighbourhood("Zorgzaam Pajottegem", "23106", NeighbourhoodStatus.STARTING, Pillar.INFORMAL_FORMAL_CARE);
        neighbourhood("Warme buurt Molenbeek-Centrum", "21012", NeighbourhoodStatus.STOPPED, Pillar.PARTICIPATION);
        LOG.warning("Demo mode: demo users and data loaded; never use demo mode in production");
    }

    /** The template's agreement between the regie actor and the committee, submitted: both demo partners can sign it. */
    private void agreement(long neighbourhood, Set<Long> parties) {
        AgreementInput template = agreements.template(neighbourhood, Locale.forLanguageTag("nl"));
        AgreementInput input = new AgreementInput(neighbourhood, template.title(), template.purpose(), template.validFrom(),
                template.validTo(), template.reviewDate(), template.escalationRoute(), template.decisionAreas(),
                template.parties().stream().filter(p -> parties.contains(p.organisationId())).toList(), template.bodies(),
                null);
        AgreementVersionView draft = agreements.create(input);
        lifecycle.submit(draft.agreementId(), draft.number(), new StepInput(draft.version(), null));
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

    /** The neighbourhood worker of LDC De Rabotter coordinates Rabot with "one week a month in the neighbourhood". */
    private void linchpin(long neighbourhood, long ldc) {
        long holder = persons.register(ldc, new PersonInput("Sofie Buurtwerker (demo)", "buurtwerker", null, null,
                "demo", LegalBasis.CONTRACT, null)).id();
        long mandate = mandates.create(new MandateInput(holder, ldc, MandateFunction.COORDINATOR, Set.of(neighbourhood), ldc,
                "Raad van bestuur LDC De Rabotter", LocalDate.of(2025, 12, 15), "RvB 2025/47", null,
                "Regie van Zorgzaam Rabot: partners samenbrengen, buurtbabbels en het buurtfeest trekken, signalen opvolgen.",
                List.of(new Freedom("Activiteiten in de buurt", FreedomLevel.AUTONOMOUS, null),
                        new Freedom("Budget buurtwerking", FreedomLevel.AFTER_CONSULTATION, new BigDecimal("2500.00")),
                        new Freedom("Nieuwe partners betrekken", FreedomLevel.APPROVAL_NEEDED, null)),
                new BigDecimal("19.00"), null, new BigDecimal("5.0"), "Directeur LDC De Rabotter", FeedbackCadence.MONTHLY,
                "Kort verslag op het teamoverleg", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null)).id();
        mandateLifecycle.activate(mandate, new MandateStepInput(mandates.get(mandate).version(), null));
    }

    private long neighbourhood(String name, String nisCode, NeighbourhoodStatus status, Pillar... pillars) {
        return neighbourhoods.create(new NeighbourhoodInput(name, nisCode,
                "Demo: " + name, status, LocalDate.of(2022, 3, 1),
                LocalDate.of(2022, 3, 1), LocalDate.of(2024, 2, 29), new BigDecimal("50000.00"),
                Set.of(pillars), null)).id();
    }

    /** Gent's plan 2026–2031: one action funds Rabot's neighbourhood worker until 2028, which leaves a gap after it. */
    private void plan(long rabot) {
        long plan = plans.create(new PlanInput(GENT, 2026, 2031, "Meerjarenplan 2026-2031")).id();
        String csv = """
                level,code,parent_code,title,priority,policy_field,responsible_service,\
                expenditure_operating_2026,expenditure_operating_2027,expenditure_operating_2028,\
                expenditure_operating_2029,expenditure_operating_2030,expenditure_operating_2031
                objective,BD06,,Iedereen kan in zijn buurt zorgzaam oud worden,ja,0900,Dienst Welzijn,,,,,,
                action_plan,BD06AP01,BD06,Zorgzame buurten verankeren,ja,0900,Dienst Welzijn,,,,,,
                action,BD06AP01A01,BD06AP01,Buurtwerkers in zorgzame buurten,ja,0900,Dienst Welzijn,120000,120000,120000,,,
                action,BD06AP01A02,BD06AP01,Ontmoetingsplaatsen in de buurt,nee,0985,Dienst Wonen,30000,30000,30000,30000,30000,30000
                """;
        planImport.apply(plan, csv.getBytes(StandardCharsets.UTF_8), "Meerjarenplan 2026-2031", Locale.forLanguageTag("nl"));
        planLinks.create(plan, new LinkInput("BD06AP01A01", LinkTarget.NEIGHBOURHOOD, rabot,
                "Buurtwerker van LDC De Rabotter, een week per maand in de buurt", new BigDecimal("40"), null));
    }
}
