package be.zorgzame.partners.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for the code the Flemish association register (verenigingsregister) gives a de facto association
 * without an enterprise number: "V" and seven digits. It is stored in upper case without spaces, so that
 * "v 123 4567" and "V1234567" are recognised as the same association.
 */
public final class VCodes {

    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    private static final Pattern TYPED = Pattern.compile("[Vv]([0-9]{7})");

    private VCodes() {
    }

    /** The code as "V1234567", or empty when {@code input} is not a V-code. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher typed = TYPED.matcher(WHITESPACE.matcher(input).replaceAll(""));
        return typed.matches() ? Optional.of("V" + typed.group(1)) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }
}
