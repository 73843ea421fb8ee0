package be.zorgzame.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A black-box HTTP client for the deployed application, logged in as one user (or anonymous). */
public final class Api {

    public static final String DEMO_PASSWORD = "zorgzaam-demo-2026";

    /** When each deployment was last seen routing requests to the application. */
    private static final Map<URI, Instant> MAPPED = new ConcurrentHashMap<>();

    /**
     * Shorter than any server's start, so a later test class's server on a port used before is probed
     * again; long enough that one test class probes only now and then.
     */
    private static final Duration STILL_MAPPED = Duration.ofSeconds(15);

    private final HttpClient http;
    private final URI base;
    private final String user;
    private final String password;
    private final String language;

    /**
     * Plain HTTP/1.1, as browsers and most clients talk to a server without TLS; by default Java's client
     * would first try to upgrade each connection to HTTP/2 (h2c).
     */
    private Api(URI base, String user, String password, String language) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.base = base;
        this.user = user;
        this.password = password;
        this.language = language;
    }

    public static Api as(URL base, String user) {
        return as(base, user, DEMO_PASSWORD);
    }

    /** A user logging in with another password than the demo users' (a directory user, a wrong password). */
    public static Api as(URL base, String user, String password) {
        try {
            URI application = base.toURI();
            awaitApplication(application);
            return new Api(application, user, password, "nl");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Api anonymous(URL base) {
        return as(base, null);
    }

    /** The same user asking for another language ({@code Accept-Language}) than Dutch. */
    public Api speaking(String language) {
        return new Api(base, user, password, language);
    }

    /**
     * Waits until the server routes requests to the application. Now and then every request of a test
     * class got Payara Micro's own 404 page although the server had reported the deployment ready; the
     * tests of such a class all ran within a second of that report, so a request must first reach the
     * application (the login page: anything but 404).
     */
    private static void awaitApplication(URI application) {
        Instant now = Instant.now();
        Instant seen = MAPPED.put(application, now);
        if (seen != null && seen.plus(STILL_MAPPED).isAfter(now)) {
            return;
        }
        MAPPED.remove(application);
        HttpClient probe = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> page = probe.send(HttpRequest.newBuilder(application.resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (page.statusCode() != 404) {
                    MAPPED.put(application, Instant.now());
                    return;
                }
            } catch (IOException notListeningYet) {
                // tried again below
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another media type than JSON (an export, a document). */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** A GET of a binary document (a spreadsheet export). */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of a file's bytes (an import). */
    public HttpResponse<String> post(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public static JsonObject object(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", language);
        if (user != null) {
            String credentials = user + ":" + password;
            builder.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return send(builder, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(builder.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
