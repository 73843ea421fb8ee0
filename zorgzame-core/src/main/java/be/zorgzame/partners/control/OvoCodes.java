package be.zorgzame.partners.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules for the code of the Flemish organisation register (Wegwijs, OVO-code): "OVO" and six digits. It
 * identifies public and semi-public organisations such as local governments and agencies, and is stored in
 * upper case without spaces, so that "ovo 000123" and "OVO000123" are recognised as the same organisation.
 */
public final class OvoCodes {

    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    private static final Pattern TYPED = Pattern.compile("[Oo][Vv][Oo]([0-9]{6})");

    private OvoCodes() {
    }

    /** The code as "OVO000123", or empty when {@code input} is not an OVO-code. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher typed = TYPED.matcher(WHITESPACE.matcher(input).replaceAll(""));
        return typed.matches() ? Optional.of("OVO" + typed.group(1)) : Optional.empty();
    }

    public static boolean isValid(String input) {
        return normalise(input).isPresent();
    }
}
