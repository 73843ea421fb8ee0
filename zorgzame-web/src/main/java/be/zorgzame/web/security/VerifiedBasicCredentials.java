package be.zorgzame.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API clients send HTTP Basic on every request, and checking a PBKDF2 hash costs a few hundred
 * milliseconds of CPU by design. This remembers, for a few minutes, that a user name and password
 * were valid, so a client's next requests cost a keyed hash instead.
 *
 * <p>Only a keyed hash (HMAC-SHA256 with a key that lives in this process's memory alone) of the
 * user name and password is kept, never the password. Failed attempts are never remembered, so
 * guessing still pays the full price. A change to the user store (password, roles, deactivation)
 * takes effect on this node within {@link #LIFETIME}.
 */
@ApplicationScoped
public class VerifiedBasicCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;

    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    public VerifiedBasicCredentials() {
        this(Clock.systemUTC());
    }

    VerifiedBasicCredentials(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    /** The groups of this caller when the same user name and password were valid a moment ago. */
    public Optional<Set<String>> groupsOf(String username, String password) {
        String fingerprint = fingerprint(username, password);
        Verified entry = verified.get(fingerprint);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            verified.remove(fingerprint, entry);
            return Optional.empty();
        }
        return Optional.of(entry.groups());
    }

    public void remember(String username, String password, Set<String> groups) {
        Instant now = clock.instant();
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(fingerprint(username, password), new Verified(Set.copyOf(groups), now.plus(LIFETIME)));
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Verified(Set<String> groups, Instant until) {
    }
}
