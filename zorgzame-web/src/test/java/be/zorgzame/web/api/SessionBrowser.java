package be.zorgzame.web.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps its cookies, follows no redirect by itself (a test follows each one
 * and looks at it), and submits the login page's form as a person does.
 */
public final class SessionBrowser {

    public static final String SESSION_COOKIE = "ZORGZAME_SESSION";
    public static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    public static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    private static final String TOKEN_HEADER = "X-Zorgzame-Request-Token";

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public SessionBrowser(URL base) {
        try {
            this.base = base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
        String page = get("login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:username", user);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        // what PrimeFaces' script adds to every form it submits, in its CSP mode
        form.put("primefaces.nonce", find(SCRIPT_NONCE, page));
        return post("login.xhtml", form);
    }

    /** Presses "Afmelden" on the start page. */
    public HttpResponse<String> logOut() throws IOException, InterruptedException {
        HttpResponse<String> home = get("index.xhtml");
        return post("index.xhtml", Map.of("user", "user", "user:logout", "Afmelden",
                "jakarta.faces.ViewState", find(VIEW_STATE, home.body()), "primefaces.nonce", find(SCRIPT_NONCE, home.body())));
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    /** A path of the application. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(base.resolve(path));
    }

    /** Any address, such as where a redirect points. */
    public HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Accept-Language", "nl").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "nl")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A script's call to the API with the session cookie, with or without the request token. */
    public HttpResponse<String> api(String method, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Accept-Language", "nl").method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header(TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A reading call to the API with the session cookie alone. */
    public HttpResponse<String> api(String path) throws IOException, InterruptedException {
        return api("GET", path, null);
    }

    public static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), pattern + " not in " + html);
        return matcher.group(1);
    }
}
