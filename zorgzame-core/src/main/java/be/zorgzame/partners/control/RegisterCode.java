package be.zorgzame.partners.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes Flemish registers give organisations as a fixed prefix and a fixed number of digits. They
 * are stored in upper case without spaces, so that "v 123 4567" and "V1234567" are recognised as the
 * same organisation. Only ASCII letters count for the prefix: a look-alike such as the Roman numeral
 * "Ⅴ" is not a "V".
 */
public enum RegisterCode {

    /** The association register's code for a de facto association without an enterprise number: "V" and seven digits. */
    VCODE("V", 7),
    /** The Flemish organisation register (Wegwijs) code of public and semi-public organisations: "OVO" and six digits. */
    OVO("OVO", 6);

    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");

    private final String prefix;
    private final Pattern typed;

    RegisterCode(String prefix, int digits) {
        this.prefix = prefix;
        this.typed = Pattern.compile("(?i:" + prefix + ")([0-9]{" + digits + "})");
    }

    /** The code as the register writes it ("V1234567", "OVO000123"), or empty when {@code input} is not one. */
    public Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher matcher = typed.matcher(WHITESPACE.matcher(input).replaceAll(""));
        return matcher.matches() ? Optional.of(prefix + matcher.group(1)) : Optional.empty();
    }

    public boolean isValid(String input) {
        return normalise(input).isPresent();
    }
}
