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
 * and looks at it), and submits the pages' forms as a person does. It can be pointed at another node and
 * go on with the same cookies, as a load balancer would send it there.
 */
public final class SessionBrowser {

    public static final String SESSION_COOKIE = "ZORGZAME_SESSION";
    public static final String TOKEN_HEADER = "X-Zorgzame-Request-Token";
    public static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    public static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");
    public static final Pattern REQUEST_TOKEN = Pattern.compile("<meta name=\"zorgzame-request-token\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private URI base;

    public SessionBrowser(URL base) {
        pointAt(base);
    }

    /** From now on the requests go to this node, with the cookies so far. */
    public void pointAt(URL node) {
        try {
            this.base = node.toURI();
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

    /** All its cookies, as a {@code Cookie} header sends them (a replicated session has a version cookie too). */
    public String cookies() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
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
        return post(path, form, Map.of());
    }

    /** A form post with extra headers ({@code Faces-Request: partial/ajax} for what PrimeFaces sends by ajax). */
    public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "nl")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A reading call to the API with the session cookie alone. */
    public HttpResponse<String> api(String path) throws IOException, InterruptedException {
        return api("GET", path, null);
    }

    /** A script's call to the API with the session cookie, with or without the request token. */
    public HttpResponse<String> api(String method, String path, String token) throws IOException, InterruptedException {
        return api(method, path, token, null);
    }

    /** The same with a JSON body. */
    public HttpResponse<String> api(String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Accept-Language", "nl")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header(TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first group of the pattern in the page; fails the test when it is not there. */
    public static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertTrue(matcher.find(), pattern + " not in " + html);
        return matcher.group(1);
    }
}
