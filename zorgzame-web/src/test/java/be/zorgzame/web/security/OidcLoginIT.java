package be.zorgzame.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.zorgzame.web.api.Api;
import be.zorgzame.web.api.OwnServer;
import be.zorgzame.web.api.SessionBrowser;
import com.nimbusds.oauth2.sdk.TokenRequest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Login through the municipality's OpenID Connect provider: NAV's mock-oauth2-server in this JVM as the
 * provider, and a Payara Micro started by the test with the shipped WAR and the {@code zorgzame.oidc.*}
 * keys as JVM options. A browser without a screen follows each redirect itself: to the application's
 * {@code /oidc/login}, to the provider's authorization endpoint (which answers at once, without a login
 * form) and back to the callback, so a test can tamper with a step as an attacker would. The claims of
 * each ID token are chosen by the token callback the test queues at the provider.
 *
 * <p>The provider checks the PKCE code verifier at every code exchange, so every successful login here
 * also shows that the application sends the verifier of its own challenge.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcLoginIT {

    private static final String ISSUER_ID = "gemeente";
    private static final String CLIENT_ID = "zorgzame";
    private static final String CLIENT_SECRET = "client-geheim-2026";
    private static final String FAILED = "/zorgzame/login.xhtml?oidc=failed";
    private static final String HOME = "/zorgzame/index.xhtml";

    private final Path work = Path.of(System.getProperty("zorgzame.war")).resolveSibling("oidc-login");
    private MockOAuth2Server provider;
    private OwnServer server;
    private URL base;

    @BeforeAll
    void startProviderAndServer() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getLoopbackAddress(), 0);
        String issuer = "http://127.0.0.1:" + provider.baseUrl().port() + "/" + ISSUER_ID;
        server = OwnServer.start(work, "server",
                Map.of("ZORGZAME_DATASOURCE_URL", DirectoryFixtures.datasourceUrl("oidc")),
                List.of("-Dzorgzame.oidc.issuer=" + issuer,
                        "-Dzorgzame.oidc.client-id=" + CLIENT_ID,
                        "-Dzorgzame.oidc.client-secret=" + CLIENT_SECRET,
                        "-Dzorgzame.oidc.scopes=openid profile groups",
                        "-Dzorgzame.oidc.role.MUNICIPAL_STAFF=zorgzame-gemeente",
                        "-Dzorgzame.oidc.role.PARTNER_STAFF=zorgzame-partners",
                        "-Dzorgzame.oidc.role.REGIONAL_SUPPORT=zorgzame-regio",
                        "-Dzorgzame.oidc.role.ADMIN=zorgzame-beheer;zorgzame-ict",
                        "-Dzorgzame.oidc.organisation-claim=kbo",
                        "-Dzorgzame.oidc.municipality-claim=nis"));
        base = server.application();
        DirectoryFixtures.registerRabotterKbo(base);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    @Test
    void aMunicipalUserGetsTheMappedRoleAndTheMunicipalityOfTheClaimsAndTheAccountIsAudited() throws Exception {
        String name = "an.oidc." + UUID.randomUUID().toString().substring(0, 8);
        SessionBrowser an = new SessionBrowser(base);

        assertEquals(HOME, location(logIn(an, name, Map.of("groups", List.of("zorgzame-gemeente", "iets-anders"), "nis", "44021"))));
        assertEquals(200, an.api("api/neighbourhoods").statusCode());
        assertEquals(403, an.api("api/audit").statusCode(), "no ADMIN group");

        List<String> created = Api.array(Api.as(base, "admin").get("api/audit?size=200")).getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("entityType").equals("AppUser") && entry.getString("action").equals("CREATED"))
                .map(entry -> entry.getString("changes"))
                .filter(changes -> changes.contains(name))
                .toList();
        assertEquals(1, created.size(), created.toString());
        assertTrue(created.get(0).contains("44021") && created.get(0).contains("OIDC")
                && created.get(0).contains("MUNICIPAL_STAFF"), created.get(0));
    }

    @Test
    void aPartnerUserReadsTheOrganisationOfTheClaimsAndNoOther() throws Exception {
        HttpResponse<String> other = Api.as(base, "gemeente").post("api/organisations",
                "{\"name\":\"Andere " + UUID.randomUUID() + "\",\"kind\":\"ASSOCIATION\"}");
        assertEquals(201, other.statusCode(), other.body());
        SessionBrowser pieter = new SessionBrowser(base);

        assertEquals(HOME, location(logIn(pieter, "pieter.oidc",
                Map.of("groups", List.of("zorgzame-partners"), "kbo", DirectoryFixtures.RABOTTER_KBO))));

        JsonObject own = Api.object(pieter.api("api/organisations?size=100"));
        assertEquals(1, own.getInt("total"), own.toString());
        JsonObject rabotter = own.getJsonArray("items").getJsonObject(0);
        assertEquals("LDC De Rabotter", rabotter.getString("name"));
        assertEquals(200, pieter.api("api/organisations/" + rabotter.getJsonNumber("id")).statusCode());
        assertEquals(403, pieter.api("api/organisations/" + Api.object(other).getJsonNumber("id")).statusCode());
        assertEquals(403, pieter.api("api/intervision/overview").statusCode(), "no regional or municipal role");
    }

    @Test
    void regionalSupportAndAdministratorsGetTheirMappedRoles() throws Exception {
        SessionBrowser regio = new SessionBrowser(base);
        assertEquals(HOME, location(logIn(regio, "regio.oidc", Map.of("groups", List.of("zorgzame-regio")))));
        assertEquals(200, regio.api("api/intervision/overview").statusCode());
        assertEquals(403, regio.api("api/audit").statusCode());

        SessionBrowser beheer = new SessionBrowser(base);
        assertEquals(HOME, location(logIn(beheer, "beheer.oidc", Map.of("groups", List.of("zorgzame-ict")))));
        assertEquals(200, beheer.api("api/audit").statusCode(), "the second group value mapped to ADMIN");
    }

    @Test
    void aUserInNoMappedGroupHasNoAccess() throws Exception {
        SessionBrowser outsider = new SessionBrowser(base);
        assertEquals(HOME, location(logIn(outsider, "zonder.groep.oidc", Map.of("groups", List.of("andere-groep")))),
                "the provider knows the user, so the login succeeds, but grants no role");

        assertEquals(403, outsider.api("api/neighbourhoods").statusCode());
        assertEquals(403, outsider.api("api/organisations").statusCode());
        assertEquals(403, outsider.get("index.xhtml").statusCode());
    }

    @Test
    void anAnswerWithAnotherStateIsRefusedAndTheRightStateCannotBeUsedAfterwards() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        URI callback = callbackFromProvider(browser, UnaryOperator.identity());

        HttpResponse<String> forged = browser.get(replace(callback, "state", "aangepast"));
        assertEquals(FAILED, location(forged));
        assertEquals(FAILED, location(browser.get(callback)), "the login was used up by the refused answer");
        assertEquals(401, browser.api("api/municipalities").statusCode());
        assertEquals(FAILED, location(new SessionBrowser(base).get(callback)), "another browser, which started no login");
    }

    @Test
    void anIdTokenForAnotherAudienceIsRefused() throws Exception {
        for (Map<String, Object> audience : List.of(Map.<String, Object>of("aud", "andere-toepassing"),
                Map.<String, Object>of("aud", List.of(CLIENT_ID, "andere-toepassing"), "azp", "andere-toepassing"))) {
            SessionBrowser browser = new SessionBrowser(base);
            URI callback = callbackFromProvider(browser, UnaryOperator.identity());
            Map<String, Object> claims = new HashMap<>(audience);
            claims.put("groups", List.of("zorgzame-beheer"));
            queueUser("andere.oidc", claims);

            assertEquals(FAILED, location(browser.get(callback)), audience.toString());
            assertEquals(401, browser.api("api/municipalities").statusCode());
        }
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        URI callback = callbackFromProvider(browser, authorization -> replace(authorization, "nonce", "een-andere-nonce"));
        queueUser("nonce.oidc", Map.of("groups", List.of("zorgzame-beheer")));

        assertEquals(FAILED, location(browser.get(callback)));
        assertEquals(401, browser.api("api/municipalities").statusCode());
    }

    @Test
    void theProviderCannotTakeOverABuiltInAccount() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);

        assertEquals(FAILED, location(logIn(browser, "Admin", Map.of("groups", List.of("zorgzame-gemeente")))));
        assertEquals(401, browser.api("api/municipalities").statusCode());
        assertEquals(200, Api.as(base, "admin").get("api/audit").statusCode(), "the built-in admin is unchanged");
    }

    @Test
    void logoutEndsTheLocalSession() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        assertEquals(HOME, location(logIn(browser, "uit.oidc", Map.of("groups", List.of("zorgzame-gemeente")))));
        assertEquals(200, browser.api("api/municipalities").statusCode());

        assertEquals(302, browser.logOut().statusCode());
        assertEquals(401, browser.api("api/municipalities").statusCode());
    }

    @Test
    void builtInUsersStillLogInOnTheLoginPageWhichOffersTheProvider() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        HttpResponse<String> page = browser.get("login.xhtml?next=/plan/tree.xhtml");
        assertTrue(page.body().contains("/zorgzame/oidc/login?next=%2Fplan%2Ftree.xhtml"), page.body());
        assertTrue(page.body().contains("Aanmelden met de gebruikersaccount van de gemeente"), page.body());

        assertEquals(302, browser.logIn("gemeente", Api.DEMO_PASSWORD).statusCode());
        assertEquals(200, browser.api("api/municipalities").statusCode());
        assertEquals(200, Api.as(base, "admin").get("api/audit").statusCode(), "HTTP Basic");
    }

    @Test
    void theLoginReturnsToThePageAskedForButNeverToAnotherSite() throws Exception {
        assertEquals("/zorgzame/plan/tree.xhtml", location(logInFrom("oidc/login?next=/plan/tree.xhtml")));
        assertEquals(HOME, location(logInFrom("oidc/login?next=//evil.example/")));
        assertEquals(HOME, location(logInFrom("oidc/login?next=https://evil.example/")));
    }

    private HttpResponse<String> logInFrom(String start) throws IOException, InterruptedException {
        SessionBrowser browser = new SessionBrowser(base);
        URI callback = URI.create(location(browser.get(URI.create(location(browser.get(start))))));
        queueUser("terug.oidc", Map.of("groups", List.of("zorgzame-gemeente")));
        return browser.get(callback);
    }

    /** The whole login of a user whose ID token carries these claims; the answer of the callback. */
    private HttpResponse<String> logIn(SessionBrowser browser, String name, Map<String, Object> claims)
            throws IOException, InterruptedException {
        URI callback = callbackFromProvider(browser, UnaryOperator.identity());
        queueUser(name, claims);
        return browser.get(callback);
    }

    /**
     * Queues at the provider the ID token of the next code exchange: this user with these claims, which win
     * over those the provider adds itself (the audience and authorized party of the client that asks).
     */
    private void queueUser(String name, Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("preferred_username", name);
        all.put("name", name + " (provider)");
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-" + name, "JWT", List.of(CLIENT_ID), all, 3600) {
            @Override
            public Map<String, Object> addClaims(TokenRequest request) {
                Map<String, Object> added = new HashMap<>(super.addClaims(request));
                added.putAll(all);
                return added;
            }
        });
    }

    /**
     * Starts a login and follows the browser to the provider, after {@code tamper} has changed the
     * authorization request as an attacker might; the address the provider sends the browser back to.
     */
    private URI callbackFromProvider(SessionBrowser browser, UnaryOperator<URI> tamper) throws IOException, InterruptedException {
        URI authorization = URI.create(location(browser.get("oidc/login")));
        assertEquals(provider.baseUrl().port(), authorization.getPort(), authorization.toString());
        for (String parameter : List.of("state=", "nonce=", "code_challenge=", "code_challenge_method=S256", "client_id=zorgzame")) {
            assertTrue(authorization.getRawQuery().contains(parameter), authorization.toString());
        }
        URI callback = URI.create(location(browser.get(tamper.apply(authorization))));
        assertTrue(callback.getPath().equals("/zorgzame/oidc/callback") && callback.getRawQuery().contains("code="),
                callback.toString());
        return callback;
    }

    private static String location(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.uri() + ": " + response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        URI uri = URI.create(location);
        return uri.getHost() == null || uri.getPort() != response.uri().getPort() || !uri.getHost().equals(response.uri().getHost())
                ? location : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The address with one query parameter given another value. */
    private static URI replace(URI uri, String parameter, String value) {
        return URI.create(uri.toString().replaceFirst("([?&]" + parameter + "=)[^&]*", "$1" + value));
    }
}
