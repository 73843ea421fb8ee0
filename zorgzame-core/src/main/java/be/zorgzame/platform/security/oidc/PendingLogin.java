package be.zorgzame.platform.security.oidc;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A login through the OpenID Connect provider that the browser has been sent off to, kept in its session
 * until the provider sends it back: the {@code state} that binds the answer to this browser (against
 * login CSRF), the {@code nonce} the ID token must carry (against replayed tokens) and the PKCE code
 * verifier (RFC 7636, so a stolen code is useless), each 256 random bits.
 *
 * @param next the path inside the application to go to after logging in
 */
public record PendingLogin(String state, String nonce, String codeVerifier, URI redirectUri, String next)
        implements Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static PendingLogin start(URI redirectUri, String next) {
        return new PendingLogin(random(), random(), random(), redirectUri, next);
    }

    /** The S256 code challenge sent with the authorization request. */
    String codeChallenge() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Compares in constant time, so the answer's timing does not reveal how much of a guess was right. */
    public boolean hasState(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                state.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
