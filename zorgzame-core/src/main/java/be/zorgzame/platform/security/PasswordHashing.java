package be.zorgzame.platform.security;

import be.zorgzame.platform.problem.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
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

    /** Passwords shorter than this are refused for the built-in store (OWASP ASVS 2.1.1). */
    public static final int MINIMUM_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of a random password nobody knows, to verify against when there is no account to verify. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Stream.of(ALGORITHM, ITERATIONS, SALT_SIZE, KEY_SIZE)
                .map(parameter -> parameter.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1])));
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        decoy = hash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** The hash to store for a new password; a password too short is refused as invalid input of the field "password". */
    public String hash(char[] password) {
        requireLongEnough(password);
        return hash.generate(password);
    }

    /** Refuses a password shorter than {@link #MINIMUM_LENGTH} as invalid input of the field "password". */
    public static void requireLongEnough(char[] password) {
        if (password == null || password.length < MINIMUM_LENGTH) {
            throw new InvalidInputException("password", "{zorgzame.password.tooShort}");
        }
    }

    /**
     * Spends the time of one password check without an account behind it, so that a login for an
     * unknown or inactive user name answers as slowly as one with a wrong password and the answer's
     * timing does not tell which user names exist.
     */
    public void verifyAgainstNothing(char[] password) {
        hash.verify(password, decoy);
    }
}
