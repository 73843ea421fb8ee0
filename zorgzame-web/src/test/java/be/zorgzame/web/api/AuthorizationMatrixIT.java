package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.QueryParam;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix over every REST operation, enumerated from the OpenAPI document so that a new
 * endpoint cannot escape it. Each operation is called on an object that does not exist, with an empty body
 * of the type it consumes, accepting any answer: anonymously, as a demo user it admits and as one it does not
 * admit. Anonymous callers get 401 (unless the operation is public), a role the operation does not admit gets
 * 403, an admitted role is never refused as unauthenticated, and nobody ever gets a server error.
 * <p>Every API call checks the password (PBKDF2, deliberately slow), so each operation is called as one
 * admitted and one refused user, taken in turn from the demo users: over the whole API every user meets
 * every kind of rule, in a fraction of the time all users on all operations would take. The object level
 * (a partner on another organisation's object) is enumerated the same way.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /** The demo accounts and the roles each holds, in the order they take turns. */
    private static final Map<String, Set<String>> USERS = new LinkedHashMap<>(Map.of(
            "admin", Set.of("ADMIN", "MUNICIPAL_STAFF"),
            "gemeente", Set.of("MUNICIPAL_STAFF"),
            "partner", Set.of("PARTNER_STAFF"),
            "regio", Set.of("REGIONAL_SUPPORT")));

    private static final String MISSING_ID = "987654321";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @Test
    void theOpenApiDocumentListsExactlyTheOperationsOfTheWar() throws Exception {
        assertEquals(RestOperations.all().stream().map(RestOperations.Operation::key)
                .collect(Collectors.toCollection(TreeSet::new)), documented());
    }

    @Test
    void everyRoleGetsExactlyTheAnswerItsRuleAllows() throws Exception {
        Map<String, List<RestOperations.Operation>> operations = RestOperations.all().stream()
                .collect(Collectors.groupingBy(RestOperations.Operation::key));
        List<String> wrong = new ArrayList<>();
        int turn = 0;
        for (String key : documented()) {
            List<RestOperations.Operation> variants = operations.getOrDefault(key, List.of());
            if (variants.isEmpty()) {
                continue;
            }
            RestOperations.Operation operation = variants.get(0);
            RoleRule rule = operation.rule().orElseThrow(() -> new AssertionError(key + " declares no role rule"));
            if (variants.stream().anyMatch(v -> !v.rule().equals(operation.rule()))) {
                wrong.add(key + ": its media-type variants declare different role rules");
            }
            int anonymous = call(Api.anonymous(base), operation);
            if (anonymous >= 500 || !rule.permitAll() && anonymous != 401) {
                wrong.add(key + " anonymous: " + anonymous);
            }
            List<String> admitted = USERS.keySet().stream().filter(user -> rule.admits(USERS.get(user)::contains)).toList();
            List<String> refused = USERS.keySet().stream().filter(user -> !admitted.contains(user)).toList();
            turn++;
            for (List<String> users : List.of(admitted, refused)) {
                if (users.isEmpty()) {
                    continue;
                }
                String user = users.get(turn % users.size());
                int status = call(Api.as(base, user), operation);
                if (status >= 500 || status == 401 || !admitted.contains(user) && status != 403) {
                    wrong.add(key + " " + user + (admitted.contains(user) ? " (admitted): " : " (not admitted): ") + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Whose object an identifier in a path names, as far as a partner user is concerned. */
    private enum Owner {
        ORGANISATION("/api/organisations/{id}"),
        PERSON("/api/persons/{id}"),
        AGREEMENT("/api/agreements/{id}"),
        MANDATE("/api/mandates/{id}");

        private final String pathPrefix;

        Owner(String pathPrefix) {
            this.pathPrefix = pathPrefix;
        }

        static Optional<Owner> of(String path) {
            return Arrays.stream(values()).filter(o -> path.equals(o.pathPrefix) || path.startsWith(o.pathPrefix + "/")).findFirst();
        }
    }

    /**
     * Operations a partner may call with an identifier that names nothing one organisation owns: reference data,
     * neighbourhoods and what hangs on them (shared by everyone involved, see NeighbourhoodApiIT and
     * ChecklistApiIT), plans, and intervision, where membership of a group decides (IntervisionApiIT).
     */
    private static final Set<String> NOT_ORGANISATION_OWNED = Set.of(
            "GET /api/checklist/frameworks/{id}", "GET /api/checklist/frameworks/{id}/items",
            "GET /api/checklist/items/{id}", "GET /api/checklist/items/{id}/editions",
            "GET /api/checklist/neighbourhoods/{id}", "GET /api/checklist/assessments/{id}",
            "GET /api/checklist/assessments/{id}/history", "GET /api/checklist/assessments/{id}/comments",
            "POST /api/checklist/assessments/{id}/comments", "GET /api/checklist/meeting-places/{id}",
            "GET /api/intervision/feed/{secret}.ics", "GET /api/intervision/sessions/{id}/calendar.ics",
            "GET /api/intervision/groups/{id}", "POST /api/intervision/groups/{id}/acceptance",
            "PUT /api/intervision/groups/{id}/members/{memberId}", "DELETE /api/intervision/groups/{id}/members/{memberId}",
            "GET /api/intervision/groups/{id}/sessions", "GET /api/intervision/sessions/{sessionId}/notes",
            "POST /api/intervision/sessions/{sessionId}/notes", "PUT /api/intervision/sessions/{sessionId}/notes/{noteId}",
            "DELETE /api/intervision/sessions/{sessionId}/notes/{noteId}", "GET /api/intervision/sessions/{id}",
            "POST /api/intervision/sessions/{id}/registration", "DELETE /api/intervision/sessions/{id}/registration",
            "PUT /api/intervision/sessions/{id}/evaluation", "GET /api/mandates/warnings/neighbourhoods/{neighbourhoodId}",
            "GET /api/municipalities/{nisCode}", "GET /api/neighbourhoods/{id}",
            "GET /api/neighbourhoods/{neighbourhoodId}/involvements", "GET /api/neighbourhoods/{neighbourhoodId}/network",
            "GET /api/plans/{id}", "GET /api/plans/{id}/revisions", "GET /api/plans/{id}/items",
            "GET /api/plans/coverage/neighbourhoods/{neighbourhoodId}");

    /** The objects of one organisation: itself, a contact person and their affiliation, an agreement it is party to, a mandate it grants. */
    private record Owned(long organisation, long person, long affiliation, long agreement, long mandate, long neighbourhood) {

        long idFor(Owner owner) {
            return switch (owner) {
                case ORGANISATION -> organisation;
                case PERSON -> person;
                case AGREEMENT -> agreement;
                case MANDATE -> mandate;
            };
        }
    }

    /**
     * The object level: for every operation a partner may call on an identified object, the partner user gets
     * 403 on another organisation's object and an answer that is no refusal on their own. The operations come
     * from the OpenAPI document; one whose object the test cannot place fails it. Each body is one that every
     * input record accepts (its identifiers those of the object's organisation, version 0) and every query
     * parameter is 1, so a refusal cannot hide behind a validation error, and a write let through would show
     * as a conflict, not a refusal.
     */
    @Test
    void aPartnerReachesTheirOwnOrganisationsObjectsAndNoOneElses() throws Exception {
        Api staff = Api.as(base, "gemeente");
        Api partner = Api.as(base, "partner");
        Owned own = objectsOf(staff, Fixtures.ownOrganisation(partner));
        HttpResponse<String> other = staff.post("api/organisations",
                "{\"name\":\"Vzw Ander " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        assertEquals(201, other.statusCode(), other.body());
        Owned foreign = objectsOf(staff, Fixtures.id(Api.object(other)));

        Map<String, List<RestOperations.Operation>> operations = RestOperations.all().stream()
                .collect(Collectors.groupingBy(RestOperations.Operation::key));
        List<String> wrong = new ArrayList<>();
        List<RestOperations.Operation> owned = new ArrayList<>();
        for (String key : documented()) {
            RestOperations.Operation operation = operations.getOrDefault(key, List.of()).stream().findFirst().orElse(null);
            if (operation == null || !operation.path().contains("{") || NOT_ORGANISATION_OWNED.contains(key)
                    || !operation.rule().map(r -> r.admits("PARTNER_STAFF"::equals)).orElse(false)) {
                continue;
            }
            if (Owner.of(operation.path()).isEmpty()) {
                wrong.add(key + ": whose object is this? Place it in Owner or NOT_ORGANISATION_OWNED");
            } else {
                owned.add(operation);
            }
        }
        owned.sort(Comparator.comparing(o -> "DELETE".equals(o.httpMethod())));
        for (RestOperations.Operation operation : owned) {
            Owner owner = Owner.of(operation.path()).orElseThrow();
            int refused = call(partner, operation, foreign, owner);
            if (refused != 403) {
                wrong.add(operation.key() + " on another organisation's object: " + refused);
            }
            int allowed = call(partner, operation, own, owner);
            if (allowed == 401 || allowed == 403 || allowed == 404 || allowed >= 500) {
                wrong.add(operation.key() + " on the partner's own object: " + allowed);
            }
        }
        assertTrue(owned.size() >= 20, "organisation-owned operations: " + owned.size());
        assertEquals(List.of(), wrong);
    }

    /** Made by municipal staff: a contact person, a neighbourhood where the organisation directs, an agreement and a mandate there. */
    private static Owned objectsOf(Api staff, long organisation) {
        long person = Fixtures.person(staff, organisation, "Matrix Persoon " + UUID.randomUUID().toString().substring(0, 8));
        long affiliation = Fixtures.id(Api.object(staff.get("api/persons/" + person)).getJsonArray("affiliations").getJsonObject(0));
        long neighbourhood = Fixtures.neighbourhoodOfGent(staff, "Matrixbuurt", Map.of(organisation, "REGIE_ACTOR"));
        HttpResponse<String> drafted = staff.post("api/agreements", "{\"neighbourhoodId\":" + neighbourhood
                + ",\"title\":\"Matrixafspraken\",\"validFrom\":\"2026-01-01\",\"parties\":[{\"organisationId\":" + organisation
                + ",\"roles\":[\"REGIE\"],\"contactPersonId\":" + person + "}]}");
        assertEquals(201, drafted.statusCode(), drafted.body());
        long agreement = Api.object(drafted).getJsonNumber("agreementId").longValue();
        long mandate = Fixtures.activeCoordinatorMandate(staff, person, organisation, neighbourhood);
        return new Owned(organisation, person, affiliation, agreement, mandate, neighbourhood);
    }

    private static int call(Api api, RestOperations.Operation operation, Owned objects, Owner owner) {
        String path = operation.path().replace("{id}", String.valueOf(objects.idFor(owner)))
                .replace("{number}", "1").replace("{affiliationId}", String.valueOf(objects.affiliation()));
        if (path.contains("{")) {
            throw new AssertionError(operation.key() + ": a path parameter the test cannot fill");
        }
        String query = Arrays.stream(operation.method().getParameters())
                .map(p -> p.getAnnotation(QueryParam.class))
                .filter(java.util.Objects::nonNull)
                .map(q -> q.value() + "=1")
                .collect(Collectors.joining("&"));
        path = query.isEmpty() ? path : path + "?" + query;
        String today = LocalDate.now().toString();
        String body = "{\"version\":0,\"name\":\"Matrix\",\"kind\":\"ASSOCIATION\",\"source\":\"matrix\",\"legalBasis\":\"PUBLIC_TASK\""
                + ",\"decision\":\"ACCEPTED\",\"reason\":\"matrix\",\"validFrom\":\"" + today + "\",\"heldOn\":\"" + today + "\""
                + ",\"organisationId\":" + objects.organisation() + ",\"holderId\":" + objects.person()
                + ",\"employerId\":" + objects.organisation() + ",\"grantingOrganisationId\":" + objects.organisation()
                + ",\"function\":\"COORDINATOR\",\"grantingBody\":\"Raad van bestuur\",\"neighbourhoodIds\":[" + objects.neighbourhood()
                + "],\"neighbourhoodId\":" + objects.neighbourhood() + ",\"title\":\"Matrix\"}";
        return switch (operation.httpMethod()) {
            case "GET" -> api.get(path, "*/*").statusCode();
            case "DELETE" -> api.delete(path).statusCode();
            case "POST" -> api.post(path, body.getBytes(StandardCharsets.UTF_8), operation.consumes()).statusCode();
            case "PUT" -> api.put(path, body).statusCode();
            default -> throw new AssertionError("unexpected method " + operation.key());
        };
    }

    private Set<String> documented() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        JsonObject paths;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            paths = reader.readObject().getJsonObject("paths");
        }
        Set<String> keys = new TreeSet<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> keys.add(method.toUpperCase() + " " + path)));
        assertFalse(keys.isEmpty());
        return keys;
    }

    private static int call(Api api, RestOperations.Operation operation) {
        String path = operation.path().replaceAll("\\{\\w+}", MISSING_ID);
        return switch (operation.httpMethod()) {
            case "GET" -> api.get(path, "*/*").statusCode();
            case "DELETE" -> api.delete(path).statusCode();
            case "POST" -> api.post(path, "{}".getBytes(StandardCharsets.UTF_8), operation.consumes()).statusCode();
            case "PUT" -> api.put(path, "{}").statusCode();
            default -> throw new AssertionError("unexpected method " + operation.key());
        };
    }
}
