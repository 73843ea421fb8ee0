package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * every kind of rule, in a fraction of the time all users on all operations would take.
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
