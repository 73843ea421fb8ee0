package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Protection of logins and sessions in the shipped WAR: lockout after too many failed logins (login
 * page and HTTP Basic), its reset by a successful login, logout ending the session, and the request
 * token that state-changing API calls made with a browser session need; without an OpenID Connect
 * provider configured, no login through one. Locks only its own accounts
 * ({@link LoginProtectionAccounts}) and lifts their locks first, so it can run again on a shared database.
 */
@ExtendWith(ArquillianExtension.class)
class LoginProtectionIT {

    private static final int ATTEMPTS = 10;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shippedWar().addClass(LoginProtectionAccounts.class);
    }

    @Test
    void tooManyFailedLoginsLockTheAccountEvenForTheRightPasswordUntilAnAdministratorLiftsIt() throws Exception {
        String user = LoginProtectionAccounts.LOCKED;
        unlock(user);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            assertEquals(401, basic(user, "wrong-password-" + attempt).statusCode(), "wrong password " + attempt);
        }

        assertEquals(401, basic(user, Api.DEMO_PASSWORD).statusCode(), "API: the right password while locked");
        SessionBrowser locked = new SessionBrowser(base);
        HttpResponse<String> page = locked.logIn(user, Api.DEMO_PASSWORD);
        assertEquals(200, page.statusCode(), "login page: stays on the page");
        assertTrue(page.body().contains("geblokkeerd na 10 mislukte pogingen"), page.body());
        String unknownUserMessage = failureMessage(new SessionBrowser(base).logIn("niemand-" + System.nanoTime(), "wrong-password-x"));
        assertEquals(unknownUserMessage, failureMessage(page), "a locked account is told apart from no account");

        HttpResponse<String> audit = Api.as(base, "admin").get("api/audit?size=100");
        assertTrue(audit.body().contains("lockedUntil"), "the lock is in the audit trail");
        assertTrue(!audit.body().contains(Api.DEMO_PASSWORD) && !audit.body().contains("wrong-password"), "no passwords audited");

        unlock(user);
        assertEquals(200, basic(user, Api.DEMO_PASSWORD).statusCode(), "unlocked by the administrator");
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        String user = LoginProtectionAccounts.RESET;
        unlock(user);
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            assertEquals(401, basic(user, "wrong-password-" + attempt).statusCode());
        }
        assertEquals(200, basic(user, Api.DEMO_PASSWORD).statusCode(), "a full check, nothing remembered yet");
        for (int attempt = 1; attempt < ATTEMPTS; attempt++) {
            assertEquals(401, basic(user, "wrong-password-" + attempt).statusCode());
        }

        // the login page always checks the password in full: the remembered Basic credential plays no part
        HttpResponse<String> login = new SessionBrowser(base).logIn(user, Api.DEMO_PASSWORD);
        assertEquals(302, login.statusCode(), "not locked after 2 x 9 failures with a success between them");
        unlock(user);
    }

    @Test
    void logoutEndsTheSessionSoItsCookieNoLongerAuthenticates() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        assertEquals(302, browser.logIn("gemeente", Api.DEMO_PASSWORD).statusCode());
        String session = browser.cookies();
        assertEquals(200, withCookie(session, "api/municipalities").statusCode(), "the session authenticates");

        HttpResponse<String> logout = browser.logOut();
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));

        assertEquals(401, withCookie(session, "api/municipalities").statusCode(), "the old session id after logout");
        HttpResponse<String> page = withCookie(session, "index.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
    }

    /** ASVS 3.2.1: a session id known before login (say, planted by an attacker) is worthless after it. */
    @Test
    void loginGivesANewSessionIdSoOneFromBeforeTheLoginNeverAuthenticates() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        assertEquals(200, browser.get("login.xhtml").statusCode());
        String idBefore = browser.sessionCookie();
        String before = browser.cookies();

        assertEquals(302, browser.logIn("gemeente", Api.DEMO_PASSWORD).statusCode());

        assertNotEquals(idBefore, browser.sessionCookie());
        assertEquals(200, withCookie(browser.cookies(), "api/municipalities").statusCode(), "the new session authenticates");
        assertEquals(401, withCookie(before, "api/municipalities").statusCode(), "the session id from before the login");
        HttpResponse<String> page = withCookie(before, "index.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().contains("login.xhtml"));
        assertTrue(basic("gemeente", Api.DEMO_PASSWORD).headers().allValues("Set-Cookie").stream()
                .noneMatch(cookie -> cookie.startsWith(SessionBrowser.SESSION_COOKIE)), "an API login starts no session to fixate");
    }

    @Test
    void stateChangingCallsWithOnlyABrowserSessionNeedTheSessionsRequestToken() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        assertEquals(302, browser.logIn("gemeente", Api.DEMO_PASSWORD).statusCode());
        String token = SessionBrowser.find(SessionBrowser.REQUEST_TOKEN, browser.get("index.xhtml").body());

        assertEquals(200, browser.api("GET", "api/intervision/feeds", null).statusCode(), "reading needs no token");
        HttpResponse<String> forged = browser.api("POST", "api/intervision/feeds", null);
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals("application/problem+json", forged.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("urn:zorgzame:problem:request-token", Api.object(forged).getString("type"));
        assertEquals(403, browser.api("POST", "api/intervision/feeds", token.substring(1) + "x").statusCode(), "a wrong token");
        assertEquals(403, browser.api("DELETE", "api/intervision/feeds", null).statusCode());

        assertEquals(201, browser.api("POST", "api/intervision/feeds", token).statusCode(), "with the page's token");
        assertEquals(204, browser.api("DELETE", "api/intervision/feeds", token).statusCode());
        Api basic = Api.as(base, "gemeente");
        assertEquals(201, basic.post("api/intervision/feeds", "{}").statusCode(), "HTTP Basic needs no token");
        assertEquals(204, basic.delete("api/intervision/feeds").statusCode());
    }

    @Test
    void withoutAnOpenIdConnectProviderTheLoginPageOffersNoneAndItsPathsAreNotThere() throws Exception {
        SessionBrowser browser = new SessionBrowser(base);
        assertEquals(404, browser.get("oidc/login").statusCode());
        assertEquals(404, browser.get("oidc/callback?code=x&state=y").statusCode());
        HttpResponse<String> page = browser.get("login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(!page.body().contains("oidc/login"), page.body());
    }

    private void unlock(String user) {
        assertEquals(204, Api.as(base, "admin").delete("api/admin/lockouts/" + user).statusCode());
    }

    private HttpResponse<String> basic(String user, String password) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("api/municipalities"))
                .header("Accept", "application/json").header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request carrying the browser's cookies (the session's, and the version cookie Payara adds to a replicated session). */
    private HttpResponse<String> withCookie(String cookies, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json").header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        try {
            return base.toURI().resolve(path);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The error message of a failed login, as shown on the login page. */
    private static String failureMessage(HttpResponse<String> page) {
        return SessionBrowser.find(Pattern.compile("(Aanmelden is niet gelukt[^<]*)"), page.body());
    }
}
