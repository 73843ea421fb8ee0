package be.zorgzame.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hashes passwords with the very parameters the database identity store verifies them with
 * (OWASP 2023: PBKDF2-HMAC-SHA512 with at least 210,000 iterations).
 */
@ApplicationScoped
public class PasswordHashing {

    public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
    public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

    /** Passwords shorter than this are refused for the built-in store. */
    public static final int MINIMUM_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Stream.of(ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE)
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
    }

    public String hash(char[] password) {
        if (password.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("password shorter than " + MINIMUM_LENGTH + " characters");
        }
        return hash.generate(password);
    }
}
