package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cross-cutting behaviour of the shipped WAR: readiness, login, session cookie, security headers. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept-Language", "nl").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI page(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    @Test
    void readinessIsUpOnceTheSchemaIsMigrated() throws Exception {
        HttpResponse<String> ready = get(base.toURI().resolve("/health/ready"));

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database-schema\"") && ready.body().contains("SUCCEEDED"), ready.body());
    }

    @Test
    void anonymousVisitorOfAPageIsSentToTheLoginPageAndBack() throws Exception {
        HttpResponse<String> response = get(page("neighbourhoods/list.xhtml"));

        assertEquals(302, response.statusCode());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?next=%2Fneighbourhoods%2Flist.xhtml"), location);
    }

    @Test
    void loginPageIsDutchWithASecureSessionCookie() throws Exception {
        HttpResponse<String> login = get(page("login.xhtml"));

        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("<html") && login.body().contains("lang=\"nl\""), "Dutch page");
        assertTrue(login.body().contains("Aanmelden") && login.body().contains("Gebruikersnaam"));
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("ZORGZAME_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), cookie);
    }

    @Test
    void pagesCarrySecurityHeadersAndNoServerIdentity() throws Exception {
        HttpResponse<String> login = get(page("login.xhtml"));

        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src") && p.contains("nonce-")), policies.toString());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElseThrow());
        assertFalse(login.headers().firstValue("Server").isPresent(), "Server header present");
        assertFalse(login.headers().firstValue("X-Powered-By").isPresent(), "X-Powered-By header present");
    }

    @Test
    void apiAnswersCarryARestrictivePolicy() throws Exception {
        HttpResponse<String> api = get(page("api/municipalities"));

        assertEquals(401, api.statusCode());
        assertEquals("default-src 'none'; frame-ancestors 'none'",
                api.headers().firstValue("Content-Security-Policy").orElseThrow());
    }

    @Test
    void unknownApiPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> missing = Api.as(base, "gemeente").get("api/does-not-exist");

        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void openApiDocumentDescribesTheNeighbourhoodOperations() throws Exception {
        HttpResponse<String> openapi = get(base.toURI().resolve("/openapi"));

        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/neighbourhoods/{id}"), "neighbourhood operations documented");
    }
}
