package be.zorgzame.platform.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The municipality's OpenID Connect provider, when {@code zorgzame.oidc.issuer} is set: its endpoints come
 * from its discovery document (read at the first login and kept), a login is the authorization code flow
 * with PKCE, state and nonce, and the ID token is checked with Nimbus JOSE+JWT: its signature against the
 * provider's published keys (RSA or EC only, never {@code none} nor a shared secret; an unknown key id
 * re-reads the key set, so the provider may rotate its keys), its issuer, audience (the client id, and
 * {@code azp} when there are several), expiry and nonce. The provider is called with the JDK's HTTP
 * client; https uses the JVM's default truststore, as for the directory.
 */
@ApplicationScoped
public class OpenIdProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int TIMEOUT_MILLIS = (int) TIMEOUT.toMillis();
    private static final int KEY_SET_SIZE_LIMIT = 256 * 1024;
    private static final Set<String> REQUIRED_CLAIMS = Set.of("iss", "sub", "aud", "exp", "iat", "nonce");

    @Inject
    Config config;

    private OidcSettings settings;
    private HttpClient http;
    private volatile Endpoints endpoints;

    /** What the discovery document says, and the provider's keys (cached and refreshed by Nimbus). */
    private record Endpoints(URI authorization, URI token, JWKSource<SecurityContext> keys) {
    }

    @PostConstruct
    void configure() {
        settings = OidcSettings.from(config).orElse(null);
        http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The settings, or empty when no provider is configured. */
    public Optional<OidcSettings> settings() {
        return Optional.ofNullable(settings);
    }

    /** Where to send the browser to log in at the provider. */
    public URI authorizationUri(PendingLogin login) throws OidcException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", settings.clientId());
        parameters.put("redirect_uri", login.redirectUri().toString());
        parameters.put("scope", settings.scopes());
        parameters.put("state", login.state());
        parameters.put("nonce", login.nonce());
        parameters.put("code_challenge", login.codeChallenge());
        parameters.put("code_challenge_method", "S256");
        URI authorization = endpoints().authorization();
        return URI.create(authorization + (authorization.getRawQuery() == null ? "?" : "&") + form(parameters));
    }

    /** Exchanges the authorization code for the ID token and returns its claims, once they have been checked. */
    JWTClaimsSet claimsFor(AuthorizationCodeCredential credential) throws OidcException {
        Endpoints provider = endpoints();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", credential.code());
        parameters.put("redirect_uri", credential.login().redirectUri().toString());
        parameters.put("code_verifier", credential.login().codeVerifier());
        HttpRequest.Builder request = HttpRequest.newBuilder(provider.token()).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (settings.clientSecret() == null) {
            parameters.put("client_id", settings.clientId());
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (encode(settings.clientId()) + ":" + encode(settings.clientSecret())).getBytes(StandardCharsets.UTF_8)));
        }
        JsonObject answer = json(request.POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(), "token endpoint");
        String idToken = answer.getString("id_token", null);
        if (idToken == null) {
            throw new OidcException("the token endpoint answered without an ID token");
        }
        return verified(idToken, provider.keys(), credential.login().nonce());
    }

    private JWTClaimsSet verified(String idToken, JWKSource<SecurityContext> keys, String nonce) throws OidcException {
        Set<JWSAlgorithm> algorithms = new HashSet<>(JWSAlgorithm.Family.RSA);
        algorithms.addAll(JWSAlgorithm.Family.EC);
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(settings.clientId()),
                new JWTClaimsSet.Builder().issuer(settings.issuer().toString()).claim("nonce", nonce).build(),
                REQUIRED_CLAIMS, null));
        try {
            JWTClaimsSet claims = processor.process(idToken, null);
            String authorizedParty = claims.getStringClaim("azp");
            if ((claims.getAudience().size() > 1 || authorizedParty != null) && !settings.clientId().equals(authorizedParty)) {
                throw new BadJWTException("ID token for several audiences without this client as authorized party");
            }
            return claims;
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new OidcException("the ID token was refused: " + e.getMessage(), e);
        }
    }

    private Endpoints endpoints() throws OidcException {
        Endpoints known = endpoints;
        if (known != null) {
            return known;
        }
        String issuer = settings.issuer().toString();
        URI discovery = URI.create((issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration");
        JsonObject document = json(HttpRequest.newBuilder(discovery).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build(), "discovery document");
        if (!issuer.equals(document.getString("issuer", null))) {
            throw new OidcException("the discovery document names another issuer: " + document.getString("issuer", null));
        }
        try {
            known = new Endpoints(endpoint(document, "authorization_endpoint"), endpoint(document, "token_endpoint"),
                    JWKSourceBuilder.create(endpoint(document, "jwks_uri").toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, KEY_SET_SIZE_LIMIT)).build());
        } catch (MalformedURLException e) {
            throw new OidcException("the discovery document's jwks_uri is no URL", e);
        }
        endpoints = known;
        return known;
    }

    private static URI endpoint(JsonObject document, String name) throws OidcException {
        String value = document.getString(name, null);
        try {
            URI uri = URI.create(value);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OidcException("the discovery document has no valid " + name, e);
        }
        throw new OidcException("the discovery document has no valid " + name);
    }

    private JsonObject json(HttpRequest request, String what) throws OidcException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new OidcException("the " + what + " answered " + response.statusCode() + ": " + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException | JsonException e) {
            throw new OidcException("the " + what + " could not be read: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("interrupted while asking the " + what, e);
        }
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
