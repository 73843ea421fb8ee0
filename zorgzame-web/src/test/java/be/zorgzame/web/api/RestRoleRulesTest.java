package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.platform.security.Role;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Deny by default, checked at build time: every REST operation in the WAR declares who may call it.
 * A new resource method without {@code @RolesAllowed}, {@code @PermitAll} or {@code @DenyAll} fails
 * the build here (and is refused at run time by {@link RoleRuleFilter}).
 */
class RestRoleRulesTest {

    private static final Set<String> ROLES = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

    @Test
    void everyRestOperationDeclaresKnownRoles() throws Exception {
        List<Method> operations = operations();
        assertFalse(operations.isEmpty(), "no REST operations found in target/classes");

        List<String> problems = new ArrayList<>();
        for (Method operation : operations) {
            String name = operation.getDeclaringClass().getSimpleName() + "." + operation.getName();
            RoleRule.of(operation, operation.getDeclaringClass()).ifPresentOrElse(
                    rule -> rule.roles().stream().filter(role -> !ROLES.contains(role))
                            .forEach(role -> problems.add(name + " names unknown role " + role)),
                    () -> problems.add(name + " declares no role rule"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRuleOfAMethodWinsOverItsClass() throws Exception {
        Method list = Class.forName("be.zorgzame.web.api.audit.AuditResource").getMethod("list",
                String.class, String.class, int.class, int.class);

        RoleRule rule = RoleRule.of(list, list.getDeclaringClass()).orElseThrow();

        assertEquals(Set.of(Role.ADMIN.name()), rule.roles());
        assertTrue(rule.admits(Role.ADMIN.name()::equals));
        assertFalse(rule.admits(Role.MUNICIPAL_STAFF.name()::equals));
    }

    @Test
    void regionalSupportReachesOnlyTheLinchpinStatusOfMandates() throws Exception {
        assertEquals(List.of("linchpins"), admitted("be.zorgzame.web.api.mandates.MandatesResource", Role.REGIONAL_SUPPORT));
    }

    @Test
    void regionalSupportReachesOnlyTheCoverageTotalsOfPlans() throws Exception {
        assertEquals(List.of("municipalityCoverage"), admitted("be.zorgzame.web.api.plan.PlansResource", Role.REGIONAL_SUPPORT));
    }

    @Test
    void partnerStaffOnlyReadPlans() throws Exception {
        assertEquals(List.of("get", "items", "list", "neighbourhoodCoverage", "revisions"),
                admitted("be.zorgzame.web.api.plan.PlansResource", Role.PARTNER_STAFF));
    }

    @Test
    void backupsAreForAdministratorsOnly() throws Exception {
        String resource = "be.zorgzame.web.api.admin.BackupsResource";
        for (Role role : Role.values()) {
            assertEquals(role == Role.ADMIN ? List.of("backUp", "get", "list") : List.of(), admitted(resource, role), role.name());
        }
    }

    private static List<String> admitted(String resource, Role role) throws ClassNotFoundException {
        Class<?> type = Class.forName(resource);
        return Arrays.stream(type.getDeclaredMethods())
                .filter(RestOperations::isOperation)
                .filter(m -> RoleRule.of(m, type).orElseThrow().admits(role.name()::equals))
                .map(Method::getName)
                .sorted()
                .toList();
    }

    @Test
    void regionalSupportReachesOnlyTheCatalogueAndTheAggregatesOfTheChecklist() throws Exception {
        assertEquals(Set.of("frameworks", "framework", "items", "item", "editions", "regional"),
                Set.copyOf(admitted("be.zorgzame.web.api.checklist.ChecklistResource", Role.REGIONAL_SUPPORT)));
        assertEquals(List.of(), admitted("be.zorgzame.web.api.checklist.MeetingPlacesResource", Role.REGIONAL_SUPPORT));
    }

    @Test
    void partnerStaffCannotAssessOrKeepTheCatalogue() throws Exception {
        List<String> admitted = admitted("be.zorgzame.web.api.checklist.ChecklistResource", Role.PARTNER_STAFF);

        List.of("assess", "reassess", "review", "createFramework", "addItem", "reword", "retireItem", "retireFramework",
                "municipalityChecklist", "suggestions", "regional", "report", "reportXlsx", "reportPdf").forEach(operation ->
                assertFalse(admitted.contains(operation), operation));
        assertTrue(admitted.containsAll(List.of("neighbourhoodChecklist", "assessment", "comments", "comment", "progress")));
    }

    @Test
    void onlyAdministratorsRunTheChecklistReviewMailing() throws Exception {
        for (Role role : Role.values()) {
            assertEquals(role == Role.ADMIN, admitted("be.zorgzame.web.api.checklist.ChecklistResource", role)
                    .contains("mailReviews"), role.name());
        }
    }

    @Test
    void onlyThePersonalCalendarFeedIsOpenWithoutLogin() throws Exception {
        List<String> open = operations().stream()
                .filter(m -> RoleRule.of(m, m.getDeclaringClass()).orElseThrow().permitAll())
                .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
                .toList();

        assertEquals(List.of("CalendarFeedResource.feed"), open);
    }

    @Test
    void onlyAdministratorsRunTheIntervisionMailingAndTheyGetNoInvitations() throws Exception {
        assertEquals(List.of("mailReminders"),
                admitted("be.zorgzame.web.api.intervision.IntervisionRemindersResource", Role.ADMIN));
        for (Role role : List.of(Role.MUNICIPAL_STAFF, Role.PARTNER_STAFF, Role.REGIONAL_SUPPORT)) {
            assertEquals(List.of(), admitted("be.zorgzame.web.api.intervision.IntervisionRemindersResource", role));
        }
        assertEquals(List.of(), admitted("be.zorgzame.web.api.intervision.IntervisionCalendarResource", Role.ADMIN),
                "administrators are not in intervision groups");
    }

    @Test
    void administratorsAsSuchReachNoConfidentialIntervisionWork() throws Exception {
        for (String resource : List.of("IntervisionGroupsResource", "IntervisionSessionsResource", "IntervisionNotesResource")) {
            assertEquals(List.of(), admitted("be.zorgzame.web.api.intervision." + resource, Role.ADMIN), resource);
        }
        assertEquals(List.of("methods", "overview", "purgeNotes"), admitted("be.zorgzame.web.api.intervision.IntervisionResource", Role.ADMIN));
    }

    @Test
    void partnerAndMunicipalStaffTakePartInIntervisionButDoNotOrganiseIt() throws Exception {
        for (Role role : List.of(Role.PARTNER_STAFF, Role.MUNICIPAL_STAFF)) {
            assertEquals(List.of("accept", "get", "mine", "removeMember", "sessions", "updateMember"),
                    admitted("be.zorgzame.web.api.intervision.IntervisionGroupsResource", role));
            assertEquals(List.of("cancelRegistration", "evaluate", "get", "mine", "register"),
                    admitted("be.zorgzame.web.api.intervision.IntervisionSessionsResource", role));
            assertEquals(List.of("list", "remove", "rewrite", "write"),
                    admitted("be.zorgzame.web.api.intervision.IntervisionNotesResource", role));
        }
        assertEquals(List.of("methods"), admitted("be.zorgzame.web.api.intervision.IntervisionResource", Role.PARTNER_STAFF));
        assertEquals(List.of("methods", "overview"), admitted("be.zorgzame.web.api.intervision.IntervisionResource", Role.MUNICIPAL_STAFF));
    }

    @Test
    void regionalSupportOrganisesIntervisionButDoesNotPurge() throws Exception {
        List<String> groups = admitted("be.zorgzame.web.api.intervision.IntervisionGroupsResource", Role.REGIONAL_SUPPORT);
        assertTrue(groups.containsAll(List.of("create", "candidates", "addMember", "plan", "suggestedCaseBringer", "update")), groups.toString());
        assertEquals(List.of("methods", "overview"), admitted("be.zorgzame.web.api.intervision.IntervisionResource", Role.REGIONAL_SUPPORT));
    }

    private static List<Method> operations() {
        return RestOperations.all().stream().map(RestOperations.Operation::method).toList();
    }
}
