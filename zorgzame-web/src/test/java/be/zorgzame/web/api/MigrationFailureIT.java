package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A migration that fails leaves the application unavailable and says so: readiness DOWN, pages and
 * API 503. Never a silent 404 while the log says "ready".
 */
@ExtendWith(ArquillianExtension.class)
class MigrationFailureIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar()
                .addAsWebInfResource(new StringAsset("CREATE TABLE broken (id NOT A TYPE);"),
                        "classes/db/migration/V9999__broken.sql");
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readinessIsDownAndEverythingAnswersServiceUnavailable() throws Exception {
        HttpResponse<String> ready = get("/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("FAILED"), ready.body());

        assertEquals(503, get("login.xhtml").statusCode());
        HttpResponse<String> api = get("api/municipalities");
        assertEquals(503, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }
}
