package be.zorgzame.web.security;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * The logged-in caller kept in the HTTP session: who, since when (for the absolute session time-out)
 * and the session's request token, which a script must send back on every state-changing API call
 * (see {@link RequestForgeryFilter}). Serializable so sessions can be replicated between nodes.
 */
record SessionIdentity(String name, Set<String> groups, Instant loggedInAt, String requestToken) implements Serializable {

    static final String ATTRIBUTE = SessionIdentity.class.getName();

    private static final SecureRandom RANDOM = new SecureRandom();

    SessionIdentity {
        groups = Set.copyOf(groups);
    }

    /** A new login: a fresh, unguessable request token (256 bits). */
    static SessionIdentity loggedIn(String name, Set<String> groups, Instant now) {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return new SessionIdentity(name, groups, now, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    /** Whether the session has outlived the absolute time-out, however active it was. */
    boolean expiredAt(Instant now, Duration absoluteTimeout) {
        return !now.isBefore(loggedInAt.plus(absoluteTimeout));
    }

    /** Compares in constant time, so the answer's timing does not reveal how much of a guess was right. */
    boolean hasRequestToken(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                requestToken.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
