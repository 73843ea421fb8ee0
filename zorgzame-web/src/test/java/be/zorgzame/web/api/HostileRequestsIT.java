package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A campaign of malformed and hostile requests over every REST operation, as a user the operation admits:
 * hostile path identifiers, hostile query values, and bodies that are broken, of the wrong shape, huge,
 * deeply nested, or full of injection strings and unicode edge cases. Every request is refused with a 4xx
 * problem document, never a server error, and nothing is stored: the audit trail, which every change
 * writes in its own transaction, has no new entry afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRequestsIT {

    private static final int MINIMUM_REQUESTS = 1_000;

    /** Demo users in order of preference: the first one an operation admits calls it. */
    private static final Map<String, Set<String>> USERS = new LinkedHashMap<>(Map.of(
            "admin", Set.of("ADMIN", "MUNICIPAL_STAFF"),
            "gemeente", Set.of("MUNICIPAL_STAFF"),
            "partner", Set.of("PARTNER_STAFF"),
            "regio", Set.of("REGIONAL_SUPPORT")));

    private static final List<String> HOSTILE_IDS = List.of(
            "-1", "0", "9223372036854775808", "abc", "1.5", "1e3", "%27%20OR%201%3D1--", "%00",
            "..%2F..%2Fetc%2Fpasswd", "%F0%9F%98%80", "%3Cscript%3E", "9".repeat(1_000));

    private static final List<String> HOSTILE_QUERY_VALUES = List.of(
            "-1", "abc", "99999999999999999999", "%27%20OR%20%271%27%3D%271", "%00", "%E2%80%AE%ED%A0%80",
            "2026-02-30", "x".repeat(1_000));

    private static final List<String> HOSTILE_BODIES = List.of(
            "{",
            "",
            "null",
            "[]",
            "\"text\"",
            "{\"name\": 12, \"version\": \"x\", \"id\": {}, \"validFrom\": \"yesterday\"}",
            "{\"name\": \"<script>alert(1)</script>\", \"version\": -1}",
            "{\"name\": \"'; DROP TABLE organisation; --\", \"title\": \"' OR '1'='1\"}",
            "{\"name\": \"\\u0000\\u202e\\ud800\", \"title\": \"\\udfff\"}",
            "{\"name\": \"" + "x".repeat(200_000) + "\"}",
            "[".repeat(20_000) + "]".repeat(20_000),
            "{\"version\": 1e309, \"first\": -9223372036854775809, \"year\": 1.5}",
            "{" + String.join(",", java.util.stream.IntStream.range(0, 2_000).mapToObj(i -> "\"f" + i + "\": " + i).toList()) + "}",
            "{\"name\": \"é\"}".replace("é", "\u00e9\u0301\u200d\ufeff"),
            "{\"name\": \"Vzw \\u0000 Nul\", \"kind\": \"ASSOCIATION\", \"title\": \"\\u0000\", \"reason\": \"a\\u0000\"}",
            "[\"\\u0000\"]");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    @Test
    void everyHostileRequestIsRefusedWithAProblemAndNothingIsStored() {
        long latestAuditEntry = latestAuditEntry();
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (RestOperations.Operation operation : RestOperations.all()) {
            RoleRule rule = operation.rule().orElseThrow(() -> new AssertionError(operation.key() + " declares no role rule"));
            Api api = USERS.keySet().stream().filter(user -> rule.admits(USERS.get(user)::contains)).findFirst()
                    .map(user -> Api.as(base, user)).orElseGet(() -> Api.anonymous(base));
            for (Attempt attempt : attempts(operation)) {
                sent++;
                String problem;
                try {
                    problem = judge(operation, attempt, send(api, operation, attempt));
                } catch (java.io.UncheckedIOException e) {
                    problem = "no answer: " + e.getMessage();
                }
                if (problem != null) {
                    wrong.add(operation.key() + " " + attempt.what() + ": " + problem);
                }
            }
        }

        assertTrue(sent >= MINIMUM_REQUESTS, "hostile requests sent: " + sent);
        assertEquals(List.of(), wrong);
        assertEquals(latestAuditEntry, latestAuditEntry(), "no hostile request stored anything");
    }

    /**
     * A NUL in a text of a JSON body is refused with 400 naming the field, before the operation runs (so even
     * on a missing object): PostgreSQL refuses to store it, and Derby would store it. The field is the
     * first text of the body's record, or the body parameter itself when the body is a list of texts.
     */
    @Test
    void aNulCharacterInATextOfAnyBodyIsRefusedNamingTheField() {
        List<String> wrong = new ArrayList<>();
        int judged = 0;
        for (RestOperations.Operation operation : RestOperations.all()) {
            Optional<Parameter> body = bodyParameter(operation);
            if (body.isEmpty() || !operation.consumes().contains("json")) {
                continue;
            }
            Optional<String> field = textField(body.get());
            if (field.isEmpty()) {
                continue;
            }
            RoleRule rule = operation.rule().orElseThrow();
            Api api = USERS.keySet().stream().filter(user -> rule.admits(USERS.get(user)::contains)).findFirst()
                    .map(user -> Api.as(base, user)).orElseGet(() -> Api.anonymous(base));
            String json = field.get().equals(body.get().getName()) ? "[\"a\\u0000b\"]"
                    : "{\"" + field.get() + "\": \"a\\u0000b\"}";
            HttpResponse<String> answer = send(api, operation, new Attempt("NUL", operation.path().replaceAll("\\{\\w+}", "987654321"),
                    "", json));
            judged++;
            if (answer.statusCode() != 400 || !answer.body().contains("\"field\":\"" + field.get() + "\"")) {
                wrong.add(operation.key() + " " + json + ": answered " + answer.statusCode() + " " + abbreviated(answer.body()));
            }
        }
        assertTrue(judged >= 30, "operations judged: " + judged);
        assertEquals(List.of(), wrong);
    }

    /** The first text component of a record body, or the body's own name for a list of texts. */
    private static Optional<String> textField(Parameter body) {
        if (body.getType().isRecord()) {
            return Arrays.stream(body.getType().getRecordComponents()).filter(c -> c.getType() == String.class)
                    .map(RecordComponent::getName).findFirst();
        }
        return body.getParameterizedType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == String.class ? Optional.of(body.getName()) : Optional.empty();
    }

    private record Attempt(String what, String path, String query, String body) {
    }

    /** Hostile identifiers in each path parameter, hostile values in each query parameter, hostile bodies. */
    private static List<Attempt> attempts(RestOperations.Operation operation) {
        List<Attempt> attempts = new ArrayList<>();
        String missing = operation.path().replaceAll("\\{\\w+}", "987654321");
        if (operation.path().contains("{")) {
            for (String id : HOSTILE_IDS) {
                attempts.add(new Attempt("id " + abbreviated(id), operation.path().replaceAll("\\{\\w+}", id), "", "{}"));
            }
        }
        for (String parameter : annotated(operation, QueryParam.class)) {
            for (String value : HOSTILE_QUERY_VALUES) {
                attempts.add(new Attempt("?" + parameter + "=" + abbreviated(value), missing, parameter + "=" + value, "{}"));
            }
        }
        if (hasBody(operation)) {
            for (String body : HOSTILE_BODIES) {
                attempts.add(new Attempt("body " + abbreviated(body), missing, "", body));
            }
        }
        return attempts;
    }

    private static HttpResponse<String> send(Api api, RestOperations.Operation operation, Attempt attempt) {
        String path = attempt.query().isEmpty() ? attempt.path() : attempt.path() + "?" + attempt.query();
        return switch (operation.httpMethod()) {
            case "GET" -> api.get(path, "*/*");
            case "DELETE" -> api.delete(path);
            case "POST" -> api.post(path, attempt.body().getBytes(StandardCharsets.UTF_8), operation.consumes());
            case "PUT" -> api.put(path, attempt.body());
            default -> throw new AssertionError("unexpected method " + operation.key());
        };
    }

    /**
     * What is wrong with the answer, or null when it is a 4xx problem document. A read may also answer
     * 2xx: an injection string is a valid, if odd, search text. Two refusals come from the HTTP server
     * before the application sees the request, and are fine as they are: an encoded NUL in the path
     * (400 without a body), and encoded "../" segments that lead out of the API, where the pages' own
     * refusal answers (403 of deny-by-default, or 404).
     */
    private static String judge(RestOperations.Operation operation, Attempt attempt, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status < 300 && "GET".equals(operation.httpMethod())) {
            return null;
        }
        if (attempt.path().contains("%00") && status == 400 && response.body().isEmpty()
                || attempt.path().contains("..%2F") && (status == 403 || status == 404)) {
            return null;
        }
        if (status < 400 || status >= 500) {
            return "answered " + status + ": " + abbreviated(response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "answered " + status + " as " + type + ": " + abbreviated(response.body());
        }
        return null;
    }

    private long latestAuditEntry() {
        HttpResponse<String> latest = Api.as(base, "admin").get("api/audit?size=1");
        assertEquals(200, latest.statusCode());
        return Api.array(latest).getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static List<String> annotated(RestOperations.Operation operation, Class<QueryParam> type) {
        return Arrays.stream(operation.method().getParameters())
                .map(p -> p.getAnnotation(type))
                .filter(java.util.Objects::nonNull)
                .map(QueryParam::value)
                .toList();
    }

    /** An operation reads a body when one of its parameters is bound to nothing else. */
    private static boolean hasBody(RestOperations.Operation operation) {
        return bodyParameter(operation).isPresent();
    }

    private static Optional<Parameter> bodyParameter(RestOperations.Operation operation) {
        Set<Class<? extends Annotation>> bindings = Set.of(PathParam.class, QueryParam.class, HeaderParam.class,
                CookieParam.class, FormParam.class, MatrixParam.class, BeanParam.class, Context.class);
        return Arrays.stream(operation.method().getParameters())
                .filter(parameter -> Arrays.stream(parameter.getAnnotations()).noneMatch(a -> bindings.contains(a.annotationType())))
                .findFirst();
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + ")";
    }
}
